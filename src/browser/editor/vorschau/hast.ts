/**
 * Macht aus dem Syntaxbaum eines Beitrags (mdast, gelesen wie in der Prüfung)
 * einen HTML-Baum (hast) für die Vorschau. MDX wird nie ausgeführt: Die
 * Komponenten der Website und ```mermaid-Blöcke werden zu Platzhaltern
 * (<x-hinweis>, <x-begriff>, <x-diagramm>), die dom.ts durch das Markup der
 * Website ersetzt; Ausdrücke, import/export und nicht erlaubte Elemente
 * entfallen (die Prüfung meldet sie).
 */
import type { Element, ElementContent, Properties } from 'hast';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { t } from '../../../i18n/de.ts';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import { beschrifteKaestchen } from '../../../mdx/aufgabenlisten.ts';
import { istMermaid } from '../../../config/diagramm.ts';
import { HTML_ELEMENTE, KOMPONENTEN } from '../../../schemas/mdx.ts';

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

/** Die Attribute eines JSX-Elements, die Zeichenketten sind und die die Liste erlaubter Elemente nennt. */
function attribute(knoten: Jsx, erlaubt: readonly string[]): Properties {
  const werte: Properties = {};
  for (const a of knoten.attributes) {
    if (a.type === 'mdxJsxAttribute' && erlaubt.includes(a.name) && typeof a.value === 'string')
      werte[a.name] = a.value;
  }
  return werte;
}

const element = (tagName: string, properties: Properties, children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

const jsx: Handler = (state: State, knoten: Jsx) => {
  const name = knoten.name ?? '';
  const kinder = state.all(knoten) as ElementContent[];
  if (name === 'Hinweis' || name === 'Begriff') {
    return element(`x-${name.toLowerCase()}`, attribute(knoten, Object.keys(KOMPONENTEN[name].attribute)), kinder);
  }
  if (name in HTML_ELEMENTE) {
    const erlaubt = HTML_ELEMENTE[name as keyof typeof HTML_ELEMENTE];
    return element(name, attribute(knoten, Object.keys(erlaubt.attribute)), kinder);
  }
  // Alles andere ist in Beiträgen verboten; es erscheint nicht.
  return undefined;
};

const nichts: Handler = () => undefined;

/** ```mermaid wird zum Diagramm; andere Codeblöcke bleiben <pre><code> ohne Hervorhebung. */
const code: Handler = (_state: State, knoten: Extract<RootContent, { type: 'code' }>) =>
  istMermaid(knoten.lang)
    ? element('x-diagramm', { quelle: knoten.value }, [])
    : element('pre', {}, [element('code', {}, [{ type: 'text', value: `${knoten.value}\n` }])]);

/** Aufgabenlisten wie auf der Website: Kästchen und Text in einem <label> (src/mdx/aufgabenlisten.ts). */
function beschrifte(knoten: Element | Root | ElementContent): void {
  if (!('children' in knoten)) return;
  for (const kind of knoten.children as ElementContent[]) {
    if (kind.type !== 'element') continue;
    const klassen = kind.properties.className;
    if (kind.tagName === 'li' && Array.isArray(klassen) && klassen.includes('task-list-item')) {
      const neu = beschrifteKaestchen(kind.children);
      if (neu) kind.children = neu;
    }
    beschrifte(kind);
  }
}

/** Der HTML-Baum zum Text eines Beitrags (ohne Front Matter). */
export function zuHast(baum: Root): Element {
  const ohneKopf: Root = { ...baum, children: baum.children.filter((k) => k.type !== 'yaml') };
  const hast = toHast(ohneKopf, {
    // Fußnoten-IDs mit eigenem Präfix, damit sie nicht mit IDs der Seite zusammenstoßen.
    clobberPrefix: 'vorschau-',
    footnoteLabel: t('editor.vorschau.fussnoten'),
    footnoteBackLabel: (i) => t('editor.vorschau.fussnote.zurueck', { n: i + 1 }),
    handlers: {
      mdxJsxFlowElement: jsx,
      mdxJsxTextElement: jsx,
      mdxFlowExpression: nichts,
      mdxTextExpression: nichts,
      mdxjsEsm: nichts,
      code,
      // Bilder liegen neben der Datei im Repository, nicht im Browser: Die Vorschau nennt nur ihren Alternativtext.
      image: (_state, knoten: Extract<RootContent, { type: 'image' }>) =>
        element('x-bild', { alt: knoten.alt ?? '' }, []),
    },
  });
  const wurzel = element(
    'div',
    {},
    hast.type === 'root' ? (hast.children as ElementContent[]) : [hast as ElementContent],
  );
  beschrifte(wurzel);
  return wurzel;
}
