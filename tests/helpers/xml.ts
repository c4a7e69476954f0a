/** Wohlgeformtheit von XML (Feed, Sitemap) mit fast-xml-validator: true oder die Meldung mit Zeile und Spalte. */
import { SyntaxValidator } from 'fast-xml-validator';

export function wohlgeformt(xml: string): true | string {
  try {
    const ergebnis: unknown = SyntaxValidator.validate(xml, {
      // Die Deklaration mit Kodierung ist Pflicht; ohne sie raten Feedleser.
      xmlDeclaraion: { optional: false },
      invalidCharSequence: { comment: true, tagValue: true, attrLt: true },
    });
    return ergebnis === true ? true : JSON.stringify(ergebnis);
  } catch (fehler) {
    const f = fehler as Error & { line?: number; col?: number };
    return `${f.message} (Zeile ${f.line}, Spalte ${f.col})`;
  }
}
