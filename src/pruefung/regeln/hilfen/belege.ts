/**
 * Was die Regeln für Belege am Satz teilen (norm-ohne-beleg, fussnote-*,
 * quelle-*): welche Dokumente Belege brauchen, wie streng je Status, Normen
 * im Text erkennen, Fußnoten und Quellen eines Dokuments sammeln.
 *
 * Die Form steht in CONTRIBUTING.md („Quellen und Belege“): Jede Quelle im
 * Front Matter hat `id`, `art` und `abgerufen`; der Satz zitiert sie mit der
 * Fußnote `[^id]`, am Dokumentende steht `[^id]: was in der Quelle steht`.
 */
import type { FootnoteDefinition, FootnoteReference, Nodes, Root, Text } from 'mdast';
import { alleKnoten, jeBaum } from './baum.ts';
import type { Befund } from '../../kern/befund.ts';
import { statusVon, stelleVon, type Stelle } from './mdx.ts';
import type { MdxDokument } from '../../kern/typen.ts';

export type Schwere = 'fehler' | 'warnung';

/**
 * Welche Art Dokument: Konzepte, Bausteine und Beiträge haben Status und
 * Quellen; Leistungsseiten (Hubs) haben beides nicht; feste Seiten (Impressum,
 * Datenschutz) sind Erklärungen des Betreibers selbst und brauchen keine Belege.
 */
export type BelegArt = 'dokument' | 'beitrag' | 'hub' | 'keine';

export function belegArt(dokument: MdxDokument): BelegArt {
  switch (dokument.eintrag.sammlung) {
    case 'konzepte':
    case 'querschnitt':
      return 'dokument';
    case 'beitraege':
      return 'beitrag';
    case 'leistungen':
      return 'hub';
    default:
      return 'keine';
  }
}

/** Ab „in-abstimmung“ ein Fehler, im Entwurf eine Warnung; ohne Status (Hubs) ist die Seite veröffentlicht: Fehler. */
export function schwereNachStatus(dokument: MdxDokument): Schwere {
  const status = statusVon(dokument);
  return status === 'entwurf' ? 'warnung' : 'fehler';
}

/** Befund mit Schwere; Fehler tragen keine Angabe (fehlend heißt Fehler, siehe befund.ts). */
export function mitSchwere(befund: Befund, schwere: Schwere): Befund {
  return schwere === 'warnung' ? { ...befund, schwere } : befund;
}

/**
 * Muster für Normen: Paragraf (§, §§), Artikel mit Nummer („Art. 26 DSGVO“,
 * „Art.-26-Vereinbarung“), Absatz mit Nummer, Beschluss- und
 * Entscheidungsnummern („Beschluss 2024/13“), Verordnungen als Wort
 * („Gewerbeanzeigeverordnung“, „eIDAS-Verordnung“) oder Abkürzung
 * („GewAnzV“, „MeldDÜV“, „SDG-VO“, „DSGVO“). Das bloße Wort „Verordnung“
 * und „Rechtsverordnung“ sind keine bestimmte Norm.
 */
const NORM =
  /§|\bArt\.[\s\u00a0-]*\d|\bAbs\.[\s\u00a0]*\d|\b(?:Beschluss|Beschlusses|Beschlüsse|Entscheidung)[\s\u00a0]+(?:Nr\.[\s\u00a0]*)?\d{4}\/\d+|(?<![\p{L}\d-])(?!Rechtsverordnung)[\p{L}\d][\p{L}\d-]*[Vv]erordnung\b|(?<![\p{L}\d])\p{Lu}\p{L}*\p{Ll}\p{L}*VO?(?![\p{L}\d])|(?<![\p{L}\d])[\p{L}\d]+-VO(?![\p{L}\d])|(?<![\p{L}\d])DS-?GVO(?![\p{L}\d])/u;

/** Die erste Norm in einem Text mit einem kurzen Auszug („§ 8a Abs. 4 OZG“), sonst undefined. */
export function findeNorm(text: string): { index: number; auszug: string } | undefined {
  const treffer = NORM.exec(text);
  if (!treffer) return undefined;
  const rest = text.slice(treffer.index, treffer.index + 40);
  // Bis zum Satz-, Teilsatz- oder Klammerende, höchstens 40 Zeichen; „Art. 26“, „Abs. 4“, „ff. “ enden keinen Satz.
  const ende = rest.search(/[;()]|,\s|(?<!\bff?)\.\s+(?=\p{Lu})|\.$|\n/u);
  const auszug = (ende > 0 ? rest.slice(0, ende) : rest).trim();
  const ganz = ende > 0 || treffer.index + 40 >= text.length;
  return { index: treffer.index, auszug: ganz ? auszug : `${auszug}…` };
}

