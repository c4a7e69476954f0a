/**
 * Was ein Diagramm ist und wie seine Komponente heißt. Das Sätteri-Plugin
 * (src/user-components/mermaid-fences.ts), die Komponenten für MDX
 * (src/user-components/index.ts) und die Inhaltsprüfung teilen das; es steht
 * hier, damit keiner dafür einen anderen importiert.
 */

/** Name der Komponente, zu der jeder ```mermaid-Block wird; muss in `mdxKomponenten` stehen. */
export const DIAGRAMM_KOMPONENTE = 'Diagramm';

/** Ob ein Codeblock mit dieser Sprache ein Mermaid-Diagramm ist. */
export function istMermaid(lang: string | null | undefined): boolean {
  return lang?.toLowerCase() === 'mermaid';
}
