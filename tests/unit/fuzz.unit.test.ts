/**
 * Fuzz-Test mit festen Startwerten (viele mehr: npm run fuzz -- --seeds 500):
 * Die Prüfung wirft bei zufälligen und feindlichen Beiträgen nie und braucht
 * je Datei höchstens ZEIT_JE_DATEI_MS. Dass Angenommenes baut, prüft
 * tests/build/fuzz.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { pruefeSeeds } from '../../werkzeuge/fuzz/lauf.ts';

describe('Fuzz-Test der Inhaltsprüfung', () => {
  it('wirft bei 32 zufälligen Beiträgen (Startwerte 1–4) nie, bleibt in der Zeit und nimmt nur einen Teil an', async () => {
    const ergebnis = await pruefeSeeds([1, 2, 3, 4], 8);
    expect(ergebnis.fehler, JSON.stringify(ergebnis.fehler)).toEqual([]);
    expect(ergebnis.dateien).toBe(32);
    expect(ergebnis.angenommen.length).toBeGreaterThan(5);
    expect(ergebnis.angenommen.length).toBeLessThan(32);
  }, 120_000);
});
