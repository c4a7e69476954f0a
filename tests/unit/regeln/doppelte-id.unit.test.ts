/** Regel „doppelte-id“ (src/pruefung/regeln/doppelte-id.ts): Glossarbegriff oder Kommune doppelt. */
import { describe, expect, it } from 'vitest';
import { doppelteId } from '../../../src/pruefung/regeln/doppelte-id.ts';
import { bestandMit, nur, roh } from '../../helpers/regeln.ts';

describe('doppelte-id', () => {
  it('meldet ein zweites Profil mit demselben AGS bei beiden Profilen', () => {
    const zweite = roh(
      'kommunen',
      'kommunen/doppelgaenger.yaml',
      'name: Doppelgänger\ntyp: stadt\nland: Thüringen\nags: "16099001"\nfiktiv: true\nkontakt: a@b.example\npilot: []\n',
    );
    const befunde = nur('doppelte-id', doppelteId.pruefe(bestandMit(zweite)));
    expect(befunde.map((b) => b.datei).sort()).toEqual([
      'content/kommunen/doppelgaenger.yaml',
      'kommunen/teststadt.yaml',
    ]);
  });
  it('meldet einen Glossarbegriff, der zweimal dasteht', () => {
    const g = roh(
      'glossar',
      'glossar.yaml',
      '- begriff: Testbegriff\n  definition: Eins.\n- begriff: testbegriff\n  definition: Zwei.\n',
      'glossar',
    );
    const befunde = nur('doppelte-id', doppelteId.pruefe(bestandMit(g)));
    expect(befunde).toHaveLength(1);
    expect(befunde[0]).toMatchObject({ zeile: 3, feld: '[1].begriff' });
  });
  it('meldet im gültigen Testinhalt nichts', () => {
    expect(doppelteId.pruefe(bestandMit())).toEqual([]);
  });
});

describe('doppelte-id: Namen im Glossar', () => {
  it('meldet ein Synonym, das Begriff eines anderen Eintrags ist, am Synonym', () => {
    const g = roh(
      'glossar',
      'glossar.yaml',
      '- begriff: Testbegriff\n  definition: Eins.\n  synonyme: [Zweiter Begriff]\n- begriff: Zweiter Begriff\n  definition: Zwei.\n',
      'glossar',
    );
    const befunde = nur('doppelte-id', doppelteId.pruefe(bestandMit(g)));
    expect(befunde).toMatchObject([{ zeile: 3, feld: '[0].synonyme[0]' }]);
    expect(befunde[0]!.meldung).toContain('Zweiter Begriff');
  });
  it('meldet dasselbe Synonym an zwei Einträgen beim zweiten', () => {
    const g = roh(
      'glossar',
      'glossar.yaml',
      '- begriff: Eins\n  definition: Eins.\n  synonyme: [E]\n- begriff: Zwei\n  definition: Zwei.\n  synonyme: [e]\n',
      'glossar',
    );
    expect(nur('doppelte-id', doppelteId.pruefe(bestandMit(g)))).toMatchObject([{ zeile: 6 }]);
  });
});
