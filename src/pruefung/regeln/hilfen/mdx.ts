/**
 * Kleine Werkzeuge, die mehrere Regeln teilen: Stellen im Quelltext, Auszüge
 * für Meldungen, JSX-Elemente und -Attribute einordnen, Pfade im Inhaltsordner
 * auflösen (ohne node:path, damit die Regeln auch im Browser laufen).
 */
import type { Nodes, Root } from 'mdast';
import type {
  MdxJsxAttribute,
  MdxJsxExpressionAttribute,
  MdxJsxFlowElement,
  MdxJsxTextElement,
} from 'mdast-util-mdx-jsx';
import type { Position } from 'unist';
import { alleKnoten, jeBaum, knotenDerArt } from './baum.ts';
import { GEFAEHRLICHE_HTML_ELEMENTE, HTML_ELEMENTE, KOMPONENTEN } from '../../../schemas/mdx.ts';
import type { Befund } from '../../kern/befund.ts';
import { gefaehrlichesSchema } from '../../kern/url.ts';
import type { MdxDokument, MdxKontext } from '../../kern/typen.ts';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
export interface Stelle {
  zeile: number;
  spalte: number;
}

/** Anfang eines Knotens; ohne Position der Ersatz oder der Dateianfang. */
export const stelleVon = (knoten: { position?: Position | undefined } | undefined, ersatz?: Stelle): Stelle =>
  knoten?.position
    ? { zeile: knoten.position.start.line, spalte: knoten.position.start.column }
    : (ersatz ?? { zeile: 1, spalte: 1 });

