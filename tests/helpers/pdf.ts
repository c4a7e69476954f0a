/**
 * Seiten eines PDFs zählen, ohne PDF-Bibliothek: Chromium schreibt die
 * Seitenobjekte offen in die Datei, Firefox packt sie in komprimierte
 * Objektströme. Gezählt werden Objekte „/Type /Page“ im Klartext und in jedem
 * Strom, der sich mit Deflate entpacken lässt (Seiteninhalte enthalten kein
 * solches Objekt, Bilder lassen sich nicht entpacken).
 */
import { inflateSync } from 'node:zlib';

const SEITE = /\/Type\s*\/Page(?![a-zA-Z])/g;

export function pdfSeiten(pdf: Uint8Array): number {
  const daten = Buffer.from(pdf);
  const text = daten.toString('latin1');
  let seiten = text.match(SEITE)?.length ?? 0;
  const strom = /stream\r?\n/g;
  for (let m = strom.exec(text); m; m = strom.exec(text)) {
    const anfang = m.index + m[0].length;
    const ende = text.indexOf('endstream', anfang);
    if (ende < 0) break;
    try {
      seiten += inflateSync(daten.subarray(anfang, ende)).toString('latin1').match(SEITE)?.length ?? 0;
    } catch {
      // kein Deflate-Strom (z. B. ein Bild): enthält keine Seitenobjekte
    }
    strom.lastIndex = ende + 'endstream'.length;
  }
  return seiten;
}
