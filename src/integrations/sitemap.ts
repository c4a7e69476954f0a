/**
 * Sitemap mit @astrojs/sitemap (sitemap-index.xml und sitemap-0.xml mit allen
 * gebauten HTML-Seiten außer der Fehlerseite, absolute Adressen aus `site` und
 * `base`). Dazu kommt, was das Paket nicht kennt: `lastmod` je Seite aus der
 * Versionsgeschichte (src/lib/sitemap.ts) und eine Warnung, solange `site` der
 * Platzhalter ist.
 */
import astroSitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { istVorgabeAdresse } from '../config/site.ts';
import { inhaltsOrdner } from '../modell/sammlungen.ts';
import { historie } from '../lib/git.ts';
import { dateienIm, letzteAenderungen, seitenDerDateien } from '../lib/sitemap.ts';

/** Die Integrationen für `integrations` in astro.config.mjs (Astro nimmt auch eine Liste). */
export default function sitemap({ site, base }: { site: string; base: string }): AstroIntegration[] {
  // Einmal je Build: Welche Seite entsteht aus welcher Datei, und wann wurde die zuletzt geändert?
  let zuletzt: Map<string, string> | undefined;
  const lastmod = (adresse: string) => {
    if (!zuletzt) {
      const ordner = inhaltsOrdner();
      const seiten = existsSync(ordner) ? seitenDerDateien(dateienIm(ordner), ordner, base) : [];
      const geschichte = historie();
      zuletzt = letzteAenderungen(seiten, (d) => geschichte.aenderungen(d), site);
    }
    return zuletzt.get(adresse);
  };
  return [
    astroSitemap({
      // Nur das Grundformat: Der Atlas hat keine Nachrichten-, Bild- oder Video-Angaben.
      namespaces: { news: false, xhtml: false, image: false, video: false },
      serialize: (eintrag) => {
        const zeit = lastmod(eintrag.url);
        return zeit ? { ...eintrag, lastmod: zeit } : eintrag;
      },
    }),
    {
      name: 'nachnutzungsatlas:sitemap-hinweis',
      hooks: {
        'astro:build:done': ({ logger }) => {
          if (istVorgabeAdresse(new URL(site).origin)) {
            logger.warn(
              `ATLAS_SITE_URL ist nicht gesetzt: Sitemap, Feed und offene Daten nutzen die Vorgabe-Adresse ${site}. Setzen Sie die öffentliche Adresse für den Betrieb.`,
            );
          }
        },
      },
    },
  ];
}
