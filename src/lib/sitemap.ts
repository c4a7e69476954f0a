/** Sitemap (sitemaps.org 0.9) als Text: eine <url> je Adresse, sortiert und ohne Doppelte. */
import { xmlText } from './feed.ts';

export function sitemapXml(adressen: readonly string[]): string {
  const eindeutig = [...new Set(adressen)].sort();
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...eindeutig.map((a) => `  <url><loc>${xmlText(a)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}

/**
 * Welche gebauten Pfade in die Sitemap gehören: HTML-Seiten (Pfad endet auf „/“),
 * nicht die Fehlerseite. `pfade` wie Astro sie in `astro:build:done` nennt, ohne führenden „/“.
 */
export function seitenFuerSitemap(pfade: readonly string[]): string[] {
  return pfade.map((p) => `/${p.replace(/^\/+/, '')}`).filter((p) => p.endsWith('/') && !/^\/404\/?$/.test(p));
}
