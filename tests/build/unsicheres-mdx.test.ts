/**
 * Das Build-Gate mit echtem „astro build“: Unsichere Beiträge (import, {…},
 * <script>, onclick) brechen den Build ab, bevor Astro irgendein MDX
 * kompiliert; gültige Inhalte samt einem mit „npm run neu“ angelegten Beitrag
 * bauen und erscheinen auf den Seiten. Zwei Builds, weil jeder einige
 * Sekunden dauert.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { erstelleKontext, neu } from '../../cli/neu/index.ts';
import { cacheOrdnerFuer } from '../../src/pruefung/node/cache-ordner.ts';
import { FIXTURES, inhaltsordnerMit, PROJEKT } from '../../werkzeuge/pruefen-lauf.ts';

const ausfuehren = promisify(execFile);
const aufraeumen: string[] = [];
afterAll(() => aufraeumen.forEach((ordner) => rmSync(ordner, { recursive: true, force: true })));

async function baue(inhalt: string, env: Record<string, string> = {}) {
  const ausgabe = join(mkdtempSync(join(tmpdir(), 'atlas-dist-')), 'dist');
  aufraeumen.push(join(ausgabe, '..'), join(inhalt, '..'), cacheOrdnerFuer(inhalt));
  try {
    const { stdout, stderr } = await ausfuehren('npx', ['astro', 'build', '--outDir', ausgabe], {
      cwd: PROJEKT,
      env: { ...process.env, ...env, ATLAS_CONTENT_DIR: inhalt, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      maxBuffer: 20 * 1024 * 1024,
    });
    return { code: 0, text: stdout + stderr, ausgabe };
  } catch (fehler) {
    const f = fehler as { code: number; stdout: string; stderr: string };
    return { code: f.code, text: f.stdout + f.stderr, ausgabe };
  }
}

describe('astro build mit dem Build-Gate', () => {
  it('bricht bei import, {…}, <script> und onclick ab, bevor MDX kompiliert oder ausgeführt wird', async () => {
    const inhalt = inhaltsordnerMit(join(FIXTURES, 'build/unsicher'));
    const kanarie = join(mkdtempSync(join(tmpdir(), 'atlas-kanarie-')), 'ausgefuehrt.txt');
    aufraeumen.push(join(kanarie, '..'));
    const { code, text, ausgabe } = await baue(inhalt, { ATLAS_KANARIE: kanarie });
    expect(code).not.toBe(0);
    const datei = (name: string) => `beitraege/teststadt/${name}.mdx`;
    expect(text).toMatch(new RegExp(`${datei('import')}:13:1 +\\[esm\\] „import“ ist in Beiträgen nicht erlaubt`));
    expect(text).toMatch(new RegExp(`${datei('import')}:15:1 +\\[esm\\] „export“ ist in Beiträgen nicht erlaubt`));
    expect(text).toMatch(new RegExp(`${datei('ausdruck')}:13:1 +\\[ausdruck\\] Geschweifte Klammern`));
    expect(text).toMatch(
      new RegExp(`${datei('script')}:13:1 +\\[html-verboten\\] Das HTML-Element <script> ist verboten`),
    );
    expect(text).toMatch(new RegExp(`${datei('onclick')}:13:21 +\\[ereignis\\] Das Attribut „onclick“`));
    expect(text).toContain('Build abgebrochen');
    // Nichts wurde ausgeführt und nichts gebaut: Der Abbruch kam vor dem Kompilieren.
    expect(existsSync(kanarie)).toBe(false);
    expect(existsSync(ausgabe)).toBe(false);
    expect(text).not.toMatch(/Building static entrypoints|generating static routes/i);
  });

  it('baut gültige Inhalte mit einem von „npm run neu“ angelegten Beitrag, der auf Kommunen- und Leistungsseite erscheint', async () => {
    const inhalt = inhaltsordnerMit(join(FIXTURES, 'pruefen/gut'));
    const kontext = erstelleKontext(['beitrag', '--kommune', 'teststadt', '--titel', 'Frisch angelegt', '--yes'], {
      inhaltsOrdner: inhalt,
      ausgabe: () => {},
      heute: '2026-10-01',
    });
    await neu(kontext);
    const { code, text, ausgabe } = await baue(inhalt);
    expect(code, text).toBe(0);
    const seite = (pfad: string) => readFileSync(join(ausgabe, pfad, 'index.html'), 'utf8');
    expect(seite('beitraege/teststadt/frisch-angelegt')).toContain('Frisch angelegt');
    expect(seite('kommunen/teststadt')).toContain('/beitraege/teststadt/frisch-angelegt/');
    expect(seite('leistungen/testleistung')).toContain('/beitraege/teststadt/frisch-angelegt/');
    // Anker, die die Prüfung aus Überschriften berechnet, gibt es auf der gebauten Seite wirklich.
    expect(seite('leistungen/testleistung/technisch')).toContain('id="zielbild"');
    expect(seite('beitraege/teststadt/alles-erlaubt')).toContain('id="ergebnis"');
  });
});
