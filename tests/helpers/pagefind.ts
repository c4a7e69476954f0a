/**
 * Lädt die JS-API von Pagefind aus dist/pagefind/pagefind.js in Node, wie der
 * Browser sie lädt: `fetch` liest die Dateien des Index aus dist/. Rangfolge
 * wie auf der Suchseite, Adressen wie auf der Website („/leistungen/…/“).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RANGFOLGE, type PagefindSuche } from '../../src/lib/suche/abfrage.ts';
import type { Suchhilfen } from '../../src/lib/suche/suchhilfen.ts';
import { DIST, pruefeDist } from './dist.ts';

interface PagefindModul extends PagefindSuche {
  options(optionen: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

/** Ersetzt `fetch` durch Lesen aus dist/: Pagefind fragt Adressen wie file:///…/dist/pagefind/… oder /pagefind/…. */
function fetchAusDist(): void {
  const wurzel = pathToFileURL(DIST).pathname;
  globalThis.fetch = (async (eingabe: string | URL | Request) => {
    const adresse = new URL(eingabe instanceof Request ? eingabe.url : String(eingabe), 'file:///');
    let pfad = decodeURIComponent(adresse.pathname);
    if (pfad.startsWith(wurzel)) pfad = pfad.slice(wurzel.length);
    try {
      return new Response(await readFile(join(DIST, pfad)));
    } catch {
      return new Response(null, { status: 404 });
    }
  }) as typeof fetch;
}

let geladen: Promise<PagefindModul> | undefined;

/** Die Suche über den gebauten Index; einmal je Testdatei geladen. */
export function ladePagefind(): Promise<PagefindModul> {
  return (geladen ??= (async () => {
    pruefeDist();
    fetchAusDist();
    const modul = (await import(pathToFileURL(join(DIST, 'pagefind', 'pagefind.js')).href)) as PagefindModul;
    await modul.options({ baseUrl: '/', ranking: RANGFOLGE });
    await modul.init();
    return modul;
  })());
}

/** Wortschatz und Frageformen des Builds (dist/suche/suchhilfen.json), wie die Suchseite sie lädt. */
export async function ladeSuchhilfen(): Promise<Suchhilfen> {
  pruefeDist();
  return JSON.parse(await readFile(join(DIST, 'suche', 'suchhilfen.json'), 'utf8')) as Suchhilfen;
}
