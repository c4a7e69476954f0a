/**
 * Liest Diagramme im Browser mit dem Mermaid, das die Website ohnehin zum
 * Zeichnen lädt (nur auf Seiten mit Diagrammen oder diesem Editor), und merkt
 * sich das Ergebnis je Quelltext: Beim Tippen in einem anderen Abschnitt wird
 * kein Diagramm neu gelesen.
 */
import type { DiagrammErgebnis } from '../../pruefung/kern/typen.ts';
import { liesDiagramm } from '../../pruefung/treiber/mermaid-lesen.ts';
import { ladeMermaid } from '../mermaid-laden.ts';

const ergebnisse = new Map<string, Promise<DiagrammErgebnis>>();

export function liesImBrowser(code: string): Promise<DiagrammErgebnis> {
  let ergebnis = ergebnisse.get(code);
  if (!ergebnis) {
    ergebnis = ladeMermaid().then((mermaid) => liesDiagramm(mermaid, code));
    ergebnisse.set(code, ergebnis);
    // Nicht unbegrenzt wachsen: Beim Tippen entstehen viele Zwischenstände.
    if (ergebnisse.size > 200) ergebnisse.delete(ergebnisse.keys().next().value!);
  }
  return ergebnis;
}
