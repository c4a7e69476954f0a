/**
 * Fuzz-Test, zweite Eigenschaft, mit festem Startwert: Was die Prüfung von
 * zufälligen Beiträgen annimmt, baut mit Astro (ein Build für alle).
 * Viele Startwerte: npm run fuzz -- --seeds 500.
 */
import { describe, expect, it } from 'vitest';
import { baueAngenommene, pruefeSeeds } from '../../werkzeuge/fuzz/lauf.ts';

describe('Fuzz-Test: Angenommenes baut', () => {
  it('baut alle angenommenen Beiträge der Startwerte 1–2', async () => {
    const { angenommen, fehler } = await pruefeSeeds([1, 2], 8);
    expect(fehler).toEqual([]);
    expect(angenommen.length).toBeGreaterThan(0);
    const gebaut = baueAngenommene(angenommen, angenommen.length);
    expect(gebaut.fehler, JSON.stringify(gebaut.fehler)).toEqual([]);
    expect(gebaut.gebaut).toBe(angenommen.length);
  }, 300_000);
});
