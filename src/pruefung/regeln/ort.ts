/**
 * Regel „ort“: Eine Datei liegt dort, wo keine Sammlung sie erwartet, oder der
 * Inhaltsordner fehlt. Wo welche Datei liegen darf, sagt modell/sammlungen.ts;
 * der Node-Rand (node/laden.ts) und der Editor melden mit dieser Regel.
 */
import type { Befund } from '../kern/befund.ts';
import type { RegelInfo } from '../kern/typen.ts';

export const ort: RegelInfo = {
  name: 'ort',
  beschreibung: 'Datei am falschen Ort (oder der Inhaltsordner fehlt).',
};

/** Ein Befund der Regel „ort“ zu einer ganzen Datei (Zeile 1). */
export function ortBefund(datei: string, meldung: string, hinweis: string, feld?: string): Befund {
  return { datei, zeile: 1, spalte: 1, regel: ort.name, ...(feld ? { feld } : {}), meldung, hinweis };
}
