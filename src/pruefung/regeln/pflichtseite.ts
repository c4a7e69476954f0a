/** Regel „pflichtseite“: Eine feste Seite (Impressum, Datenschutz …) fehlt. */
import { PFLICHTSEITEN } from '../../schemas/index.ts';
import type { Befund } from '../kern/befund.ts';
import type { DatenRegel, RohEintrag } from '../kern/typen.ts';

export const pflichtseite: DatenRegel = {
  name: 'pflichtseite',
  beschreibung: 'Eine feste Seite (Impressum, Datenschutz …) fehlt.',
  pruefe: ({ alle, anzeigeOrdner }) => pruefePflichtseiten(alle, anzeigeOrdner),
};

/** Die Website verlinkt auf jeder Seite Impressum, Datenschutz und Co.; fehlt eine, wäre jeder dieser Links tot. */
function pruefePflichtseiten(alle: readonly RohEintrag[], anzeigeOrdner: string): Befund[] {
  const vorhanden = new Set(alle.filter((e) => e.sammlung === 'seiten').map((e) => e.id));
  const pfad = (id: string) => (anzeigeOrdner === '.' ? '' : `${anzeigeOrdner}/`) + `seiten/${id}.mdx`;
  return PFLICHTSEITEN.filter((id) => !vorhanden.has(id)).map((id) => ({
    datei: pfad(id),
    zeile: 1,
    spalte: 1,
    regel: pflichtseite.name,
    meldung: `Die Seite „${id}“ fehlt; jede Seite der Website verlinkt sie.`,
    hinweis: `Legen Sie ${pfad(id)} mit titel, beschreibung und stand an.`,
  }));
}
