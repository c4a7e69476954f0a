/** Überschriften: nicht leer, keine Ebene 1, Beginn mit Ebene 2, keine übersprungenen Ebenen. */
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { melder, stelleVon } from './hilfen.ts';
import type { MdxRegel } from './regel.ts';

export const ueberschrift: MdxRegel = {
  name: 'ueberschrift',
  beschreibung: 'Überschriften sind nicht leer, beginnen mit Ebene 2 („## “), überspringen keine Ebene und verwenden nie Ebene 1 (das ist der Titel).',
  pruefe(dokument) {
    const { befunde, melde } = melder(dokument, this.name);
    if (!dokument.baum) return befunde;
    let vorige: number | undefined;
    visit(dokument.baum, 'heading', (knoten) => {
      const stelle = stelleVon(knoten);
      const text = toString(knoten).trim();
      if (!text) melde(stelle, 'Die Überschrift ist leer.', 'Schreiben Sie einen Text hinter die Rauten oder entfernen Sie die Zeile.');
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
    });
    return befunde;
  },
};
