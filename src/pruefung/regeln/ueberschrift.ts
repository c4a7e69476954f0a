/** Überschriften: nicht leer, keine Ebene 1, Beginn mit Ebene 2, keine übersprungenen Ebenen, kein Anker der Seite. */
import { slug as ankerVon } from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { knotenDerArt } from './hilfen/baum.ts';
import { melder, stelleVon } from './hilfen/mdx.ts';
import type { MdxRegel } from '../kern/typen.ts';

/**
 * Anker, die Seitenrahmen und Komponenten selbst vergeben (id="…" in
 * src/layouts, src/components und den Seiten, die MDX zeigen). Nähme eine Überschrift einen davon,
 * sprängen „Zum Inhalt“, Navigation oder Belege an ihre Stelle; ein Test
 * hält die Liste mit den Dateien gleich. Fußnoten tragen das Präfix „beleg-“.
 */
export const RESERVIERTE_ANKER: ReadonlySet<string> = new Set(
  (
    'aenderungen beitraege kostenkasten dossier--inhalt dossier--titel dossier-dokumente hauptnavigation inhalt konzepte ' +
    'kopf-suche matrix-beschriftung piloten pruef-tabelle quellen-titel steckbrief-titel steckbrief-umsetzung ' +
    'suche-treffer-vorlage toc-titel vergleich vergleich-beschriftung'
  ).split(' '),
);
const RESERVIERTES_PRAEFIX = /^(?:beleg-|user-content-|dossier-)/;

export const ueberschrift: MdxRegel = {
  name: 'ueberschrift',
  beschreibung:
    'Überschriften sind nicht leer, beginnen mit Ebene 2 („## “), überspringen keine Ebene, verwenden nie Ebene 1 (das ist der Titel) und ergeben keinen Anker, den die Seite selbst braucht.',
  pruefe(dokument) {
    const { befunde, melde } = melder(dokument, this.name);
    if (!dokument.baum) return befunde;
    let vorige: number | undefined;
    for (const knoten of knotenDerArt(dokument.baum, 'heading')) {
      const stelle = stelleVon(knoten);
      const text = toString(knoten).trim();
      if (!text)
        melde(
          stelle,
          'Die Überschrift ist leer.',
          'Schreiben Sie einen Text hinter die Rauten oder entfernen Sie die Zeile.',
        );
      const anker = ankerVon(text);
      if (text && (RESERVIERTE_ANKER.has(anker) || RESERVIERTES_PRAEFIX.test(anker))) {
        melde(
          stelle,
          `Die Überschrift „${text}“ ergäbe den Anker „#${anker}“, den die Seite selbst für Navigation oder Belege braucht; Links sprängen an die falsche Stelle.`,
          'Formulieren Sie die Überschrift etwas anders, z. B. mit einem weiteren Wort.',
        );
      }
      if (knoten.depth === 1) {
        melde(
          stelle,
          'Überschriften der Ebene 1 („# …“) sind im Text nicht erlaubt: Der Titel aus dem Front Matter ist die Hauptüberschrift der Seite.',
          'Beginnen Sie Abschnitte mit „## “; den Seitentitel ändern Sie im Feld „titel“.',
        );
      } else if (vorige === undefined && knoten.depth > 2) {
        melde(
          stelle,
          `Die erste Überschrift hat Ebene ${knoten.depth} („${'#'.repeat(knoten.depth)} “); der Text beginnt mit Ebene 2.`,
          `Schreiben Sie „## ${text}“.`,
        );
      } else if (vorige !== undefined && knoten.depth > vorige + 1) {
        melde(
          stelle,
          `Die Überschrift springt von Ebene ${vorige} auf Ebene ${knoten.depth}; Screenreader und Inhaltsverzeichnis brauchen lückenlose Ebenen.`,
          `Schreiben Sie „${'#'.repeat(vorige + 1)} ${text}“ oder fügen Sie eine Überschrift der Ebene ${vorige + 1} davor ein.`,
        );
      }
      vorige = knoten.depth;
    }
    return befunde;
  },
};
