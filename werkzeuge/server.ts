/**
 * Statischer Server über einen Ordner (meist dist/): nur 127.0.0.1, freier
 * Port, Verzeichnisse liefern ihre index.html, Unbekanntes die 404.html.
 *
 * `produktion: true` verhält sich wie ein ordentlich eingerichteter Webserver
 * (gzip, lange Cache-Zeiten für die unveränderlichen Dateien unter /_astro/):
 * So misst Lighthouse, was Leserinnen und Leser erleben. Ohne (Browsertests)
 * wird nichts zwischengespeichert, damit jeder Test jede Anfrage sieht.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPEN: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
};
const KOMPRIMIERBAR = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt']);

export interface Server {
  /** Basisadresse ohne Schrägstrich am Ende, z. B. http://127.0.0.1:41234 */
  url: string;
  schliessen(): Promise<void>;
}

async function finde(wurzel: string, adresse: string): Promise<string | undefined> {
  const pfad = normalize(join(wurzel, decodeURIComponent(adresse.split(/[?#]/)[0]!)));
  if (pfad !== wurzel && !pfad.startsWith(wurzel + sep)) return undefined;
  for (const kandidat of [pfad, join(pfad, 'index.html')]) {
    if ((await stat(kandidat).catch(() => undefined))?.isFile()) return kandidat;
  }
  return undefined;
}

/**
 * `kopfzeilen` sendet der Server mit jeder Antwort, etwa die Sicherheits-Kopfzeilen
 * aus src/lib/csp.ts, damit Browsertests unter denselben Regeln laufen wie der Betrieb.
 * `praefix` (z. B. „/atlas/“) serviert den Ordner unter diesem Pfad, wie GitHub
 * oder GitLab Pages eine Projektseite; alles außerhalb ist „nicht gefunden“.
 */
export async function starteStatischenServer(
  wurzel: string,
  { produktion = false, kopfzeilen = {} as Readonly<Record<string, string>>, praefix = '/' } = {},
): Promise<Server> {
  const server = createServer(async (anfrage, antwort) => {
    const adresse = anfrage.url ?? '/';
    const gefunden = adresse.startsWith(praefix) ? await finde(wurzel, `/${adresse.slice(praefix.length)}`) : undefined;
    const pfad = gefunden ?? join(wurzel, '404.html');
    let inhalt = await readFile(pfad).catch(() => Buffer.from('Nicht gefunden'));
    const endung = extname(pfad);
    const kopf: Record<string, string> = { ...kopfzeilen, 'content-type': TYPEN[endung] ?? 'application/octet-stream' };
    if (!produktion) kopf['cache-control'] = 'no-store';
    else {
      const unveraenderlich = adresse.startsWith(`${praefix}_astro/`);
      kopf['cache-control'] = unveraenderlich ? 'public, max-age=31536000, immutable' : 'no-cache';
      if (KOMPRIMIERBAR.has(endung) && /\bgzip\b/.test(String(anfrage.headers['accept-encoding']))) {
        inhalt = gzipSync(inhalt);
        kopf['content-encoding'] = 'gzip';
      }
    }
    antwort.writeHead(gefunden ? 200 : 404, kopf);
    antwort.end(inhalt);
  });
  await new Promise<void>((fertig) => server.listen(0, '127.0.0.1', fertig));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    schliessen: () =>
      new Promise<void>((fertig, fehler) => {
        server.closeAllConnections();
        server.close((e) => (e ? fehler(e) : fertig()));
      }),
  };
}
