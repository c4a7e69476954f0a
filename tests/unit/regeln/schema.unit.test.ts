/** Regel „schema“ (src/pruefung/regeln/schema.ts): ein Wert passt nicht zum Schema der Sammlung. */
import { describe, expect, it } from 'vitest';
import { pruefeSchemas } from '../../../src/pruefung/regeln/schema.ts';
import { bestandMit, roh } from '../../helpers/regeln.ts';

describe('schema', () => {
  it('meldet einen unbekannten Auswahlwert am Feld', () => {
    const e = roh(
      'kommunen',
      'kommunen/x.yaml',
      'name: X\ntyp: dorf\nland: Thüringen\nkontakt: a@b.example\npilot: []\n',
    );
    const befunde = pruefeSchemas([e]).befunde.filter((b) => b.regel === 'schema');
    expect(befunde.map((b) => [b.feld, b.zeile])).toContainEqual(['typ', 2]);
  });
  it('nimmt den gültigen Testinhalt an', () => {
    const { alle, gueltig } = bestandMit();
    expect(gueltig.length).toBe(alle.length);
  });
});
