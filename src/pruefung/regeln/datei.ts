/** Regel „datei“: Eine bei `npm run pruefen -- <datei>` genannte Datei gibt es nicht oder sie liegt nicht im Inhaltsordner. */
import type { Befund } from '../kern/befund.ts';
import type { RegelInfo } from '../kern/typen.ts';

export const datei: RegelInfo = {
  name: 'datei',
  beschreibung: 'Eine beim Aufruf genannte Datei gibt es nicht, oder sie liegt außerhalb des Inhaltsordners.',
};

export function dateiBefund(pfad: string, meldung: string, hinweis: string): Befund {
  return { datei: pfad, zeile: 1, spalte: 1, regel: datei.name, meldung, hinweis };
}
