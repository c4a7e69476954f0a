/** Das Zeichen einer Fußnote ist die Kennung einer Quelle: Nur so zeigt der Beleg Titel, Art und Abrufdatum. */
import { aehnlichster } from '../kern/schema-info.ts';
import { belegArt, fussnoten, kennung, quellenVon } from './hilfen/belege.ts';
import { melder, stelleVon } from './hilfen/mdx.ts';
import type { MdxRegel } from '../kern/typen.ts';

export const fussnoteOhneQuelle: MdxRegel = {
  name: 'fussnote-ohne-quelle',
  beschreibung: 'Jedes Fußnotenzeichen [^kennung] ist die id einer Quelle unter „quellen“ im Front Matter.',
  pruefe(dokument) {
    const { befunde, melde } = melder(dokument, this.name);
    // Leistungsseiten und feste Seiten haben kein Feld „quellen“; die Definition nennt dort ihre Quelle selbst.
    // Konzepte, Bausteine und Beiträge ohne „quellen“ prüft die Regel wie mit leerer Liste (Issue 20).
    const braucht = ['dokument', 'beitrag'].includes(belegArt(dokument));
    const quellen = quellenVon(dokument) ?? (braucht ? [] : undefined);
    if (!dokument.baum || !quellen) return befunde;
    const ids = quellen.map((q) => q.id).filter((id): id is string => typeof id === 'string');
    const { verweise, definitionen } = fussnoten(dokument.baum);
    const gemeldet = new Set<string>();
    for (const knoten of [...definitionen, ...verweise]) {
      const k = kennung(knoten);
      if (ids.includes(k) || gemeldet.has(k)) continue;
      gemeldet.add(k);
      const vorschlag = aehnlichster(k, ids);
      melde(
        stelleVon(knoten),
        `Die Fußnote „[^${k}]“ nennt keine Quelle: Unter „quellen“ hat keine Quelle die id „${k}“.`,
        vorschlag
          ? `Meinten Sie „[^${vorschlag}]“? Sonst tragen Sie die Quelle unter „quellen“ mit „id: ${k}“, titel, url, art und abgerufen ein.`
          : `Tragen Sie die Quelle unter „quellen“ ein: „- id: ${k}“, darunter titel, url, art und abgerufen (JJJJ-MM-TT).`,
      );
    }
    return befunde;
  },
};
