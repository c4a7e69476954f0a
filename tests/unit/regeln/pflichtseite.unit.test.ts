/** Regel „pflichtseite“ (src/pruefung/regeln/pflichtseite.ts): eine feste Seite fehlt. */
import { describe, expect, it } from 'vitest';
import { pflichtseite } from '../../../src/pruefung/regeln/pflichtseite.ts';
import { bestandMit, nur } from '../../helpers/regeln.ts';

describe('pflichtseite', () => {
  it('meldet das fehlende Impressum mit dem Pfad, unter dem es liegen muss', () => {
    const bestand = bestandMit();
    const ohne = { ...bestand, alle: bestand.alle.filter((e) => e.pfad !== 'seiten/impressum.mdx') };
    expect(nur('pflichtseite', pflichtseite.pruefe(ohne)).map((b) => b.datei)).toEqual([
      'content/seiten/impressum.mdx',
    ]);
  });
  it('meldet nichts, wenn alle Seiten da sind', () => {
    expect(pflichtseite.pruefe(bestandMit())).toEqual([]);
  });
});
