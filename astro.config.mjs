// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { siteUrl } from './src/config/site.ts';
import { cacheOrdnerFuer } from './src/lib/content/cache-ordner.ts';
import { CSP_DIREKTIVEN, SKRIPT_QUELLEN, STIL_QUELLEN } from './src/lib/csp.ts';
import inhaltePruefen from './src/integrations/inhalte-pruefen.ts';
import { aufgabenlisten } from './src/integrations/aufgabenlisten.ts';
import { mermaidFences } from './src/integrations/mermaid-fences.ts';
import suchindex from './src/integrations/pagefind.ts';
import sitemap from './src/integrations/sitemap.ts';

const inhalte = process.env.ATLAS_CONTENT_DIR;
const cacheDir = inhalte ? cacheOrdnerFuer(inhalte) : undefined;

export default defineConfig({
  ...(cacheDir && { cacheDir }),
  // Öffentliche Adresse aus ATLAS_SITE_URL; ohne Angabe ein Platzhalter (.example), siehe src/config/site.ts.
  site: siteUrl(),
  // Die Prüfung steht vor MDX, damit kein ungeprüfter Inhalt kompiliert wird.
  // Der Suchindex entsteht nach dem Build aus den fertigen Seiten in dist/.
  integrations: [inhaltePruefen(), mdx({ optimize: true }), sitemap(), suchindex()],
  trailingSlash: 'always',
  // Content-Security-Policy als <meta> in jeder Seite; Begründung je Quelle in src/lib/csp.ts.
  // Astros Warnung, Shikis Inline-Stile passten nicht zu CSP, trifft hier nicht zu: style-src erlaubt 'unsafe-inline'.
  security: {
    csp: {
      directives: [...CSP_DIREKTIVEN],
      scriptDirective: { resources: [...SKRIPT_QUELLEN] },
      styleDirective: { resources: [...STIL_QUELLEN] },
    },
  },
  build: { format: 'directory' },
  markdown: {
    // MDX übernimmt den Prozessor: ```mermaid wird zur Diagramm-Komponente.
    // Kästchen in Aufgabenlisten bekommen ihren Text als Beschriftung.
    processor: satteri({ mdastPlugins: [mermaidFences()], hastPlugins: [aufgabenlisten()] }),
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
  },
});
