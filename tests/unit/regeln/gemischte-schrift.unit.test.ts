import { describe, expect, it } from 'vitest';
import { gemischteSchrift } from '../../../src/pruefung/regeln/gemischte-schrift.ts';
import { befunde, stellen } from '../../helpers/regeln.ts';

describe('Regel gemischte-schrift', () => {
  it('meldet Wörter mit kyrillischen Doppelgängern als Fehler, im Text, Linktext und Attribut', () => {
    const text = [
      'Das Bundes\u0430mt für W\u043enen.', // kyrillisches а und о
      '',
      '[Bundesportal \u0440ortal](https://www.bund.de/) <Hinweis titel="\u0410chtung">Text</Hinweis>',
      '',
    ].join('\n');
    const gefunden = befunde(gemischteSchrift, text);
    expect(stellen(gefunden)).toEqual(['4:5', '4:19', '6:15', '6:61']);
    expect(gefunden[0]!.meldung).toContain('„а“ (U+0430, kyrillisch)');
    expect(gefunden[0]!.hinweis).toContain('Tippen Sie das Wort');
    expect(gefunden.every((b) => b.schwere === undefined)).toBe(true);
  });

  it('Griechisch im lateinischen Wort ist eine Warnung (Formeln), getrennt nichts', () => {
    const gefunden = befunde(gemischteSchrift, 'Die Zeit \u0394t und \u03bcm, aber \u03b1-Version und \u03bc m.\n');
    expect(gefunden.map((b) => b.schwere)).toEqual(['warnung', 'warnung']);
  });

  it('lässt deutsche Wörter, Umlaute, ß, Akzente, Mikro-Zeichen und rein kyrillische oder griechische Wörter stehen', () => {
    const text = 'Größe, Maß, Café, Señora, 5 µm, Москва, Ελλάδα, Übergabe an das Fachverfahren.\n';
    expect(befunde(gemischteSchrift, text)).toEqual([]);
  });
});
