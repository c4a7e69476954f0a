/** Regel „yaml“ (src/pruefung/regeln/yaml.ts): unlesbares YAML, deutsch gemeldet, je Zeile einmal. */
import { describe, expect, it } from 'vitest';
import { pruefeSchemas } from '../../../src/pruefung/regeln/schema.ts';
import { nur, roh } from '../../helpers/regeln.ts';

describe('yaml', () => {
  it('meldet einen nicht geschlossenen Wert an seiner Zeile, auf Deutsch', () => {
    const e = roh('kommunen', 'kommunen/x.yaml', 'name: "Teststadt\ntyp: stadt\n');
    const befunde = nur('yaml', pruefeSchemas([e]).befunde);
    expect(befunde.length).toBeGreaterThan(0);
    expect(befunde[0]!.meldung).toMatch(/YAML|Anführungszeichen/);
  });
  it('meldet lesbares YAML nicht', () => {
    const e = roh('kommunen', 'kommunen/x.yaml', 'name: Teststadt\n');
    expect(pruefeSchemas([e]).befunde.filter((b) => b.regel === 'yaml')).toEqual([]);
  });
});
