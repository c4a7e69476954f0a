/** Jede Quelle trägt eine Aussage: Eine Quelle, die keine Fußnote zitiert, sagt der Leserin nicht, wofür sie steht. */
import { fussnoten, mitSchwere, quellenVon, schwereNachStatus } from './hilfen/belege.ts';
import { melder } from './hilfen/mdx.ts';
import type { MdxRegel } from '../kern/typen.ts';

export const quelleUnzitiert: MdxRegel = {
  name: 'quelle-unzitiert',
  beschreibung:
    'Jede Quelle mit id unter „quellen“ wird im Text mindestens einmal als Fußnote [^id] zitiert; ab „in-abstimmung“ ein Fehler, im Entwurf eine Warnung.',
  pruefe(dokument) {
    const { befunde, melde } = melder(dokument, this.name);
    const quellen = quellenVon(dokument);
    if (!dokument.baum || !quellen) return befunde;
    const zitiert = new Set(fussnoten(dokument.baum).verweise.map((v) => v.label ?? v.identifier));
    for (const q of quellen) {
      // Quellen ohne id meldet „quelle-angaben“.
      if (typeof q.id !== 'string' || zitiert.has(q.id)) continue;
      melde(
        dokument.eintrag.yaml.stelleVon(['quellen', q.index, 'id']),
        `Die Quelle „${typeof q.titel === 'string' ? q.titel : q.id}“ (id „${q.id}“) wird im Text nicht zitiert.`,
        `Setzen Sie „[^${q.id}]“ hinter den Satz, den sie belegt, und am Dokumentende „[^${q.id}]: …“ mit der Fundstelle; belegt sie nichts, entfernen Sie sie aus „quellen“.`,
      );
    }
    return befunde.map((b) => mitSchwere(b, schwereNachStatus(dokument)));
  },
};
