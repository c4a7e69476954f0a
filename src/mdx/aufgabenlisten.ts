/**
 * Sätteri-Plugin (hast): Aufgabenlisten (`- [ ] …`, `- [x] …`) werden zu
 * Kästchen mit Beschriftung. GFM schreibt nur ein <input type="checkbox"
 * disabled> vor den Text; ein Screenreader sagt dann „Kontrollkästchen“ ohne
 * zu sagen, wofür (WCAG 1.3.1, 4.1.2; axe-Regel „label“). Hier kommen Kästchen
 * und Text in ein gemeinsames <label>.
 */
import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition } from 'satteri';

/** Elemente, die eine Zeile beenden: Was danach kommt (z. B. eine Unterliste), gehört nicht mehr zur Beschriftung. */
const BLOCK = new Set(['ul', 'ol', 'p', 'div', 'pre', 'blockquote', 'table', 'figure']);

const istKaestchen = (k: ElementContent): k is Element =>
  k.type === 'element' && k.tagName === 'input' && k.properties?.type === 'checkbox';

/**
 * Fasst das Kästchen und den Text dahinter bis zum ersten Block in ein <label>.
 * Gibt undefined zurück, wenn die Kinder kein Kästchen enthalten.
 */
export function beschrifteKaestchen(kinder: readonly ElementContent[]): ElementContent[] | undefined {
  const start = kinder.findIndex(istKaestchen);
  if (start < 0) {
    // Lose Listen: Kästchen und Text stehen im ersten Absatz.
    const absatz = kinder.findIndex((k) => k.type === 'element' && k.tagName === 'p');
    const p = kinder[absatz];
    if (!p || p.type !== 'element') return undefined;
    const innen = beschrifteKaestchen(p.children);
    return innen && kinder.with(absatz, { ...p, children: innen });
  }
  const ende = kinder.findIndex((k, i) => i > start && k.type === 'element' && BLOCK.has(k.tagName));
  const bis = ende < 0 ? kinder.length : ende;
  const label: Element = { type: 'element', tagName: 'label', properties: {}, children: kinder.slice(start, bis) };
  return [...kinder.slice(0, start), label, ...kinder.slice(bis)];
}

/** Das Plugin für `satteri({ hastPlugins: [aufgabenlisten()] })`. */
export function aufgabenlisten(): HastPluginDefinition {
  return {
    name: 'nachnutzungsatlas:aufgabenlisten',
    element: {
      filter: ['li'],
      visit(node) {
        const klassen = node.properties?.className;
        if (!Array.isArray(klassen) || !klassen.includes('task-list-item')) return;
        const kinder = beschrifteKaestchen(node.children);
        return kinder ? { ...node, children: kinder } : undefined;
      },
    },
  };
}
