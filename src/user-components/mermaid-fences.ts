/**
 * Sätteri-Plugin (mdast): macht aus jedem ```mermaid-Block in MDX ein
 * `<Diagramm quelle="…" zeile={n} />`. Die Komponente kommt über
 * `mdxKomponenten` (src/user-components/index.ts) in die Seite; nur Seiten, die
 * sie rendern, laden so den Diagramm-Code.
 *
 * In reinem Markdown (ohne JSX) bleibt der Block ein Codeblock.
 */
import type { MdastPluginDefinition, MdxJsxFlowElement } from 'satteri';
import { DIAGRAMM_KOMPONENTE, istMermaid } from '../config/diagramm.ts';

// Name der Komponente und was ein Diagramm ist, teilen Plugin, Komponenten und Prüfung (src/config/diagramm.ts).
export { DIAGRAMM_KOMPONENTE, istMermaid };

/**
 * Der JSX-Knoten, der einen Mermaid-Block ersetzt. `zeile` ist die Zeile der
 * öffnenden ```-Zeile in der Datei (1-basiert), damit Meldungen im Browser auf
 * die Stelle im Inhalt zeigen.
 */
export function diagrammKnoten(quelle: string, zeile?: number): MdxJsxFlowElement {
  const attribute: MdxJsxFlowElement['attributes'] = [{ type: 'mdxJsxAttribute', name: 'quelle', value: quelle }];
  if (zeile !== undefined) {
    attribute.push({
      type: 'mdxJsxAttribute',
      name: 'zeile',
      value: { type: 'mdxJsxAttributeValueExpression', value: String(zeile) },
    });
  }
  return { type: 'mdxJsxFlowElement', name: DIAGRAMM_KOMPONENTE, attributes: attribute, children: [] };
}

/** Das Plugin für `satteri({ mdastPlugins: [mermaidFences()] })`. */
export function mermaidFences(): MdastPluginDefinition {
  return {
    name: 'nachnutzungsatlas:mermaid-fences',
    options: { position: true },
    code(node, ctx) {
      if (ctx.sourceFormat !== 'mdx' || !istMermaid(node.lang)) return;
      ctx.replaceNode(node, diagrammKnoten(node.value, node.position?.start.line));
    },
  };
}
