/**
 * Einordnung von Adressen in Links, Bildern und Attributen. Browser ignorieren
 * Leerraum und Steuerzeichen im Schema und unterscheiden keine Groß- und
 * Kleinschreibung („ JaVa\tScript:“ führt Code aus); deshalb wird vor dem
 * Vergleich normalisiert.
 */
import { GEFAEHRLICHE_URL_SCHEMATA } from '../../schemas/mdx.ts';

/** Entfernt, was Browser beim Lesen des Schemas überspringen, und dekodiert %-Kodierung und HTML-Entitäten. */
export function normalisiereAdresse(adresse: string): string {
  let wert = adresse;
  // Mehrfach kodierte Angaben („%256A…“) schrittweise auflösen; begrenzt, damit nichts endlos läuft.
  for (let i = 0; i < 3; i++) {
    const vorher = wert;
    wert = wert.replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)));
    wert = wert.replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(parseInt(d, 10)));
    wert = wert.replace(
      /&(tab|newline|colon);/gi,
      (_, n: string) => ({ tab: '\t', newline: '\n', colon: ':' })[n.toLowerCase()]!,
    );
    try {
      wert = decodeURIComponent(wert);
    } catch {
      // Ungültige %-Folgen bleiben stehen; der Browser behandelt sie ebenso.
    }
    if (wert === vorher) break;
  }
  return wert
    .replace(/[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g, '')
    .toLowerCase();
}

/** Das Schema einer Adresse („https“, „mailto“ …) oder undefined bei Pfaden wie /leistungen/ oder ./bild.png. */
export function schemaVon(adresse: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/.exec(normalisiereAdresse(adresse))?.[1];
}

/** Das gefährliche Schema einer Adresse (javascript, data, vbscript) oder undefined. */
export function gefaehrlichesSchema(adresse: string): string | undefined {
  const schema = schemaVon(adresse);
  return schema && GEFAEHRLICHE_URL_SCHEMATA.includes(schema) ? schema : undefined;
}
