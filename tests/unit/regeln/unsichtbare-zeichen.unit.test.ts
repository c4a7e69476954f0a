import { describe, expect, it } from 'vitest';
import { unsichtbareZeichen } from '../../../src/pruefung/regeln/unsichtbare-zeichen.ts';
import { findeUnsichtbareZeichen } from '../../../src/pruefung/kern/taeuschung.ts';
import { befunde, stellen } from '../../helpers/regeln.ts';

// Der Text beginnt in Zeile 4 (drei Zeilen Front Matter, siehe tests/helpers/regeln.ts).
const codes = (text: string) => findeUnsichtbareZeichen(text).map((f) => `${f.code}:${f.schwere}`);

describe('Regel unsichtbare-zeichen', () => {
  it('meldet Steuerzeichen der Schreibrichtung im Text, im Linktext, in der Adresse und im Attribut mit Zeile und Spalte', () => {
    const text = [
      'Bescheid für Wohngeld\u202Edp.exe',
      '',
      '[Bund\u2067](https://www.bund.de/) und [a](https://www.bund.de/\u200Fx)',
      '',
      '<Hinweis titel="Ach\u202Dtung">Text</Hinweis>',
      '',
    ].join('\n');
    const gefunden = befunde(unsichtbareZeichen, text);
    expect(stellen(gefunden)).toEqual(['4:22', '6:6', '6:59', '8:20']);
    expect(gefunden[0]!.meldung).toContain('U+202E RIGHT-TO-LEFT OVERRIDE');
    expect(gefunden[0]!.meldung).toContain('nach „Bescheid für Wohngeld“');
    expect(gefunden[0]!.hinweis).toContain('Löschen Sie das Zeichen');
    expect(gefunden.every((b) => b.schwere === undefined)).toBe(true);
  });

  it('meldet Zeichen ohne Breite, Füllzeichen, Tag-Zeichen, Zeilentrenner und Steuerzeichen, auch in Code und Kommentaren', () => {
    const text = [
      'Pass\u200Bwort, Wohn\u2060geld, Amt\u3164, \u115F, \uFFA0, \u2800 Ende',
      'verstecktes\u{E0041}\u{E0042} und Zeile\u2028weiter und \u0085 und \u0007',
      '`co\u200Dde` {/* Kom\uFEFFmentar */}',
      '',
      '```mermaid',
      'flowchart LR',
      '  A[Amt\u202E] --> B',
      '```',
      '',
    ].join('\n');
    const gefunden = befunde(unsichtbareZeichen, text);
    expect(gefunden.map((b) => b.meldung.match(/U\+[0-9A-F]+/)?.[0])).toEqual([
      'U+200B',
      'U+2060',
      'U+3164',
      'U+115F',
      'U+FFA0',
      'U+2800',
      'U+E0041',
      'U+E0042',
      'U+2028',
      'U+0085',
      'U+0007',
      'U+200D',
      'U+FEFF',
      'U+202E',
    ]);
    expect(gefunden.at(-1)!.zeile).toBe(10);
  });

  it('findet Zeichen, die erst eine Zeichenreferenz erzeugt, im Text, in Adressen und Attributen', () => {
    const text = [
      'Wohn&#x200B;geld und [a](https://www.bund.de/&#8238;x)',
      '',
      '<abbr title="A&#x202E;B">AB</abbr>',
      '',
    ].join('\n');
    const gefunden = befunde(unsichtbareZeichen, text);
    expect(gefunden.map((b) => `${b.zeile} ${b.meldung.match(/U\+[0-9A-F]+/)?.[0]}`)).toEqual([
      '4 U+200B',
      '4 U+202E',
      '6 U+202E',
    ]);
    expect(gefunden[0]!.meldung).toContain('Zeichenreferenz');
  });

  it('lässt Umlaute, geschütztes und schmales Leerzeichen, weiches Trennzeichen, Emoji-Folgen und Flaggen stehen', () => {
    const text = [
      'Größe, Übergabe, Maß: z.\u00A0B. 5\u202Fkm, Nach\u00ADnutzungs\u00ADatlas, 3\u2009%.',
      'Emoji: 👩\u200D💻 ❤\uFE0F 1\uFE0F\u20E3 👍🏽 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F} 葛\u{E0100}',
      '',
      '[www.bund.de](https://www.bund.de/) „Anführungszeichen“ – Gedankenstrich … Ellipse',
      '',
    ].join('\n');
    expect(befunde(unsichtbareZeichen, text)).toEqual([]);
  });

  it('ein Bindungsverhinderer zwischen Buchstaben ist eine Warnung (Ligatur im deutschen Satz), sonst ein Fehler', () => {
    const gefunden = befunde(unsichtbareZeichen, 'Auf\u200Clage und \u200C allein\n');
    expect(gefunden.map((b) => b.schwere ?? 'fehler')).toEqual(['warnung', 'fehler']);
  });

  it('Variantenwähler nur nach einem Emoji oder Schriftzeichen, Tag-Zeichen nur in einer Flaggenfolge', () => {
    expect(codes('a\uFE0F')).toEqual(['U+FE0F:fehler']);
    expect(codes('x\u{E0101}\u{E0102}')).toEqual(['U+E0101:fehler', 'U+E0102:fehler']);
    expect(codes('🏴\u{E0067}\u{E0062}')).toEqual(['U+E0067:fehler', 'U+E0062:fehler']);
    expect(codes('\u{E0001}x')).toEqual(['U+E0001:fehler']);
    expect(codes('a\u200Db')).toEqual(['U+200D:fehler']);
    expect(codes('\uE000 privat \uFFFD')).toEqual(['U+E000:warnung', 'U+FFFD:warnung']);
    expect(findeUnsichtbareZeichen('\uFEFFtitel: x', { dateianfang: true })).toEqual([]);
    expect(codes('\uFEFFtitel: x')).toEqual(['U+FEFF:fehler']);
  });

  it('meldet bei sehr vielen Zeichen die ersten 20 einzeln und den Rest in einer Zeile', () => {
    const gefunden = befunde(unsichtbareZeichen, `${'Wort\u200B '.repeat(5000)}\n`);
    expect(gefunden).toHaveLength(21);
    expect(gefunden.at(-1)!.meldung).toContain('4980 weitere');
  });
});
