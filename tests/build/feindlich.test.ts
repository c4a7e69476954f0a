/**
 * Feindliche Beiträge (tests/fixtures/feindlich/) mit echtem „astro build“:
 * Der Build bricht mit denselben Befunden ab wie npm run pruefen (Datei und
 * Zeile), ohne Absturz und ohne Stacktrace, und meldet daneben die Fehler der
 * übrigen Dateien wie sonst.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheOrdnerFuer } from '../../src/pruefung/node/cache-ordner.ts';
import { FIXTURES, inhaltsordnerMit, PROJEKT } from '../../werkzeuge/pruefen-lauf.ts';

const inhalt = inhaltsordnerMit(join(FIXTURES, 'feindlich'));
const dist = mkdtempSync(join(tmpdir(), 'atlas-dist-'));
afterAll(() =>
  [join(inhalt, '..'), dist, cacheOrdnerFuer(inhalt)].forEach((o) => rmSync(o, { recursive: true, force: true })),
);

describe('astro build mit feindlichen Beiträgen', () => {
  it('bricht mit Datei und Zeile jedes feindlichen Beitrags ab und meldet die übrigen Fehler wie sonst', () => {
    const technisch = join(inhalt, 'leistungen/testleistung/technisch.mdx');
    writeFileSync(technisch, readFileSync(technisch, 'utf8').replace('beschreibung:', 'beschriebung:'));
    const ergebnis = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], {
      cwd: PROJEKT,
      env: { ...process.env, ATLAS_CONTENT_DIR: inhalt, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      encoding: 'utf8',
      maxBuffer: 20 * 1024 * 1024,
    });
    const ausgabe = `${ergebnis.stdout}\n${ergebnis.stderr}`;
    expect(ergebnis.signal).toBeNull();
    expect(ergebnis.status).not.toBe(0);
    for (const stelle of [
      'beitraege/teststadt/alias-bombe.mdx:10:10  [yaml]',
      'beitraege/teststadt/zitat-3000.mdx:16:1  [grenze]',
      'beitraege/teststadt/mermaid-bild.mdx:18:1  [mermaid]',
      'beitraege/teststadt/mermaid-link.mdx:20:1  [mermaid]',
      'leistungen/testleistung/technisch.mdx:3:1  [unbekanntes-feld]',
    ]) {
      expect(ausgabe).toContain(stelle);
    }
    expect(ausgabe).toContain('Build abgebrochen');
    expect(ausgabe).not.toContain('generating static routes');
    expect(ausgabe).not.toMatch(/Segmentation fault|ReferenceError|RangeError|Excessive alias/);
  });
});
