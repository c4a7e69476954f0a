/** Bilder: Alternativtext, Datei neben dem Dokument, kein fremder Server, kein aktives SVG. */
import { alleKnoten, knotenDerArt } from './hilfen/baum.ts';
import { gefaehrlichesSchema, schemaVon } from '../kern/url.ts';
import { anzeigePfadIm, decodeURIComponentSicher, loese, melder, ordnerVon, stelleVon } from './hilfen/mdx.ts';
import { GRENZEN } from '../kern/grenzen.ts';
import type { BildInfo, MdxRegel } from '../kern/typen.ts';

/** Was ein SVG aktiv macht: Skripte, Ereignis-Attribute, eingebettetes HTML, Verweise außer auf Anker im selben Bild. */
export const SVG_AKTIV = /<script|<foreignObject|\son[a-z]+\s*=|javascript:|(?:xlink:)?href\s*=\s*["'](?!#)|<!ENTITY/i;

/** Dateiendungen und die Formate, die Astro in solchen Dateien erwartet. */
const FORMAT_JE_ENDUNG: Readonly<Record<string, readonly string[]>> = {
  png: ['png'],
  jpg: ['jpg', 'jpeg'],
  jpeg: ['jpg', 'jpeg'],
  gif: ['gif'],
  webp: ['webp'],
  avif: ['avif', 'heif'],
  svg: ['svg'],
};

const mb = (bytes: number) => (bytes / 1_000_000).toLocaleString('de-DE', { maximumFractionDigits: 1 });

/**
 * Was der Build mit der Bilddatei nicht könnte: Er liest sie mit Astros
 * imageMetadata und verarbeitet sie mit sharp. Eine beschädigte Datei, ein
 * Format, das nicht zur Endung passt, oder ein riesiges Bild brächen ihn mit
 * einer englischen Meldung ab, obwohl die Prüfung nichts gefunden hätte.
 */
function pruefeBildInfo(
  adresse: string,
  datei: string,
  info: BildInfo | 'unlesbar' | undefined,
): { meldung: string; hinweis: string } | undefined {
  if (info === undefined) return undefined;
  const neu =
    'Exportieren Sie das Bild im Bildprogramm neu als PNG oder JPEG und legen Sie es wieder neben das Dokument.';
  if (info === 'unlesbar') {
    return {
      meldung: `Die Datei „${adresse}“ lässt sich nicht als Bild lesen; sie ist beschädigt oder gar kein Bild.`,
      hinweis: neu,
    };
  }
  const endung = /\.([a-z]+)$/i.exec(datei)?.[1]?.toLowerCase() ?? '';
  if (!(FORMAT_JE_ENDUNG[endung] ?? []).includes(info.format)) {
    return {
      meldung: `Die Datei „${adresse}“ ist ein ${info.format.toUpperCase()}-Bild, trägt aber die Endung „.${endung}“.`,
      hinweis: `Benennen Sie die Datei passend um (z. B. auf „.${info.format === 'jpeg' ? 'jpg' : info.format}“) oder ${neu.charAt(0).toLowerCase()}${neu.slice(1)}`,
    };
  }
  if (info.bytes > GRENZEN.bildBytes || Math.max(info.breite, info.hoehe) > GRENZEN.bildKante) {
    return {
      meldung: `Das Bild „${adresse}“ ist mit ${info.breite} × ${info.hoehe} Pixeln und ${mb(info.bytes)} MB zu groß (höchstens ${GRENZEN.bildKante.toLocaleString('de-DE')} Pixel je Seite und ${mb(GRENZEN.bildBytes)} MB).`,
      hinweis: 'Verkleinern Sie das Bild im Bildprogramm; für eine Webseite genügen 2.000 Pixel Breite.',
    };
  }
  return undefined;
}

export const bild: MdxRegel = {
  name: 'bild',
  beschreibung:
    'Bilder haben einen Alternativtext und liegen als Datei im Inhaltsordner neben dem Dokument (relativ eingebunden, nicht auf fremden Servern); SVG-Dateien enthalten keine Skripte oder Verweise.',
  pruefe(dokument, kontext) {
    const { befunde, melde } = melder(dokument, this.name);
    if (!dokument.baum) return befunde;
    const ordner = ordnerVon(dokument.eintrag.pfad);
    // Ein Bild über eine Referenz (![Text][name]) zeigt die Adresse seiner Definition ([name]: …): dieselben Prüfungen.
    const definitionen = new Map<string, string>();
    for (const d of knotenDerArt(dokument.baum, 'definition')) {
      if (!definitionen.has(d.identifier.toLowerCase())) definitionen.set(d.identifier.toLowerCase(), d.url);
    }
    for (const knoten of alleKnoten(dokument.baum)) {
      if (knoten.type !== 'image' && knoten.type !== 'imageReference') continue;
      const stelle = stelleVon(knoten);
      if (!knoten.alt?.trim()) {
        melde(
          stelle,
          'Das Bild hat keinen Alternativtext. Wer das Bild nicht sehen kann, erfährt sonst nicht, was es zeigt.',
          'Beschreiben Sie in den eckigen Klammern, was das Bild zeigt: ![Ablauf der Antragstellung in drei Schritten](./ablauf.png).',
        );
      }
      const url = knoten.type === 'image' ? knoten.url : definitionen.get(knoten.identifier.toLowerCase());
      // Ohne Definition ist die Referenz nur Text; das meldet Markdown selbst nicht, die Seite zeigt „![…]“.
      if (url === undefined) continue;
      const adresse = url.trim();
      // Gefährliche Adressen meldet die Regel „unsichere-url“.
      if (gefaehrlichesSchema(adresse)) continue;
      if (schemaVon(adresse) || adresse.startsWith('//')) {
        melde(
          stelle,
          `Das Bild „${adresse}“ liegt auf einem fremden Server. Beim Anzeigen erführe dieser Server, wer die Seite liest, und das Bild kann jederzeit verschwinden.`,
          'Speichern Sie das Bild (mit Erlaubnis der Rechteinhaber) neben dem Dokument und binden Sie es relativ ein: ![Beschreibung](./bild.png).',
        );
        continue;
      }
      if (adresse.startsWith('/')) {
        melde(
          stelle,
          `Der Bildpfad „${adresse}“ beginnt mit „/“; Bilder werden relativ zum Dokument angegeben.`,
          'Legen Sie das Bild neben das Dokument und schreiben Sie ![Beschreibung](./bild.png).',
        );
        continue;
      }
      const datei = loese(ordner, decodeURIComponentSicher(adresse.split(/[?#]/)[0]!));
      if (datei === undefined || !kontext.dateiExistiert(datei)) {
        melde(
          stelle,
          `Die Bilddatei „${adresse}“ gibt es nicht${datei === undefined ? ' im Inhaltsordner' : ''}.`,
          `Legen Sie die Datei unter ${anzeigePfadIm(kontext, datei ?? ordner)} ab oder korrigieren Sie den Dateinamen (Groß- und Kleinschreibung zählt).`,
        );
        continue;
      }
      const befund = pruefeBildInfo(adresse, datei, kontext.bildInfo?.(datei));
      if (befund) {
        melde(stelle, befund.meldung, befund.hinweis);
        continue;
      }
      // SVG ist XML und kann Skripte tragen, die laufen, wenn jemand die Bilddatei direkt öffnet.
      if (/\.svg$/i.test(datei) && SVG_AKTIV.test(kontext.leseText(datei) ?? '')) {
        melde(
          stelle,
          `Die SVG-Datei „${adresse}“ enthält Skripte, Ereignis-Attribute, eingebettetes HTML oder Verweise auf andere Dateien.`,
          'Exportieren Sie das Bild als PNG oder speichern Sie das SVG ohne Skripte und Verweise (z. B. „Einfaches SVG“ bzw. „Plain SVG“).',
        );
      }
    }
    return befunde;
  },
};
