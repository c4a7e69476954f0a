// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { basisPfad, indexHtmlGewuenscht, siteUrl } from './src/config/site.ts';
import { cacheOrdnerFuer } from './src/pruefung/node/cache-ordner.ts';
import { CSP_DIREKTIVEN, SKRIPT_QUELLEN, STIL_QUELLEN } from './src/lib/csp.ts';
import inhaltePruefen from './src/integrations/inhalte-pruefen.ts';
import { aufgabenlisten } from './src/mdx/aufgabenlisten.ts';
import { basisLinks } from './src/mdx/basis-links.ts';
import { belege, fussnotenOptionen } from './src/mdx/belege.ts';
import { mermaidFences } from './src/user-components/mermaid-fences.ts';
import mermaidDateien from './src/integrations/mermaid-dateien.ts';
import suchindex from './src/integrations/pagefind.ts';
import redaktionHinweis from './src/integrations/redaktion-hinweis.ts';
import sitemap from './src/integrations/sitemap.ts';

const inhalte = process.env.ATLAS_CONTENT_DIR;
const cacheDir = inhalte ? cacheOrdnerFuer(inhalte) : undefined;
const base = basisPfad();
const site = siteUrl();
const indexHtml = indexHtmlGewuenscht();

export default defineConfig({
  ...(cacheDir && { cacheDir }),
  // Öffentliche Adresse aus ATLAS_SITE_URL; ohne Angabe ein Platzhalter (.example), siehe src/config/site.ts.
  site,
  // Pfad unter der Adresse aus ATLAS_BASE_PATH (Standard „/“), z. B. „/atlas/“ für GitHub- oder GitLab-Projektseiten.
  // Seiten bilden Links mit src/modell/urls.ts; Links in Inhalten bekommen den Pfad von basisLinks.
  base,
  // Die Prüfung steht vor MDX, damit kein ungeprüfter Inhalt kompiliert wird.
  // Der Suchindex entsteht nach dem Build aus den fertigen Seiten in dist/.
  integrations: [
    inhaltePruefen(),
    mdx({ optimize: true }),
    sitemap({ site, base }),
    // Mermaid fertig aus dem Paket, nicht von Vite gebündelt (src/config/mermaid-ort.ts).
    mermaidDateien(),
    suchindex({ indexHtml }),
    redaktionHinweis(),
  ],
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
  // Vier Seiten zugleich: Während eine Seite geschrieben wird, rendert die nächste.
  // Bei 1000 Seiten rendert das etwa eine Sekunde schneller (docs/leistung.md).
  build: { format: 'directory', concurrency: 4 },
  // Pfad und ATLAS_INDEX_HTML=1 (Links enden auf index.html, Vorschau in GitLab-Artefakten) für src/modell/urls.ts.
  vite: { define: { __ATLAS_BASIS__: JSON.stringify(base), __ATLAS_INDEX_HTML__: JSON.stringify(indexHtml) } },
  markdown: {
    // MDX übernimmt den Prozessor: ```mermaid wird zur Diagramm-Komponente.
    // Kästchen in Aufgabenlisten bekommen ihren Text als Beschriftung.
    // Fußnoten sind Belege am Satz: deutsche Texte, an jedem Beleg die Quelle (src/mdx/belege.ts).
    // Links mit „/“ am Anfang bekommen den Pfad der Website (nach den Belegen, die selbst Links anlegen).
    processor: satteri({
      mdastPlugins: [mermaidFences()],
      hastPlugins: [aufgabenlisten(), belege(), basisLinks(base, indexHtml)],
      features: { gfm: { footnotes: fussnotenOptionen } },
    }),
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
  },
});
