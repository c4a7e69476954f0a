/**
 * Baut aus dem HTML-Baum der Vorschau (hast.ts) DOM-Knoten, Element für
 * Element nach einer Liste erlaubter Tags und Attribute. Text der Autorin wird
 * nur als Textknoten eingesetzt, nie als HTML: Was nicht auf der Liste steht,
 * entfällt (Tags) oder bleibt weg (Attribute). Die Platzhalter <x-hinweis>,
 * <x-begriff> und <x-diagramm> ersetzt `komponenten` durch das Markup der Website.
 */
import type { Element, ElementContent } from 'hast';
import { ERLAUBTE_URL_SCHEMATA } from '../../../schemas/mdx.ts';
import { schemaVon } from '../../../pruefung/kern/url.ts';
import { mitBasis } from '../../../modell/basis.ts';

/** Erlaubte Tags mit ihren erlaubten Attributen (hast-Namen). */
const ERLAUBT: Record<string, readonly string[]> = {
  p: [],
  h1: [],
  h2: ['id'],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  a: ['href', 'id', 'ariaDescribedBy', 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaLabel'],
  strong: [],
  em: [],
  del: [],
  code: [],
  pre: [],
  blockquote: [],
  ul: ['className'],
  ol: [],
  li: ['id', 'className'],
  label: [],
  input: ['type', 'checked', 'disabled'],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ['align'],
  td: ['align'],
  hr: [],
  br: [],
  sub: [],
  sup: [],
  kbd: [],
  abbr: ['title'],
  section: ['className', 'dataFootnotes'],
  span: [],
};

/** Klassen, die die Vorschau braucht (Aufgabenlisten, Fußnoten); alle anderen fallen weg. */
const KLASSEN = new Set(['contains-task-list', 'task-list-item', 'footnotes', 'sr-only']);

/** HTML-Namen der hast-Eigenschaften. */
const NAMEN: Record<string, string> = {
  className: 'class',
  ariaDescribedBy: 'aria-describedby',
  ariaLabel: 'aria-label',
  dataFootnoteRef: 'data-footnote-ref',
  dataFootnoteBackref: 'data-footnote-backref',
  dataFootnotes: 'data-footnotes',
};

/** Ob ein Link in der Vorschau klickbar sein darf: Seiten des Atlas, Anker und die erlaubten Adressarten. */
export function sichererLink(adresse: string): boolean {
  const schema = schemaVon(adresse.trim());
  if (schema) return ERLAUBTE_URL_SCHEMATA.includes(schema);
  return adresse.startsWith('/') ? !adresse.startsWith('//') : adresse.startsWith('#');
}

function attributwert(name: string, wert: unknown): string | undefined {
  if (wert === undefined || wert === null || wert === false) return undefined;
  if (wert === true) return '';
  if (Array.isArray(wert)) {
    const teile = name === 'className' ? wert.map(String).filter((k) => KLASSEN.has(k)) : wert.map(String);
    return teile.length ? teile.join(' ') : undefined;
  }
  return String(wert);
}

/** Ersetzt Platzhalter durch Komponenten; `kinder` sind die schon gebauten Kinder. */
export type Komponenten = (platzhalter: Element, kinder: Node[]) => Node | undefined;

/** Baut einen hast-Knoten als DOM. */
export function zuDom(
  knoten: ElementContent,
  komponenten: Komponenten,
  dokument: Document = document,
): Node | undefined {
  if (knoten.type === 'text') return dokument.createTextNode(knoten.value);
  if (knoten.type !== 'element') return undefined;
  const kinder = knoten.children.flatMap((k) => zuDom(k, komponenten, dokument) ?? []);
  if (knoten.tagName.startsWith('x-')) return komponenten(knoten, kinder);
  const erlaubt = ERLAUBT[knoten.tagName];
  if (!erlaubt) {
    // Ein unbekanntes Tag verschwindet, sein Text bleibt lesbar.
    const rest = dokument.createDocumentFragment();
    rest.append(...kinder);
    return rest;
  }
  const el = dokument.createElement(knoten.tagName);
  for (const [name, wert] of Object.entries(knoten.properties)) {
    if (!erlaubt.includes(name)) continue;
    const text = attributwert(name, wert);
    if (text === undefined) continue;
    if (name === 'href' && !sichererLink(text)) continue;
    if (name === 'type' && text !== 'checkbox') continue;
    // Links mit „/“ am Anfang bekommen wie beim Build den Pfad der Website (src/mdx/basis-links.ts).
    el.setAttribute(NAMEN[name] ?? name, name === 'href' || name === 'src' ? mitBasis(text) : text);
  }
  el.append(...kinder);
  return el;
}
