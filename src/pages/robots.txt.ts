/** robots.txt: alles erlaubt, Verweis auf die Sitemap (absolute Adresse, wie der Standard verlangt). */
import type { APIRoute } from 'astro';
import { absolut, url } from '../modell/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolut(url.sitemap(), site!)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
