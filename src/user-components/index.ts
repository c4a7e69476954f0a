/**
 * Die Komponenten, die Autorinnen und Autoren in MDX verwenden dürfen.
 * src/components/Inhalt.astro setzt sie dort ein, wo das HTML eines Dokuments
 * ihren Platzhalter trägt (src/mdx/mdx-html.ts); importieren müssen
 * (und dürfen) Autoren nichts.
 */
import Diagramm from './Diagramm.astro';
import { DIAGRAMM_KOMPONENTE } from '../config/diagramm.ts';
import Begriff from './Begriff.astro';
import Hinweis from './Hinweis.astro';

export const mdxKomponenten = {
  Begriff,
  Hinweis,
  // Nicht zum direkten Gebrauch: Jeder ```mermaid-Block wird zu <Diagramm> (siehe mermaid-fences.ts).
  [DIAGRAMM_KOMPONENTE]: Diagramm,
};