/** Fußnote im Text als Zeichen, das remark-gfm ohne Definition als gewöhnlichen Text stehen lässt: „[^kennung]“. */
export const FUSSNOTE_ALS_TEXT = /\[\^([^\]\s]+)\]/g;

/** Die Kennung einer Fußnote, wie die Autorin sie schrieb. */
export const kennung = (k: FootnoteReference | FootnoteDefinition) => k.label ?? k.identifier;

export interface Fussnoten {
  verweise: FootnoteReference[];
  definitionen: FootnoteDefinition[];
  /** „[^x]“ als Text: Verweise ohne Definition (remark-gfm macht sie nicht zu Fußnoten). */
  alsText: { kennung: string; stelle: Stelle }[];
}

/** Stelle eines Treffers in einem Textknoten: Zeile und Spalte des Zeichens an `index`. */
export function stelleIn(knoten: Text, index: number): Stelle {
  const start = stelleVon(knoten);
  const davor = knoten.value.slice(0, index).split('\n');
  return davor.length === 1
    ? { zeile: start.zeile, spalte: start.spalte + index }
    : { zeile: start.zeile + davor.length - 1, spalte: davor.at(-1)!.length + 1 };
}

/** Alle Fußnoten eines Dokuments (einmal je Baum, vier Regeln fragen danach). */
export const fussnoten = jeBaum((baum: Root): Fussnoten => {
  const ergebnis: Fussnoten = { verweise: [], definitionen: [], alsText: [] };
  for (const knoten of alleKnoten(baum)) {
    if (knoten.type === 'footnoteReference') ergebnis.verweise.push(knoten);
    else if (knoten.type === 'footnoteDefinition') ergebnis.definitionen.push(knoten);
    else if (knoten.type === 'text') {
      for (const m of knoten.value.matchAll(FUSSNOTE_ALS_TEXT)) {
        ergebnis.alsText.push({ kennung: m[1]!, stelle: stelleIn(knoten, m.index) });
      }
    }
  }
  return ergebnis;
});

export interface QuelleImKopf {
  index: number;
  id?: unknown;
  titel?: unknown;
  abgerufen?: unknown;
}

/** Die Quellen aus dem Front Matter (wie geschrieben, noch nicht gegen das Schema geprüft); undefined ohne Feld „quellen“. */
export function quellenVon(dokument: MdxDokument): QuelleImKopf[] | undefined {
  const quellen = (dokument.eintrag.yaml.daten as { quellen?: unknown } | undefined)?.quellen;
  if (!Array.isArray(quellen)) return undefined;
  return quellen.map((q: unknown, index) => (q && typeof q === 'object' ? { ...(q as object), index } : { index }));
}

/** Ein Block, in dem eine Norm ihren Beleg tragen muss: Absatz, Listenpunkt (ohne Unterlisten) oder Tabellenzelle. */
export interface Block {
  knoten: Nodes;
  /** Textknoten des Blocks (ohne Code), in Reihenfolge. */
  texte: Text[];
  hatFussnote: boolean;
  hatLink: boolean;
}

/**
 * Zerlegt den Text in Blöcke. Fußnotendefinitionen zählen nicht: Sie nennen
 * die Fundstelle („§ 8a Abs. 4 OZG“) und sind selbst der Beleg. Überschriften
 * und Code ebenso nicht.
 */
export function bloecke(baum: Root): Block[] {
  const liste: Block[] = [];
  const sammle = (knoten: Nodes, block: Block) => {
    if (knoten.type === 'text') block.texte.push(knoten);
    if (knoten.type === 'footnoteReference') block.hatFussnote = true;
    if (knoten.type === 'link' || knoten.type === 'linkReference') block.hatLink = true;
    if (knoten.type === 'code' || knoten.type === 'inlineCode' || knoten.type === 'footnoteDefinition') return;
    if ('children' in knoten) for (const kind of knoten.children as Nodes[]) sammle(kind, block);
  };
  const neu = (knoten: Nodes): Block => ({ knoten, texte: [], hatFussnote: false, hatLink: false });
  const gehe = (knoten: Nodes) => {
    switch (knoten.type) {
      case 'footnoteDefinition':
      case 'heading':
      case 'code':
      case 'yaml':
        return;
      case 'listItem': {
        const block = neu(knoten);
        for (const kind of knoten.children) {
          if (kind.type === 'list') continue;
          sammle(kind, block);
        }
        liste.push(block);
        for (const kind of knoten.children) if (kind.type === 'list') gehe(kind);
        return;
      }
      case 'tableCell':
      case 'paragraph': {
        const block = neu(knoten);
        sammle(knoten, block);
        liste.push(block);
        return;
      }
    }
    if ('children' in knoten) for (const kind of knoten.children as Nodes[]) gehe(kind);
  };
  gehe(baum);
  return liste;
}
