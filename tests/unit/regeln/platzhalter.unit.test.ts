import { describe, expect, it } from 'vitest';
import { platzhalter } from '../../../src/pruefung/regeln/platzhalter.ts';
import { PLATZHALTER } from '../../../src/schemas/abschnitte.ts';
import { befunde, stellen } from '../../helpers/regeln.ts';

const text = `## Ausgangslage\n\n{/* ${PLATZHALTER} zu „Ausgangslage“. */}\n\nText {/* ein gewöhnlicher Kommentar */}.\n`;

describe('Regel platzhalter', () => {
  it('meldet Platzhalter ab dem Status in-abstimmung', () => {
    const gefunden = befunde(platzhalter, text, { yaml: 'status: in-abstimmung' });
    expect(stellen(gefunden)).toEqual(['6:1']);
    expect(gefunden[0]!.meldung).toContain('„in-abstimmung“');
    expect(gefunden[0]!.hinweis).toContain('status: entwurf');
  });

  it('erlaubt Platzhalter im Entwurf und ohne Status', () => {
    expect(befunde(platzhalter, text, { yaml: 'status: entwurf' })).toEqual([]);
    expect(befunde(platzhalter, text, { yaml: 'titel: x' })).toEqual([]);
  });
});
