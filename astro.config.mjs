// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import inhaltePruefen from './src/integrations/inhalte-pruefen.ts';
import { mermaidFences } from './src/integrations/mermaid-fences.ts';

export default defineConfig({
  // Die Prüfung steht vor MDX, damit kein ungeprüfter Inhalt kompiliert wird.
  integrations: [inhaltePruefen(), mdx()],
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // MDX übernimmt den Prozessor: ```mermaid wird zur Diagramm-Komponente.
    processor: satteri({ mdastPlugins: [mermaidFences()] }),
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
  },
});
