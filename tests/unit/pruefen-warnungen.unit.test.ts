/**
 * Warnungen (z. B. eine unbelegte Norm im Entwurf) meldet npm run pruefen als
 * „Warnung“, sie halten aber weder die Prüfung noch den Build an; Fehler
 * (dieselbe Norm in einem freigegebenen Dokument) schon. JSON nennt die Schwere.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { pruefeVorDemBuild } from '../../src/integrations/inhalte-pruefen.ts';
import { inhaltsordnerMit, PROJEKT } from '../../werkzeuge/pruefen-lauf.ts';

const ausfuehren = promisify(execFile);
const DATEI = 'leistungen/testleistung/technisch.mdx';

/** Ein Inhaltsordner, in dem das technische Testkonzept eine unbelegte Norm nennt, im angegebenen Status. */
function ordnerMitNorm(status: string): string {
  const ordner = inhaltsordnerMit();
  const pfad = join(ordner, DATEI);
  const text = readFileSync(pfad, 'utf8')
    .replace('status: freigegeben', `status: ${status}`)
    .replace('## Zielbild\n', '## Zielbild\n\nDie Zustellung richtet sich nach § 9 OZG.\n');
  writeFileSync(pfad, text);
  return ordner;
}

async function pruefen(ordner: string, args: string[] = []) {
  try {
    const { stdout } = await ausfuehren(process.execPath, [join(PROJEKT, 'cli/pruefen.ts'), ...args], {
      cwd: dirname(ordner),
      env: { ...process.env, ATLAS_CONTENT_DIR: 'content' },
    });
    return { code: 0, stdout };
  } catch (fehler) {
    const f = fehler as { code: number; stdout: string };
    return { code: f.code, stdout: f.stdout };
  }
}

describe('Warnungen und Fehler', () => {
  it('im Entwurf: „Warnung“ in der Ausgabe, Exit-Code 0, Build geht weiter', async () => {
    const ordner = ordnerMitNorm('entwurf');
    const { code, stdout } = await pruefen(ordner);
    expect(stdout).toMatch(
      /^content\/leistungen\/testleistung\/technisch\.mdx:\d+:\d+ {2}Warnung \[norm-ohne-beleg\] .*§ 9 OZG/m,
    );
    expect(stdout).toContain('1 Warnung in den Inhalten gefunden.');
    expect(code).toBe(0);
    expect(await pruefeVorDemBuild(dirname(ordner))).toBeUndefined();
  });

  it('--format json nennt die Schwere jedes Befunds', async () => {
    const { stdout } = await pruefen(ordnerMitNorm('entwurf'), ['--format', 'json']);
    expect(JSON.parse(stdout)).toEqual([expect.objectContaining({ regel: 'norm-ohne-beleg', schwere: 'warnung' })]);
  });

  it('freigegeben: derselbe Befund ist ein Fehler, Exit-Code 1, der Build bricht ab', async () => {
    const ordner = ordnerMitNorm('freigegeben');
    const { code, stdout } = await pruefen(ordner, ['--format', 'json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual([expect.objectContaining({ regel: 'norm-ohne-beleg', schwere: 'fehler' })]);
    expect(await pruefeVorDemBuild(dirname(ordner))).toContain('[norm-ohne-beleg]');
  });
});
