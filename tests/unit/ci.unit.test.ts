/**
 * Die CI-Dateien können hier nicht laufen; dieser Test liest sie wenigstens als
 * YAML und prüft, was sie versprechen: Befunde im Format der Plattform, nur
 * Leserechte und keine Geheimnisse in Pull-/Merge-Requests, Pfad der Website
 * aus der Plattform, eine Vorschau im Merge-Request.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJEKT } from '../../werkzeuge/pruefen-lauf.ts';

type Knoten = Record<string, unknown>;
const lies = (datei: string) => readFileSync(join(PROJEKT, datei), 'utf8');
const yaml = (datei: string) => parse(lies(datei), { strict: true, uniqueKeys: true }) as Knoten;
const schritte = (workflow: Knoten, job: string) =>
  ((workflow.jobs as Record<string, Knoten>)[job]!.steps as Knoten[]).map((s) => s as Knoten);
const skript = (job: Knoten) => ((job.script as string[]) ?? []).join('\n');

describe('GitHub Actions', () => {
  const pr = yaml('.github/workflows/pr.yml');
  const pages = yaml('.github/workflows/pages.yml');

  it('Pull-Requests: Befunde als Anmerkungen, nur Leserechte, keine Geheimnisse, kein pull_request_target', () => {
    expect(Object.keys(pr.on as Knoten)).toEqual(['pull_request']);
    expect(pr.permissions).toEqual({ contents: 'read' });
    const laeufe = schritte(pr, 'pruefen').map((s) => String(s.run ?? ''));
    expect(laeufe).toContain('npm run --silent pruefen -- --format github');
    // In den Daten, nicht in den Kommentaren (die erklären, warum nicht pull_request_target).
    expect(JSON.stringify(pr)).not.toMatch(/secrets\.|pull_request_target/);
  });

  it('Pages: Adresse und Pfad aus configure-pages, nur der Veröffentlichungsjob darf schreiben', () => {
    const bauen = schritte(pages, 'bauen');
    const konfiguration = bauen.find((s) => String(s.uses ?? '').startsWith('actions/configure-pages@'));
    expect(konfiguration?.id).toBe('pages');
    const build = bauen.find((s) => s.run === 'npm run build')!;
    const env = build.env as Record<string, string>;
    expect(env.ATLAS_BASE_PATH).toContain('steps.pages.outputs.base_path');
    expect(env.ATLAS_SITE_URL).toContain('steps.pages.outputs.origin');
    expect((pages.jobs as Record<string, Knoten>).bauen!.permissions).toEqual({ contents: 'read', pages: 'read' });
    expect(bauen.map((s) => String(s.run ?? ''))).toContain('npm run --silent pruefen -- --format github');
  });
});

describe('GitLab CI', () => {
  const ci = yaml('.gitlab-ci.yml');
  const job = (name: string) => ci[name] as Knoten;

  it('Merge-Requests: Code-Quality-Bericht aus npm run pruefen, auch wenn die Prüfung scheitert', () => {
    const inhalte = job('inhalte');
    expect(skript(inhalte)).toContain('npm run --silent pruefen -- --format gitlab > gl-code-quality-report.json');
    const artefakte = inhalte.artifacts as Knoten;
    expect(artefakte.reports).toEqual({ codequality: 'gl-code-quality-report.json' });
    expect(artefakte.when).toBe('always');
  });

  it('Vorschau: gebaut für den Pfad der Artefakt-Ansicht, verlinkt mit expose_as und einer Umgebung', () => {
    const vorschau = job('vorschau');
    const text = skript(vorschau);
    expect(text).toMatch(/ATLAS_BASE_PATH="\/-\/\$\{rest\}\/-\/jobs\/\$\{CI_JOB_ID\}\/artifacts\/dist\/"/);
    expect(text).toContain('ATLAS_INDEX_HTML=1');
    const artefakte = vorschau.artifacts as Knoten;
    expect(artefakte.expose_as).toBe('Vorschau');
    expect(artefakte.paths).toEqual(['dist/']);
    expect((vorschau.environment as Knoten).url).toBe('$VORSCHAU_URL');
  });

  it('Pages: Adresse und Pfad aus CI_PAGES_URL; keine Geheimnisse', () => {
    const text = skript(job('pages'));
    expect(text).toContain('CI_PAGES_URL');
    expect(text).toContain('ATLAS_BASE_PATH');
    expect(lies('.gitlab-ci.yml')).not.toMatch(/\$CI_JOB_TOKEN|secrets/);
  });

  it('die Ableitung des Pfads aus CI_PAGES_URL ergibt, was ATLAS_BASE_PATH erwartet', () => {
    // Dieselben sed-Ausdrücke wie im Job, in JavaScript: Adresse ohne Pfad, Pfad mit „/“ am Ende.
    const text = skript(job('pages'));
    expect(text).toContain(String.raw`sed -E 's#^([a-z]+://[^/]+).*#\1#'`);
    expect(text).toContain(String.raw`sed -E 's#^[a-z]+://[^/]+##'`);
    const site = (u: string) => u.replace(/^([a-z]+:\/\/[^/]+).*/, '$1');
    const pfad = (u: string) => `${u.replace(/^[a-z]+:\/\/[^/]+/, '')}/`;
    expect([site('https://gruppe.gitlab.io/atlas'), pfad('https://gruppe.gitlab.io/atlas')]).toEqual([
      'https://gruppe.gitlab.io',
      '/atlas/',
    ]);
    expect(pfad('https://atlas-1a2b.gitlab.io')).toBe('/');
  });
});
