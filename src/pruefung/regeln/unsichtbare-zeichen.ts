/**
 * Unsichtbare Zeichen und Steuerzeichen der Schreibrichtung im Text einer
 * MDX-Datei: im Fließtext, in Linktexten und -adressen, Bildern, Attributen,
 * Code und Kommentaren. Gesucht wird im Quelltext (genaue Stelle) und im
 * gelesenen Baum, wo eine Zeichenreferenz wie „&#x202E;“ ein solches Zeichen
 * erst erzeugt. Das Front Matter prüft pruefen.ts mit denselben Funktionen.
 */
import type { Nodes } from 'mdast';
import { alleKnoten } from './hilfen/baum.ts';
import type { Befund } from '../kern/befund.ts';
import {
  findeUnsichtbareZeichen,
  HOECHSTENS_FUNDE,
  stellenImText,
  umgebung,
  weitereFunde,
  zeichenArt,
  zeichenGefahr,
  zeichenHinweis,
  zeichenText,
  type ZeichenFund,
} from '../kern/taeuschung.ts';
import { jsxElemente, stelleVon } from './hilfen/mdx.ts';
import type { MdxRegel } from '../kern/typen.ts';

export const unsichtbareZeichen: MdxRegel = {
  name: 'unsichtbare-zeichen',
  beschreibung:
    'Keine unsichtbaren Zeichen (Leerzeichen ohne Breite, Füllzeichen, Tag-Zeichen), Steuerzeichen der Schreibrichtung (U+202E …) oder Zeilentrenner im Text, in Links, Adressen und Attributen.',
  pruefe(dokument) {
    const { eintrag } = dokument;
    const befunde: Befund[] = [];
    const text = eintrag.text;
    if (text === undefined || !dokument.baum) return befunde;
    const melde = (stelle: { zeile: number; spalte: number }, f: ZeichenFund, wie: string) =>
      befunde.push({
        datei: eintrag.datei,
        ...stelle,
        regel: this.name,
        meldung: `Hier steht ${wie}: ${zeichenText(f)}. ${zeichenGefahr(f)}`,
        hinweis: zeichenHinweis(f),
        ...(f.schwere === 'warnung' ? { schwere: 'warnung' as const } : {}),
      });

    // 1. Was wörtlich im Text steht, mit genauer Zeile und Spalte.
    const funde = findeUnsichtbareZeichen(text);
    const stelleAn = stellenImText(text, eintrag.textStartZeile ?? 1);
    for (const f of funde.slice(0, HOECHSTENS_FUNDE))
      melde(stelleAn(f.index), f, `${zeichenArt(f)} ${umgebung(text, f.index)}`);
    if (funde.length > HOECHSTENS_FUNDE) {
      befunde.push({
        datei: eintrag.datei,
        ...stelleAn(funde[HOECHSTENS_FUNDE]!.index),
        regel: this.name,
        ...weitereFunde(funde.length - HOECHSTENS_FUNDE),
      });
      return befunde;
    }

    // 2. Was erst eine Zeichenreferenz („&#x202E;“, „&#8203;“) erzeugt: steht nicht wörtlich im Quelltext des Knotens.
    const quelltext = eintrag.quelltext;
    const versteckt = (wert: string | null | undefined, knoten: { position?: Nodes['position'] }, wo: string) => {
      if (!wert) return;
      if (befunde.length >= HOECHSTENS_FUNDE) return;
      const funde = findeUnsichtbareZeichen(wert);
      if (!funde.length) return;
      const start = knoten.position?.start.offset;
      const ende = knoten.position?.end.offset;
      const roh = start !== undefined && ende !== undefined ? quelltext.slice(start, ende) : '';
      const gesehen = new Set<number>();
      for (const f of funde) {
        if (roh.includes(String.fromCodePoint(f.codepunkt)) || gesehen.has(f.codepunkt)) continue;
        gesehen.add(f.codepunkt);
        melde(stelleVon(knoten), f, `${wo} eine Zeichenreferenz (&#…;) für ${zeichenArt(f)}`);
      }
    };
    for (const knoten of alleKnoten(dokument.baum)) {
      if (knoten.type === 'text') versteckt(knoten.value, knoten, 'im Text');
      else if (knoten.type === 'link' || knoten.type === 'definition') {
        versteckt(knoten.url, knoten, 'in der Adresse');
        versteckt(knoten.title, knoten, 'im Titel des Links');
      } else if (knoten.type === 'image') {
        versteckt(knoten.url, knoten, 'in der Bildadresse');
        versteckt(knoten.alt, knoten, 'im Alternativtext');
        versteckt(knoten.title, knoten, 'im Titel des Bildes');
      }
    }
    for (const element of jsxElemente(dokument.baum)) {
      for (const attribut of element.attributes) {
        if (attribut.type === 'mdxJsxAttribute' && typeof attribut.value === 'string') {
          versteckt(attribut.value, attribut.position ? attribut : element, `im Attribut „${attribut.name}“`);
        }
      }
    }
    return befunde;
  },
};
