// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { cacheOrdnerFuer } from './src/lib/content/cache-ordner.ts';
import inhaltePruefen from './src/integrations/inhalte-pruefen.ts';
import { mermaidFences } from './src/integrations/mermaid-fences.ts';
import suchindex from './src/integrations/pagefind.ts';

const inhalte = process.env.ATLAS_CONTENT_DIR;
const cacheDir = inhalte ? cacheOrdnerFuer(inhalte) : undefined;

export default defineConfig({
  ...(cacheDir && { cacheDir }),
  // Die Prüfung steht vor MDX, damit kein ungeprüfter Inhalt kompiliert wird.
  // Der Suchindex entsteht nach dem Build aus den fertigen Seiten in dist/.
  integrations: [inhaltePruefen(), mdx(), suchindex()],
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // MDX übernimmt den Prozessor: ```mermaid wird zur Diagramm-Komponente.
    processor: satteri({ mdastPlugins: [mermaidFences()] }),
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
  },
});
