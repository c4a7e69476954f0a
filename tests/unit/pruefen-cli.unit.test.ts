/** npm run pruefen als Programm: Ausgabe mit datei:zeile:spalte, JSON für Maschinen, Exit-Code. */
import { execFile } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIXTURES, inhaltsordnerMit, PROJEKT } from '../../werkzeuge/pruefen-lauf.ts';

const ausfuehren = promisify(execFile);

async function pruefen(ordner: string, args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await ausfuehren(process.execPath, [join(PROJEKT, 'cli/pruefen.ts'), ...args], {
      cwd: join(ordner, '..'),
      env: { ...process.env, ATLAS_CONTENT_DIR: 'content', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (fehler) {
    const f = fehler as { code: number; stdout: string; stderr: string };
    return { code: f.code, stdout: f.stdout, stderr: f.stderr };
  }
}

describe('npm run pruefen', () => {
  const ordner = inhaltsordnerMit();
  cpSync(
    join(FIXTURES, 'pruefen/fehler/beitraege/teststadt/ereignis.mdx'),
    join(ordner, 'beitraege/teststadt/ereignis.mdx'),
  );

  it('meldet Probleme mit datei:zeile:spalte, Regel und Hinweis und endet mit Exit-Code 1', async () => {
    const { code, stdout } = await pruefen(ordner, []);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^content\/beitraege\/teststadt\/ereignis\.mdx:\d+:\d+ {2}\[ereignis\] .+\n {4}So beheben: .+/m,
    );
    expect(stdout).toMatch(/\d+ Probleme in den Inhalten gefunden\./);
  });

  it('--format json liefert die Befunde als Liste; genannte Dateien schränken die Ausgabe ein', async () => {
    const { code, stdout } = await pruefen(ordner, ['content/beitraege/teststadt/ereignis.mdx', '--format', 'json']);
    expect(code).toBe(1);
    const befunde = JSON.parse(stdout) as { datei: string; regel: string; zeile: number }[];
    expect(new Set(befunde.map((b) => b.datei))).toEqual(new Set(['content/beitraege/teststadt/ereignis.mdx']));
    expect(befunde.map((b) => b.regel)).toContain('ereignis');
  });

  it('--format github schreibt je Befund eine Anmerkung und die Zusammenfassung nach $GITHUB_STEP_SUMMARY', async () => {
    const summary = join(ordner, '..', 'zusammenfassung.md');
    const { code, stdout } = await pruefen(ordner, ['--format', 'github'], { GITHUB_STEP_SUMMARY: summary });
    expect(code).toBe(1);
    const zeilen = stdout.trim().split('\n');
    expect(zeilen.every((z) => /^::(error|warning) file=[^,]+,line=\d+,col=\d+,title=[^:]+::.+/.test(z))).toBe(true);
    expect(zeilen.some((z) => z.startsWith('::error file=content/beitraege/teststadt/ereignis.mdx,'))).toBe(true);
    const text = readFileSync(summary, 'utf8');
    expect(text).toContain('## Inhaltsprüfung');
    expect(text.split('\n').filter((z) => z.startsWith('| `'))).toHaveLength(zeilen.length);
  });

  it('--format gitlab liefert einen Code-Quality-Bericht', async () => {
    const { code, stdout } = await pruefen(ordner, ['--format=gitlab']);
    expect(code).toBe(1);
    const bericht = JSON.parse(stdout) as { check_name: string; severity: string; location: { path: string } }[];
    expect(bericht.map((e) => e.check_name)).toContain('ereignis');
    expect(bericht.every((e) => e.severity === 'major' || e.severity === 'minor')).toBe(true);
  });

  it('lehnt ein unbekanntes Format mit den erlaubten ab', async () => {
    const { code } = await pruefen(ordner, ['--format', 'xml']);
    expect(code).toBe(2);
  });

  it('endet mit 0, wenn die genannte Datei in Ordnung ist', async () => {
    const { code, stdout } = await pruefen(ordner, ['content/beitraege/teststadt/umsetzung.mdx']);
    expect(code).toBe(0);
    expect(stdout).toContain('Keine Probleme gefunden');
  });
});

describe('npm run pruefen mit feindlichen Beiträgen', () => {
  it('meldet Alias-Bombe, 3.000 Ebenen tiefes Zitat und Mermaid mit fremden Quellen mit datei:zeile, ohne Stacktrace, und prüft die übrigen Dateien', async () => {
    const ordner = inhaltsordnerMit(join(FIXTURES, 'feindlich'));
    cpSync(
      join(FIXTURES, 'pruefen/fehler/beitraege/teststadt/ereignis.mdx'),
      join(ordner, 'beitraege/teststadt/ereignis.mdx'),
    );
    const { code, stdout, stderr } = await pruefen(ordner, []);
    expect(code).toBe(1);
    for (const stelle of [
      'content/beitraege/teststadt/alias-bombe.mdx:10:10  [yaml]',
      'content/beitraege/teststadt/zitat-3000.mdx:16:1  [grenze]',
      'content/beitraege/teststadt/mermaid-bild.mdx:18:1  [mermaid]',
      'content/beitraege/teststadt/mermaid-link.mdx:20:1  [mermaid]',
    ]) {
      expect(stdout).toContain(stelle);
    }
    expect(stdout).toMatch(/^content\/beitraege\/teststadt\/ereignis\.mdx:\d+:\d+ {2}\[ereignis\]/m);
    expect(`${stdout}${stderr}`).not.toMatch(/^\s+at |ReferenceError|RangeError/m);
  });
});
