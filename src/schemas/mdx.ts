/**
 * Was Autorinnen und Autoren in MDX schreiben dürfen, an genau einer Stelle.
 * Die Prüfung (npm run pruefen und der Build) lässt nur diese Komponenten und
 * HTML-Elemente mit diesen Attributen zu; CONTRIBUTING.md verweist hierher.
 * Beiträge kommen von außen und MDX ist ausführbarer Code: Alles, was hier
 * nicht steht, ist verboten.
 */
import { DIAGRAMM_KOMPONENTE } from '../config/diagramm.ts';

/** Ein erlaubtes Attribut. Werte sind immer einfache Zeichenketten in Anführungszeichen. */
export interface ErlaubtesAttribut {
  /** Wofür das Attribut da ist, für Hinweise und die Dokumentation. */
  beschreibung: string;
  /** Muss angegeben werden. */
  pflicht?: boolean;
  /** Wenn gesetzt: nur diese Werte. */
  werte?: readonly string[];
}

/** Eine erlaubte Komponente oder ein erlaubtes HTML-Element. */
export interface ErlaubtesElement {
  /** Was das Element zeigt. */
  beschreibung: string;
  attribute: Readonly<Record<string, ErlaubtesAttribut>>;
  /**
   * Wo das Element stehen darf: „text“ im laufenden Text (wird zu einem
   * Inline-Element und darf keine Absätze, Überschriften, Listen enthalten),
   * „block“ nur als eigener Block (wird zu einem Kasten und darf nicht in
   * einem Absatz, Link, einer Überschrift oder Tabellenzelle stehen).
   */
  inhalt: 'text' | 'block';
  /** Ein Beispiel, wie es in MDX aussieht; die Dokumentation und die Hinweise zeigen es. */
  beispiel: string;
}

/** Komponenten, die die Website bereitstellt; Autorinnen importieren sie nicht, sie sind einfach da. */
export const KOMPONENTEN = {
  Hinweis: {
    beschreibung: 'Hervorgehobener Kasten für Informationen, Warnungen oder Beispiele',
    inhalt: 'block',
    attribute: {
      art: { beschreibung: 'Art des Kastens; ohne Angabe „info“', werte: ['info', 'warnung', 'beispiel'] },
      titel: { beschreibung: 'Überschrift des Kastens (optional)' },
    },
    beispiel: '<Hinweis art="warnung" titel="Achtung">\nText des Hinweises.\n</Hinweis>',
  },
  Begriff: {
    inhalt: 'text',
    beschreibung:
      'Fachbegriff mit Verweis ins Glossar; der Text oder das Attribut „begriff“ muss ein Begriff oder Synonym aus content/glossar.yaml sein',
    attribute: {
      begriff: { beschreibung: 'Glossarbegriff, wenn der Text davon abweicht (optional)' },
    },
    beispiel: '<Begriff>FIT-Connect</Begriff> oder <Begriff begriff="Zustellpunkt">Zustellpunkte</Begriff>',
  },
} as const satisfies Record<string, ErlaubtesElement>;

export type KomponentenName = keyof typeof KOMPONENTEN;

/**
 * Jede Komponente, die im HTML eines Dokuments steht: die für Autorinnen und
 * die Diagramm-Komponente, zu der jeder ```mermaid-Block wird. Der Zeichner
 * (src/mdx/mdx-html.ts) setzt für sie Marken, und `mdxKomponenten`
 * (src/user-components/index.ts) muss genau diese Namen haben (der Typ
 * `MdxKomponentenName` erzwingt das).
 */
export const MDX_KOMPONENTEN = [...(Object.keys(KOMPONENTEN) as KomponentenName[]), DIAGRAMM_KOMPONENTE] as const;
export type MdxKomponentenName = KomponentenName | typeof DIAGRAMM_KOMPONENTE;

/**
 * Die wenigen HTML-Elemente, für die es in Markdown keine Schreibweise gibt.
 * Sie tragen keine Attribute außer den genannten; insbesondere kein style,
 * class oder on…, damit nichts Fremdes in Gestaltung oder Verhalten eingreift.
 */
export const HTML_ELEMENTE = {
  br: {
    inhalt: 'text',
    beschreibung: 'Zeilenumbruch innerhalb eines Absatzes oder einer Tabellenzelle',
    attribute: {},
    beispiel: 'Zeile 1<br />Zeile 2',
  },
  sub: { inhalt: 'text', beschreibung: 'Tiefgestellter Text', attribute: {}, beispiel: 'CO<sub>2</sub>' },
  sup: { inhalt: 'text', beschreibung: 'Hochgestellter Text', attribute: {}, beispiel: 'm<sup>2</sup>' },
  kbd: { inhalt: 'text', beschreibung: 'Tastatureingabe', attribute: {}, beispiel: '<kbd>Strg</kbd> + <kbd>F</kbd>' },
  abbr: {
    inhalt: 'text',
    beschreibung: 'Abkürzung mit Langform (für Fachbegriffe besser <Begriff>)',
    attribute: { title: { beschreibung: 'Ausgeschriebene Form', pflicht: true } },
    beispiel: '<abbr title="Amtlicher Gemeindeschlüssel">AGS</abbr>',
  },
} as const satisfies Record<string, ErlaubtesElement>;

/**
 * HTML-Elemente, die Code ausführen, fremde Inhalte einbetten oder Daten
 * absenden können. Sie sind wie alle nicht genannten Elemente verboten; die
 * Prüfung meldet sie mit einer eigenen, deutlicheren Regel.
 */
export const GEFAEHRLICHE_HTML_ELEMENTE: readonly string[] = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'link',
  'meta',
  'base',
  'svg',
  'math',
  'template',
  'portal',
];

/** Adressarten, die Links haben dürfen. Alles andere (javascript:, data:, vbscript:, file: …) ist verboten. */
export const ERLAUBTE_URL_SCHEMATA: readonly string[] = ['https', 'http', 'mailto', 'tel'];

/** Schemata, die Code ausführen oder Inhalte einschleusen; sie werden als Sicherheitsproblem gemeldet. */
export const GEFAEHRLICHE_URL_SCHEMATA: readonly string[] = ['javascript', 'data', 'vbscript'];
