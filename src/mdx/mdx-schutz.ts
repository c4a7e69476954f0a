/**
 * Sätteri-Plugin (mdast) für den Zeichner (mdx-html.ts): Gürtel zum
 * Hosenträger der Prüfung. MDX ist Code; der Zeichner übersetzt den Text zu
 * JavaScript und führt es aus. Die Prüfung lässt nur die sichere Teilmenge zu,
 * aber eine künftige Lücke in ihr (wie die im Front Matter, Issue 20) darf
 * nicht zu ausgeführtem Code im Build werden. Darum lehnt der Zeichner selbst
 * ab, was ausgeführt würde oder nicht erlaubt ist, und zwar an dem Baum, den
 * er gleich übersetzt:
 *
 * - `import`/`export` (mdxjsEsm) und `{…}`-Ausdrücke außer reinen Kommentaren,
 * - Elemente, die nicht in src/schemas/mdx.ts stehen,
 * - Attribute mit Ausdrücken, `{...verteilt}` und Attribute, die dort nicht stehen,
 * - Adressen in Links, Bildern und Linkdefinitionen mit einem Schema außer
 *   http(s), mailto und tel (javascript:, data: … in jeder Schreibweise),
 * - rohes HTML, das MDX als solches stehen ließe.
 *
 * Einzige Ausnahme: das Diagramm, das mermaid-fences.ts selbst aus einem
 * ```mermaid-Block macht (Attribut `zeile` als Ganzzahl).
 */
import type { MdastPluginDefinition, MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import { DIAGRAMM_KOMPONENTE } from '../config/diagramm.ts';
import { schemaVon } from '../pruefung/kern/url.ts';
import { ERLAUBTE_URL_SCHEMATA, HTML_ELEMENTE, KOMPONENTEN, type ErlaubtesElement } from '../schemas/mdx.ts';

/** Was der Zeichner an Elementen durchlässt: dieselbe Liste wie die Prüfung, dazu das Diagramm. */
const ERLAUBT: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...Object.entries({ ...KOMPONENTEN, ...HTML_ELEMENTE } as Record<string, ErlaubtesElement>).map(
    ([name, e]) => [name, new Set(Object.keys(e.attribute))] as const,
  ),
  [DIAGRAMM_KOMPONENTE, new Set(['quelle', 'zeile'])],
]);

/** Ein Fehler des Zeichners: deutsch, mit Datei und Zeile, ohne Stacktrace im Protokoll (siehe mdx-html.ts). */
export class UnsicheresMdx extends Error {
  readonly zeile: number;
  constructor(zeile: number, meldung: string) {
    super(meldung);
    this.name = 'UnsicheresMdx';
    this.zeile = zeile;
  }
}

const zeileVon = (knoten: { position?: { start: { line: number } } | undefined }) => knoten.position?.start.line ?? 1;

/** Wirft, wenn ein Element oder eines seiner Attribute nicht erlaubt ist. */
function pruefeElement(knoten: MdxJsxFlowElement | MdxJsxTextElement): void {
  const name = knoten.name ?? '';
  const attribute = ERLAUBT.get(name);
  if (!attribute) throw new UnsicheresMdx(zeileVon(knoten), `Das Element <${name || '>'}> ist nicht erlaubt.`);
  for (const attribut of knoten.attributes) {
    if (attribut.type !== 'mdxJsxAttribute') {
      throw new UnsicheresMdx(zeileVon(knoten), `<${name}> enthält einen Ausdruck {…} statt Attributen.`);
    }
    if (!attribute.has(attribut.name)) {
      throw new UnsicheresMdx(zeileVon(knoten), `Das Attribut „${attribut.name}“ an <${name}> ist nicht erlaubt.`);
    }
    const wert = attribut.value;
    const diagrammZeile =
      name === DIAGRAMM_KOMPONENTE &&
      attribut.name === 'zeile' &&
      typeof wert === 'object' &&
      /^\d+$/.test(wert?.value ?? '');
    if (wert !== null && wert !== undefined && typeof wert !== 'string' && !diagrammZeile) {
      throw new UnsicheresMdx(
        zeileVon(knoten),
        `Das Attribut „${attribut.name}“ an <${name}> enthält einen Ausdruck {…}.`,
      );
    }
  }
}

/**
 * Ob ein Ausdruck nur aus Kommentaren besteht ({/* … *\/}, wie die Vorlagen sie
 * als Platzhalter nutzen). Ein eigener kleiner Leser statt eines regulären
 * Ausdrucks: Ein Zeilenkommentar endet in JavaScript auch an U+2028/U+2029,
 * und was danach steht, liefe.
 */
export function nurKommentare(code: string): boolean {
  let i = 0;
  while (i < code.length) {
    if (/\s/.test(code[i]!)) i++;
    else if (code.startsWith('/*', i)) {
      const ende = code.indexOf('*/', i + 2);
      if (ende < 0) return false;
      i = ende + 2;
    } else if (code.startsWith('//', i)) {
      const rest = code.slice(i).search(/[\n\r\u2028\u2029]/);
      if (rest < 0) return true;
      i += rest;
    } else return false;
  }
  return true;
}

const ausdruck = (art: string) => (knoten: { value: string; position?: { start: { line: number } } | undefined }) => {
  if (nurKommentare(knoten.value)) return;
  throw new UnsicheresMdx(zeileVon(knoten), `Der Text enthält ${art}; Inhalte dürfen keinen Code enthalten.`);
};

/** Wirft bei einer Adresse mit nicht erlaubtem Schema. */
function pruefeAdresse(knoten: { url: string; position?: { start: { line: number } } | undefined }): void {
  const schema = schemaVon(knoten.url);
  if (schema !== undefined && !ERLAUBTE_URL_SCHEMATA.includes(schema)) {
    throw new UnsicheresMdx(
      zeileVon(knoten),
      `Die Adresse beginnt mit „${schema}:“; erlaubt sind nur ${ERLAUBTE_URL_SCHEMATA.join(', ')}.`,
    );
  }
}

/** Das Plugin; es steht im Zeichner vor allen anderen. */
export function mdxSchutz(): MdastPluginDefinition {
  return {
    name: 'nachnutzungsatlas:mdx-schutz',
    options: { position: true },
    mdxjsEsm: (knoten) => {
      throw new UnsicheresMdx(
        zeileVon(knoten),
        'Der Text enthält „import“ oder „export“; Inhalte dürfen keinen Code enthalten.',
      );
    },
    mdxFlowExpression: ausdruck('einen Ausdruck in geschweiften Klammern {…}'),
    mdxTextExpression: ausdruck('einen Ausdruck in geschweiften Klammern {…}'),
    mdxJsxFlowElement: pruefeElement,
    mdxJsxTextElement: pruefeElement,
    link: pruefeAdresse,
    image: pruefeAdresse,
    definition: pruefeAdresse,
    html: (knoten) => {
      throw new UnsicheresMdx(
        zeileVon(knoten),
        'Der Text enthält rohes HTML; erlaubt sind nur die Elemente aus CONTRIBUTING.md.',
      );
    },
  };
}
