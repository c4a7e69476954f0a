/**
 * Die Komponenten, die Autorinnen und Autoren in MDX verwenden dürfen.
 * src/components/Inhalt.astro setzt sie dort ein, wo das HTML eines Dokuments
 * ihre Marke trägt (src/mdx/mdx-html.ts); importieren müssen
 * (und dürfen) Autoren nichts.
 */
import Diagramm from './Diagramm.astro';
import { DIAGRAMM_KOMPONENTE } from '../config/diagramm.ts';
import type { MdxKomponentenName } from '../schemas/mdx.ts';
import Begriff from './Begriff.astro';
import Hinweis from './Hinweis.astro';

/** Genau die Namen aus MDX_KOMPONENTEN (src/schemas/mdx.ts): eine fehlende oder zusätzliche Komponente ist ein Typfehler. */
export const mdxKomponenten = {
  Begriff,
  Hinweis,
  // Nicht zum direkten Gebrauch: Jeder ```mermaid-Block wird zu <Diagramm> (siehe mermaid-fences.ts).
  [DIAGRAMM_KOMPONENTE]: Diagramm,
} satisfies Record<MdxKomponentenName, unknown>;
