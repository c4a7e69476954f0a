/**
 * Pflichtabschnitte je Dokumentart (src/schemas/abschnitte.ts): Jeder steht
 * als „## Überschrift“ da und hat, sobald das Dokument kein Entwurf mehr ist,
 * auch Text darunter.
 */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { knotenDerArt } from './hilfen/baum.ts';
import { BAUSTEIN_ABSCHNITTE, BEITRAG_ABSCHNITTE, KONZEPT_ABSCHNITTE, PLATZHALTER } from '../../schemas/abschnitte.ts';
import { aehnlichster } from '../kern/schema-info.ts';
import type { RohEintrag } from '../kern/typen.ts';
import { nurKommentar } from './ausdruck.ts';
import { imEntwurf, melder, statusVon, stelleVon, type Stelle } from './hilfen/mdx.ts';
import type { MdxRegel } from '../kern/typen.ts';

/** Die Pflichtabschnitte eines Dokuments nach seiner Art. */
export function pflichtAbschnitte(eintrag: RohEintrag): { liste: readonly string[]; wofuer: string } | undefined {
  const art = (eintrag.yaml.daten as { art?: unknown } | undefined)?.art;
  if (eintrag.sammlung === 'querschnitt')
    return { liste: BAUSTEIN_ABSCHNITTE, wofuer: 'Pflicht für Querschnitts-Bausteine' };
  if (eintrag.sammlung === 'konzepte' && typeof art === 'string' && Object.hasOwn(KONZEPT_ABSCHNITTE, art)) {
    return {
      liste: KONZEPT_ABSCHNITTE[art as keyof typeof KONZEPT_ABSCHNITTE],
      wofuer: `Pflicht für Konzepte der Art „${art}“`,
    };
  }
  if (eintrag.sammlung === 'beitraege' && typeof art === 'string' && Object.hasOwn(BEITRAG_ABSCHNITTE, art)) {
    return {
      liste: BEITRAG_ABSCHNITTE[art as keyof typeof BEITRAG_ABSCHNITTE],
      wofuer: `Pflicht für Beiträge der Art „${art}“`,
    };
  }
  return undefined;
}

/** Ist ein Knoten nur ein Kommentar {/* … *\/}? Dann zählt er nicht als Text. */
const istKommentar = (knoten: RootContent) =>
  (knoten.type === 'mdxFlowExpression' || knoten.type === 'mdxTextExpression') && nurKommentar(knoten);

export const abschnitt: MdxRegel = {
  name: 'abschnitt',
  beschreibung:
    'Jeder Pflichtabschnitt der Dokumentart steht als „## Überschrift“ im Text und ist ab dem Status „in-abstimmung“ nicht leer.',
  pruefe(dokument) {
    const { befunde, melde } = melder(dokument, this.name);
    const pflicht = pflichtAbschnitte(dokument.eintrag);
    if (!dokument.baum || !pflicht) return befunde;
    const textStart: Stelle = { zeile: dokument.eintrag.textStartZeile ?? 1, spalte: 1 };
    // Jede Überschrift der Ebene 2 zählt, wo sie auch steht (erste je Text).
    const abschnitte = new Map<string, { stelle: Stelle; inhalt?: RootContent[] }>();
    for (const knoten of knotenDerArt(dokument.baum, 'heading')) {
      const text = toString(knoten).trim();
      if (knoten.depth === 2 && !abschnitte.has(text)) abschnitte.set(text, { stelle: stelleVon(knoten) });
    }
    // Inhalt eines Abschnitts auf oberster Ebene: alles bis zur nächsten Überschrift der Ebene 1 oder 2.
    let aktuell: RootContent[] | undefined;
    for (const knoten of dokument.baum.children) {
      if (knoten.type === 'heading' && knoten.depth <= 2) {
        const eintrag = knoten.depth === 2 ? abschnitte.get(toString(knoten).trim()) : undefined;
        aktuell = eintrag && !eintrag.inhalt ? (eintrag.inhalt = []) : undefined;
      } else aktuell?.push(knoten);
    }
    const vorhanden = [...abschnitte.keys()];
    for (const name of pflicht.liste) {
      const gefunden = abschnitte.get(name);
      if (gefunden) {
        const leer = gefunden.inhalt?.every(istKommentar) ?? false;
        // Steht dort noch der Platzhalter, meldet das die Regel „platzhalter“.
        const mitPlatzhalter = gefunden.inhalt?.some(
          (k) => istKommentar(k) && 'value' in k && k.value.includes(PLATZHALTER),
        );
        if (leer && !mitPlatzhalter && !imEntwurf(dokument)) {
          melde(
            gefunden.stelle,
            `Der Pflichtabschnitt „## ${name}“ ist leer, der Status ist aber „${String(statusVon(dokument))}“.`,
            `Schreiben Sie unter „## ${name}“ den Text des Abschnitts oder setzen Sie „status: entwurf“, solange er noch fehlt.`,
          );
        }
        continue;
      }
      const aehnlich = aehnlichster(name, vorhanden);
      melde(
        aehnlich ? abschnitte.get(aehnlich)!.stelle : textStart,
        `Der Pflichtabschnitt „## ${name}“ fehlt (${pflicht.wofuer}).`,
        aehnlich
          ? `Schreiben Sie die Überschrift „## ${aehnlich}“ genau als „## ${name}“.`
          : `Fügen Sie die Überschrift „## ${name}“ mit Text darunter ein. Pflichtabschnitte: ${pflicht.liste.map((a) => `„${a}“`).join(', ')}.`,
      );
    }
    return befunde;
  },
};
