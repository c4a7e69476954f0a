/** Die Inhaltsprüfung als Ganzes: lesen, Schemas, Verweise. */
import { relative, resolve, sep } from 'node:path';
import { sortiereBefunde, type Befund } from './befund.ts';
import { ladeInhalte } from './laden.ts';
import { pruefePflichtseiten, pruefeSchemas, pruefeVerweise, type GepruefterEintrag } from './pruefen.ts';

export { formatiereBefunde, type Befund } from './befund.ts';
export type { GepruefterEintrag } from './pruefen.ts';

/** Prüft den ganzen Inhaltsordner und gibt alle Befunde auf einmal zurück. */
export function pruefeInhaltsordner(
  ordner: string,
  anzeigeBasis = process.cwd(),
): { eintraege: GepruefterEintrag[]; befunde: Befund[] } {
  const { eintraege, befunde: ortBefunde } = ladeInhalte(resolve(ordner), anzeigeBasis);
  const { gueltig, befunde: schemaBefunde } = pruefeSchemas(eintraege);
  const verweisBefunde = pruefeVerweise(eintraege, gueltig);
  const anzeigeOrdner = relative(anzeigeBasis, resolve(ordner)).split(sep).join('/') || '.';
  const seitenBefunde = pruefePflichtseiten(eintraege, anzeigeOrdner);
  return {
    eintraege: gueltig,
    befunde: sortiereBefunde([...ortBefunde, ...schemaBefunde, ...verweisBefunde, ...seitenBefunde]),
  };
}
