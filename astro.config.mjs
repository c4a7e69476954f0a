// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import inhaltePruefen from './src/integrations/inhalte-pruefen.ts';
import suchindex from './src/integrations/pagefind.ts';

export default defineConfig({
  // Die Prüfung steht vor MDX, damit kein ungeprüfter Inhalt kompiliert wird.
  // Der Suchindex entsteht nach dem Build aus den fertigen Seiten in dist/.
  integrations: [inhaltePruefen(), mdx(), suchindex()],
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
  },
});
