// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import inhaltePruefen from './src/integrations/inhalte-pruefen.ts';

export default defineConfig({
  // Die Prüfung steht vor MDX, damit kein ungeprüfter Inhalt kompiliert wird.
  integrations: [inhaltePruefen(), mdx()],
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
  },
});
