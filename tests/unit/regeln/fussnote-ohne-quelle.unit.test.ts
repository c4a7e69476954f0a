import { describe, expect, it } from 'vitest';
import { fussnoteOhneQuelle } from '../../../src/pruefung/regeln/fussnote-ohne-quelle.ts';
import { befundeFuer } from '../../helpers/belege.ts';
import { befunde, stellen } from '../../helpers/regeln.ts';

describe('Regel fussnote-ohne-quelle', () => {
  it('meldet ein Fußnotenzeichen, das keine id unter „quellen“ ist, einmal und mit Vorschlag', () => {
    const gefunden = befundeFuer(fussnoteOhneQuelle, 'fehler.mdx');
    expect(stellen(gefunden)).toEqual(['34:1', '35:1']);
    expect(gefunden[0]!.meldung).toContain('„[^ozg8a]“');
    expect(gefunden[0]!.hinweis).toContain('Meinten Sie „[^ozg-8a]“?');
    expect(gefunden[1]!.hinweis).toContain('- id: unbenutzt');
  });

  it('lässt Fußnoten mit passender Quelle in Ruhe, und Seiten ohne Feld „quellen“ (Leistungsseiten)', () => {
    expect(befundeFuer(fussnoteOhneQuelle, 'gut.mdx')).toEqual([]);
    const hub = { yaml: 'titel: Test', sammlung: 'leistungen' as const, pfad: 'leistungen/testleistung/index.mdx' };
    expect(befunde(fussnoteOhneQuelle, 'Satz.[^a]\n\n[^a]: [Quelle](https://example.org/).\n', hub)).toEqual([]);
  });
});
