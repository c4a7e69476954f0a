/** Regel „unbekanntes-feld“ (src/pruefung/regeln/unbekanntes-feld.ts): ein Feld gibt es nicht. */
import { describe, expect, it } from 'vitest';
import { pruefeSchemas } from '../../../src/pruefung/regeln/schema.ts';
import { nur, roh } from '../../helpers/regeln.ts';

describe('unbekanntes-feld', () => {
  it('schlägt bei einem Tippfehler das gemeinte Feld vor', () => {
    const e = roh(
      'kommunen',
      'kommunen/x.yaml',
      'name: X\ntyp: stadt\nland: Thüringen\nkontakt: a@b.example\npilot: []\nfiktif: true\n',
    );
    const [befund] = nur(
      'unbekanntes-feld',
      pruefeSchemas([e]).befunde.filter((b) => b.regel === 'unbekanntes-feld'),
    );
    expect(befund).toMatchObject({ feld: 'fiktif', zeile: 6 });
    expect(befund!.hinweis).toContain('Meinten Sie „fiktiv“?');
  });
});
