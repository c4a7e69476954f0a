import { describe, expect, it } from 'vitest';
import { komponente } from '../../../src/pruefung/regeln/komponente.ts';
import { befunde, stellen } from '../../helpers/regeln.ts';

describe('Regel komponente', () => {
  it('meldet unbekannte Komponenten mit Vorschlag, Fragmente und falsche Werte', () => {
    const gefunden = befunde(
      komponente,
      '<Hinwies>x</Hinwies>\n\n<>y</>\n\n<Hinweis art="rot" farbe="blau">\nz\n</Hinweis>\n',
    );
    expect(stellen(gefunden)).toEqual(['4:1', '6:1', '8:10', '8:20']);
    expect(gefunden[0]!.hinweis).toContain('Meinten Sie <Hinweis>?');
    expect(gefunden[1]!.hinweis).toContain('Entfernen Sie <> und </>');
    expect(gefunden[2]!.hinweis).toContain('Erlaubt sind: info, warnung, beispiel');
    expect(gefunden[3]!.meldung).toContain('kennt das Attribut „farbe“ nicht');
  });

  it('meldet Namen wie <toString> als unbekannte Komponente, statt an ihnen zu scheitern', () => {
    expect(befunde(komponente, '<toString /> und <HasOwnProperty />\n').map((b) => b.meldung)).toEqual([
      'Die Komponente <toString> gibt es nicht.',
      'Die Komponente <HasOwnProperty> gibt es nicht.',
    ]);
    // Kleingeschrieben ist es ein HTML-Element; das meldet die Regel „html“.
    expect(befunde(komponente, '<constructor />\n')).toEqual([]);
  });

  it('erlaubt Hinweis und Begriff mit gültigen Attributen', () => {
    expect(
      befunde(
        komponente,
        '<Hinweis art="warnung" titel="Achtung">\nText\n</Hinweis>\n\n<Begriff begriff="X">x</Begriff>\n',
      ),
    ).toEqual([]);
  });

  it('meldet einen Hinweiskasten im Link, im Satz, in einer Überschrift oder Tabellenzelle', () => {
    const text =
      '[<Hinweis>x</Hinweis>](https://example.org/)\n\nText <Hinweis>x</Hinweis>.\n\n### Titel <Hinweis>x</Hinweis>\n\n| A |\n| --- |\n| <Hinweis>x</Hinweis> |\n';
    const gefunden = befunde(komponente, text);
    expect(stellen(gefunden)).toEqual(['4:2', '6:6', '8:11', '12:3']);
    expect(gefunden[0]!.hinweis).toContain('eigene Zeile');
  });

  it('nimmt den Hinweis als eigenen Block und <Begriff> im Satz an', () => {
    expect(befunde(komponente, '<Hinweis art="info">\nText mit <Begriff>OZG</Begriff>.\n</Hinweis>\n')).toEqual([]);
    // Allein in einer Zeile wird der Hinweis ein eigener Block (MDX löst den Absatz auf).
    expect(befunde(komponente, '<Hinweis>Ohne Art ist es ein Info-Kasten.</Hinweis>\n')).toEqual([]);
  });

  it('meldet <Begriff> mit einem eigenen Absatz', () => {
    expect(stellen(befunde(komponente, '<Begriff>\nOZG\n</Begriff>\n'))).toEqual(['4:1']);
  });
});
