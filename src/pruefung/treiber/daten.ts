/**
 * Prüft die Daten aller Inhalte: zuerst jeden Eintrag gegen sein Schema
 * (Regel „schema“ mit „yaml“, „pflichtfeld“, „unbekanntes-feld“), dann die
 * Regeln über alle Einträge (DATEN_REGELN: Verweise, Dopplungen,
 * Pflichtseiten, Belege im Glossar, Anbindungsbögen).
 */
import type { Befund } from '../kern/befund.ts';
import type { Datenbestand, DatenRegel, GepruefterEintrag, RohEintrag } from '../kern/typen.ts';
import { DATEN_REGELN } from '../regeln/index.ts';
import { pruefeSchemas } from '../regeln/schema.ts';

/** `vorhanden`: Einträge der Website, die nicht geprüft werden, aber als Ziele zählen (Editor). */
export function pruefeDaten(
  alle: readonly RohEintrag[],
  umgebung: Pick<Datenbestand, 'anzeigeOrdner' | 'stichtag'>,
  regeln: readonly DatenRegel[] = DATEN_REGELN,
  vorhanden: readonly GepruefterEintrag[] = [],
): { gueltig: GepruefterEintrag[]; befunde: Befund[] } {
  const { gueltig, befunde } = pruefeSchemas(alle);
  const bestand: Datenbestand = {
    anzeigeOrdner: umgebung.anzeigeOrdner,
    stichtag: umgebung.stichtag,
    alle: [...alle, ...vorhanden],
    gueltig,
    bekannt: [...gueltig, ...vorhanden],
  };
  for (const regel of regeln) befunde.push(...regel.pruefe(bestand));
  return { gueltig, befunde };
}
