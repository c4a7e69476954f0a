/** Bilder: Alternativtext, Datei neben dem Dokument, kein fremder Server, kein aktives SVG. */
import { visit } from 'unist-util-visit';
import { gefaehrlichesSchema, schemaVon } from '../url.ts';
import { anzeigePfadIm, decodeURIComponentSicher, loese, melder, ordnerVon, stelleVon } from './hilfen.ts';
import type { MdxRegel } from './regel.ts';

/** Was ein SVG aktiv macht: Skripte, Ereignis-Attribute, eingebettetes HTML, Verweise außer auf Anker im selben Bild. */
export const SVG_AKTIV = /<script|<foreignObject|\son[a-z]+\s*=|javascript:|(?:xlink:)?href\s*=\s*["'](?!#)|<!ENTITY/i;

export const bild: MdxRegel = {
  name: 'bild',
  beschreibung:
    'Bilder haben einen Alternativtext und liegen als Datei im Inhaltsordner neben dem Dokument (relativ eingebunden, nicht auf fremden Servern); SVG-Dateien enthalten keine Skripte oder Verweise.',
  pruefe(dokument, kontext) {
    const { befunde, melde } = melder(dokument, this.name);
    if (!dokument.baum) return befunde;
    const ordner = ordnerVon(dokument.eintrag.pfad);
    visit(dokument.baum, (knoten) => {
      if (knoten.type === 'imageReference') {
        if (!knoten.alt?.trim()) {
          melde(stelleVon(knoten), 'Das Bild hat keinen Alternativtext.', 'Beschreiben Sie in den eckigen Klammern, was das Bild zeigt.');
        }
        return;
      }
      if (knoten.type !== 'image') return;
      const stelle = stelleVon(knoten);
      if (!knoten.alt?.trim()) {
        melde(
          stelle,
          'Das Bild hat keinen Alternativtext. Wer das Bild nicht sehen kann, erfährt sonst nicht, was es zeigt.',
          'Beschreiben Sie in den eckigen Klammern, was das Bild zeigt: ![Ablauf der Antragstellung in drei Schritten](./ablauf.png).',
        );
      }
      const adresse = knoten.url.trim();
      // Gefährliche Adressen meldet die Regel „unsichere-url“.
      if (gefaehrlichesSchema(adresse)) return;
      if (schemaVon(adresse) || adresse.startsWith('//')) {
        melde(
          stelle,
          `Das Bild „${adresse}“ liegt auf einem fremden Server. Beim Anzeigen erführe dieser Server, wer die Seite liest, und das Bild kann jederzeit verschwinden.`,
          'Speichern Sie das Bild (mit Erlaubnis der Rechteinhaber) neben dem Dokument und binden Sie es relativ ein: ![Beschreibung](./bild.png).',
        );
        return;
      }
      if (adresse.startsWith('/')) {
        melde(
          stelle,
          `Der Bildpfad „${adresse}“ beginnt mit „/“; Bilder werden relativ zum Dokument angegeben.`,
          'Legen Sie das Bild neben das Dokument und schreiben Sie ![Beschreibung](./bild.png).',
        );
        return;
      }
      const datei = loese(ordner, decodeURIComponentSicher(adresse.split(/[?#]/)[0]!));
      if (datei === undefined || !kontext.dateiExistiert(datei)) {
        melde(
          stelle,
          `Die Bilddatei „${adresse}“ gibt es nicht${datei === undefined ? ' im Inhaltsordner' : ''}.`,
          `Legen Sie die Datei unter ${anzeigePfadIm(kontext, datei ?? ordner)} ab oder korrigieren Sie den Dateinamen (Groß- und Kleinschreibung zählt).`,
        );
        return;
      }
      // SVG ist XML und kann Skripte tragen, die laufen, wenn jemand die Bilddatei direkt öffnet.
      if (/\.svg$/i.test(datei) && SVG_AKTIV.test(kontext.leseText(datei) ?? '')) {
        melde(
          stelle,
          `Die SVG-Datei „${adresse}“ enthält Skripte, Ereignis-Attribute, eingebettetes HTML oder Verweise auf andere Dateien.`,
          'Exportieren Sie das Bild als PNG oder speichern Sie das SVG ohne Skripte und Verweise (z. B. „Einfaches SVG“ bzw. „Plain SVG“).',
        );
      }
    });
    return befunde;
  },
};
