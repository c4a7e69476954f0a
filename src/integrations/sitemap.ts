/**
 * Schreibt nach dem Build dist/sitemap.xml mit allen gebauten HTML-Seiten
 * (absolute Adressen aus `site`). Warnt, solange `site` der Platzhalter ist.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { istPlatzhalter } from '../config/site.ts';
import { seitenFuerSitemap, sitemapXml } from '../lib/sitemap.ts';
import { absolut } from '../lib/urls.ts';

export default function sitemap(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'nachnutzungsatlas:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!site) throw new Error('Die Sitemap braucht die Adresse der Website (site in astro.config.mjs).');
        if (istPlatzhalter(new URL(site).origin)) {
          logger.warn(
            `ATLAS_SITE_URL ist nicht gesetzt: Sitemap, Feed und offene Daten nutzen den Platzhalter ${site}. Setzen Sie die öffentliche Adresse für den Betrieb.`,
          );
        }
        const adressen = seitenFuerSitemap(pages.map((p) => p.pathname)).map((p) => absolut(p, site!));
        try {
          await writeFile(new URL('sitemap.xml', dir), sitemapXml(adressen));
        } catch (fehler) {
          throw new Error('Die Sitemap konnte nicht geschrieben werden.', { cause: fehler });
        }
        logger.info(`sitemap.xml mit ${adressen.length} Seiten geschrieben.`);
      },
    },
  };
}
