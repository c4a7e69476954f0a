/** Regel „pflichtfeld“ (src/pruefung/regeln/pflichtfeld.ts): ein Pflichtfeld fehlt ganz. */
import { describe, expect, it } from 'vitest';
import { pruefeSchemas } from '../../../src/pruefung/regeln/schema.ts';
import { roh } from '../../helpers/regeln.ts';

describe('pflichtfeld', () => {
  it('meldet das fehlende Feld mit Namen und Hinweis', () => {
    const e = roh('kommunen', 'kommunen/x.yaml', 'typ: stadt\nland: Thüringen\nkontakt: a@b.example\npilot: []\n');
    const befunde = pruefeSchemas([e]).befunde.filter((b) => b.regel === 'pflichtfeld');
    expect(befunde.map((b) => b.feld)).toContain('name');
    expect(befunde.find((b) => b.feld === 'name')!.meldung).toBe('Das Pflichtfeld „name“ fehlt.');
  });
  it('ein falscher Wert ist kein fehlendes Feld', () => {
    const e = roh(
      'kommunen',
      'kommunen/x.yaml',
      'name: 5\ntyp: stadt\nland: Thüringen\nkontakt: a@b.example\npilot: []\n',
    );
    expect(pruefeSchemas([e]).befunde.filter((b) => b.regel === 'pflichtfeld' && b.feld === 'name')).toEqual([]);
  });
});
