/**
 * scripts/pages-zweig.sh gegen ein lokales Repository statt GitHub: Website und
 * Vorschauen teilen sich den Zweig gh-pages, ohne einander zu ersetzen, und was
 * aus einem Artefakt kommt, wird nur kopiert (ohne Verknüpfungen, .git, .github).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const SKRIPT = fileURLToPath(new URL('../../scripts/pages-zweig.sh', import.meta.url));

let ordner: string;
let remote: string;

function git(...args: string[]) {
  return spawnSync('git', ['--git-dir', remote, ...args], { encoding: 'utf8' });
}

function zweig(...args: string[]) {
  const umgebung: NodeJS.ProcessEnv = {
    ...process.env,
    PAGES_REMOTE: remote,
    PAGES_PAUSE: '0',
    GITHUB_OUTPUT: join(ordner, 'ausgabe'),
  };
  delete umgebung.GH_TOKEN;
  return spawnSync('bash', [SKRIPT, ...args], { encoding: 'utf8', env: umgebung });
}

/** Wie zweig(), aber nebenläufig: Mehrere Workflows schreiben zugleich. */
function zweigNebenher(...args: string[]): Promise<number | null> {
  const umgebung: NodeJS.ProcessEnv = { ...process.env, PAGES_REMOTE: remote, PAGES_PAUSE: '1' };
  delete umgebung.GH_TOKEN;
  return new Promise((fertig) => spawn('bash', [SKRIPT, ...args], { env: umgebung }).on('close', fertig));
}

const dateien = () => git('ls-tree', '-r', '--name-only', 'gh-pages').stdout.trim().split('\n').filter(Boolean);
const datei = (pfad: string) => git('show', `gh-pages:${pfad}`).stdout;

/** Eine gebaute Website mit index.html und was ein Artefakt sonst mitbringen könnte. */
function website(name: string, text: string, { boese = false } = {}) {
  const pfad = join(ordner, name);
  mkdirSync(join(pfad, '_astro'), { recursive: true });
  writeFileSync(join(pfad, 'index.html'), `<h1>${text}</h1>\n`);
  writeFileSync(join(pfad, '_astro/seite.js'), `// ${text}\n`);
  if (boese) {
    symlinkSync('/etc/passwd', join(pfad, 'passwd'));
    mkdirSync(join(pfad, '.git'));
    writeFileSync(join(pfad, '.git/config'), '[core]\n');
    mkdirSync(join(pfad, '.github/workflows'), { recursive: true });
    writeFileSync(join(pfad, '.github/workflows/x.yml'), 'on: push\n');
  }
  return pfad;
}

beforeAll(() => {
  ordner = mkdtempSync(join(tmpdir(), 'pages-zweig-'));
  remote = join(ordner, 'remote.git');
  spawnSync('git', ['init', '-q', '--bare', remote]);
});

describe('scripts/pages-zweig.sh', () => {
  it('eine Vorschau vor der ersten Website ist ein Fehler mit Erklärung', () => {
    const lauf = zweig('vorschau', '5', website('v5', 'Vorschau 5'));
    expect(lauf.status).toBe(1);
    expect(lauf.stderr).toContain('noch nie veröffentlicht');
    expect(zweig('entfernen', '5').status).toBe(0);
  });

  it('die Website legt gh-pages an, ohne Verknüpfungen, .git und .github', () => {
    const lauf = zweig('website', website('w1', 'Website 1', { boese: true }));
    expect(lauf.status, lauf.stderr).toBe(0);
    expect(dateien().sort()).toEqual(['.nojekyll', '_astro/seite.js', 'index.html']);
  });

  it('Vorschauen kommen unter vorschau/pr-<Nummer>/ dazu und werden ersetzt', () => {
    expect(zweig('vorschau', '5', website('v5', 'Vorschau 5')).status).toBe(0);
    expect(zweig('vorschau', '12', website('v12', 'Vorschau 12', { boese: true })).status).toBe(0);
    expect(zweig('vorschau', '5', website('v5b', 'Vorschau 5, neu')).status).toBe(0);
    expect(dateien()).toEqual(
      expect.arrayContaining(['index.html', 'vorschau/pr-5/index.html', 'vorschau/pr-12/_astro/seite.js']),
    );
    expect(dateien().filter((d) => /passwd|\.git/.test(d))).toEqual([]);
    expect(datei('vorschau/pr-5/index.html')).toContain('Vorschau 5, neu');
    expect(datei('index.html')).toContain('Website 1');
  });

  it('eine neue Website behält die Vorschauen und beginnt den Zweig neu', () => {
    expect(zweig('website', website('w2', 'Website 2')).status).toBe(0);
    expect(datei('index.html')).toContain('Website 2');
    expect(datei('vorschau/pr-12/index.html')).toContain('Vorschau 12');
    expect(git('rev-list', '--count', 'gh-pages').stdout.trim()).toBe('1');
  });

  it('entfernen löscht nur die eine Vorschau; ein zweites Mal ändert nichts', () => {
    expect(zweig('entfernen', '12').stdout).toContain('entfernen');
    expect(dateien().some((d) => d.startsWith('vorschau/pr-12/'))).toBe(false);
    expect(dateien()).toContain('vorschau/pr-5/index.html');
    const nochmal = zweig('entfernen', '12');
    expect(nochmal.status).toBe(0);
    expect(nochmal.stdout).toContain('unverändert');
  });

  it('gleichzeitige Läufe verlieren nichts: Wer zu spät kommt, setzt auf dem neuen Stand neu auf', async () => {
    const status = await Promise.all([
      zweigNebenher('vorschau', '20', website('v20', 'Vorschau 20')),
      zweigNebenher('vorschau', '21', website('v21', 'Vorschau 21')),
      zweigNebenher('website', website('w3', 'Website 3')),
      zweigNebenher('entfernen', '5'),
    ]);
    expect(status).toEqual([0, 0, 0, 0]);
    expect(datei('index.html')).toContain('Website 3');
    expect(dateien()).toEqual(expect.arrayContaining(['vorschau/pr-20/index.html', 'vorschau/pr-21/index.html']));
    expect(dateien().some((d) => d.startsWith('vorschau/pr-5/'))).toBe(false);
  });

  it('nimmt nur Nummern aus Ziffern und nur Ordner mit einer gebauten Website', () => {
    for (const nummer of ['0', '05', '1;ls', '../1', '12a', '']) {
      const lauf = zweig('vorschau', nummer, website('v', 'x'));
      expect(lauf.status, nummer).toBe(1);
      expect(lauf.stderr).toContain('keine Nummer');
    }
    const leer = join(ordner, 'leer');
    mkdirSync(leer);
    expect(zweig('vorschau', '3', leer).stderr).toContain('fehlt index.html');
    expect(zweig('website').status).toBe(1);
  });
});
