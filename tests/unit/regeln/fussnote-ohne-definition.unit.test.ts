import { describe, expect, it } from 'vitest';
import { fussnoteOhneDefinition } from '../../../src/pruefung/regeln/fussnote-ohne-definition.ts';
import { befundeFuer } from '../../helpers/belege.ts';
import { befunde, stellen } from '../../helpers/regeln.ts';

describe('Regel fussnote-ohne-definition', () => {
  it('meldet einen Verweis ohne Definition, den Markdown als Text stehen lässt, mit Zeile und Spalte', () => {
    const gefunden = befundeFuer(fussnoteOhneDefinition, 'fehler.mdx');
    expect(stellen(gefunden)).toEqual(['31:36']);
    expect(gefunden[0]!.meldung).toContain('„[^fehlt]“');
    expect(gefunden[0]!.hinweis).toContain('[^fehlt]: …');
  });

  it('ist auch im Entwurf ein Fehler: Die Seite zeigte „[^…]“ als Text', () => {
    const gefunden = befunde(fussnoteOhneDefinition, 'Satz.[^x]\n', { yaml: 'status: entwurf' });
    expect(gefunden).toHaveLength(1);
    expect(gefunden[0]!.schwere).toBeUndefined();
  });

  it('lässt Verweise mit Definition in Ruhe', () => {
    expect(befundeFuer(fussnoteOhneDefinition, 'gut.mdx')).toEqual([]);
  });
});