/** Kurzer Auszug aus dem Quelltext für Meldungen. */
export function auszug(quelltext: string, knoten: Nodes | MdxJsxAttribute | MdxJsxExpressionAttribute): string {
  const start = knoten.position?.start.offset;
  const ende = knoten.position?.end.offset;
  if (start === undefined || ende === undefined) return '';
  const text = quelltext.slice(start, ende).replace(/\s+/g, ' ').trim();
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Ein Sammler für die Befunde einer Regel in einem Dokument. */
export function melder(
  dokument: MdxDokument,
  regel: string,
): { befunde: Befund[]; melde(stelle: Stelle, meldung: string, hinweis: string): void } {
  const befunde: Befund[] = [];
  return {
    befunde,
    melde: (stelle, meldung, hinweis) =>
      befunde.push({ datei: dokument.eintrag.datei, ...stelle, regel, meldung, hinweis }),
  };
}

/** Der Status aus dem Front Matter, falls es einen gibt. */
export function statusVon(dokument: MdxDokument): unknown {
  return (dokument.eintrag.yaml.daten as { status?: unknown } | undefined)?.status;
}

/** Platzhalter der Vorlage sind nur im Entwurf erlaubt (oder wo es keinen Status gibt). */
export function imEntwurf(dokument: MdxDokument): boolean {
  const status = statusVon(dokument);
  return status === undefined || status === 'entwurf';
}

/** Alle JSX-Elemente des Baums in Dokumentreihenfolge (einmal je Baum, neun Regeln fragen danach). */
export const jsxElemente = jeBaum((baum: Root): readonly JsxElement[] =>
  alleKnoten(baum).filter(
    (knoten): knoten is JsxElement => knoten.type === 'mdxJsxFlowElement' || knoten.type === 'mdxJsxTextElement',
  ),
);

/**
 * Ob ein Attribut schon wegen Code oder einer gefährlichen Adresse gemeldet
 * wird (Regeln „ausdruck“, „ereignis“, „unsichere-url“); die Regeln für
 * erlaubte Attribute melden es dann nicht noch einmal.
 */
export function attributGefaehrlich(attribut: MdxJsxAttribute | MdxJsxExpressionAttribute): boolean {
  if (attribut.type === 'mdxJsxExpressionAttribute') return true;
  if (/^on/i.test(attribut.name)) return true;
  if (attribut.value !== null && typeof attribut.value === 'object') return true;
  return typeof attribut.value === 'string' && gefaehrlichesSchema(attribut.value) !== undefined;
}

export function splitAnker(adresse: string): [string, string | undefined] {
  const i = adresse.indexOf('#');
  return i < 0 ? [adresse, undefined] : [adresse.slice(0, i), adresse.slice(i + 1)];
}

export function decodeURIComponentSicher(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Der Ordner eines Pfades relativ zum Inhaltsordner („beitraege/teststadt“), „“ für oberste Ebene. */
export function ordnerVon(pfad: string): string {
  const i = pfad.lastIndexOf('/');
  return i < 0 ? '' : pfad.slice(0, i);
}

/**
 * Löst einen relativen Pfad gegen einen Ordner im Inhaltsordner auf („./a.png“,
 * „../b/“). Gibt undefined zurück, wenn er aus dem Inhaltsordner hinausführt.
 */
export function loese(ordner: string, relativ: string): string | undefined {
  const teile = ordner ? ordner.split('/') : [];
  for (const teil of relativ.split('/')) {
    if (teil === '' || teil === '.') continue;
    if (teil === '..') {
      if (!teile.length) return undefined;
      teile.pop();
    } else teile.push(teil);
  }
  return teile.join('/');
}

/** Ein Pfad im Inhaltsordner so, wie er in Meldungen steht (mit dem Inhaltsordner davor). */
export function anzeigePfadIm(kontext: MdxKontext, pfad: string): string {
  if (kontext.anzeigeOrdner === '.' || kontext.anzeigeOrdner === '') return pfad || '.';
  return pfad ? `${kontext.anzeigeOrdner}/${pfad}` : kontext.anzeigeOrdner;
}

/** Wie ein JSX-Element eingeordnet wird; jede Art prüft genau eine Regel. */
export type ElementArt = 'fragment' | 'verboten' | 'komponente' | 'html' | 'unbekanntes-html' | 'unbekannte-komponente';

/** Ordnet ein Element ein (eigene Schlüssel, damit „<toString>“ nicht als Komponente gilt). */
export function elementArt(name: string | null): ElementArt {
  if (name === null) return 'fragment';
  if (GEFAEHRLICHE_HTML_ELEMENTE.includes(name.toLowerCase())) return 'verboten';
  if (Object.hasOwn(KOMPONENTEN, name)) return 'komponente';
  if (Object.hasOwn(HTML_ELEMENTE, name)) return 'html';
  if (/^[a-z][a-z0-9-]*$/.test(name)) return 'unbekanntes-html';
  return 'unbekannte-komponente';
}

/**
 * Ob ein erlaubtes Element an seinem Ort stehen darf (ErlaubtesElement.inhalt):
 * Ein Kasten in einem Absatz, Link, einer Überschrift oder Tabellenzelle und
 * ein Inline-Element mit eigenen Absätzen, Überschriften oder Listen ergäben
 * ungültiges HTML (ein <aside> in <p>, ein <h2> in <kbd>), und eine Überschrift
 * darin landete im Inhaltsverzeichnis. Gibt Meldung und Hinweis zurück oder undefined.
 */
export function falscherOrt(
  element: JsxElement,
  inhalt: 'text' | 'block',
  allein: ReadonlySet<JsxElement>,
): { meldung: string; hinweis: string } | undefined {
  const name = element.name ?? '';
  if (inhalt === 'block' && element.type === 'mdxJsxTextElement' && !allein.has(element)) {
    return {
      meldung: `<${name}> ist ein eigener Block und kann nicht im laufenden Text, in einem Link, einer Überschrift oder Tabellenzelle stehen.`,
      hinweis: `Schreiben Sie <${name}> und </${name}> je auf eine eigene Zeile, mit Leerzeilen davor und danach, und den Text dazwischen.`,
    };
  }
  if (inhalt === 'text' && element.type === 'mdxJsxFlowElement' && element.children.length > 0) {
    return {
      meldung: `<${name}> gehört in den laufenden Text und kann keine Absätze, Überschriften, Listen, Zitate oder Tabellen enthalten.`,
      hinweis: `Schreiben Sie <${name}>…</${name}> in die Zeile eines Satzes, ohne Leerzeile dazwischen, z. B. „Drücken Sie <${name}>…</${name}>.“ Überschriften und Listen gehören außerhalb.`,
    };
  }
  return undefined;
}

/**
 * Elemente, die allein in einer Zeile (einem Absatz) stehen, etwa
 * „<Hinweis>Text</Hinweis>“: MDX löst solche Absätze auf, das Element wird ein
 * Block wie mit eigenen Zeilen für Anfang und Ende.
 */
export const alleinImAbsatz = jeBaum((baum: Root): ReadonlySet<JsxElement> => {
  const allein = new Set<JsxElement>();
  for (const absatz of knotenDerArt(baum, 'paragraph')) {
    const inhalt = absatz.children.filter((k) => !(k.type === 'text' && k.value.trim() === ''));
    const [einziges] = inhalt;
    if (inhalt.length === 1 && einziges?.type === 'mdxJsxTextElement') allein.add(einziges);
  }
  return allein;
});
