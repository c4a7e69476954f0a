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
