/**
 * Kleiner statischer Server über dist/ für Browsertests: nur 127.0.0.1, ein
 * freier Port, Verzeichnisse liefern ihre index.html, Unbekanntes die 404.html.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { DIST } from './dist.ts';

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

export interface Server {
  /** Basisadresse ohne Schrägstrich am Ende, z. B. http://127.0.0.1:41234 */
  url: string;
  schliessen(): Promise<void>;
}

async function datei(wurzel: string, adresse: string): Promise<string | undefined> {
  const pfad = normalize(join(wurzel, decodeURIComponent(adresse.split(/[?#]/)[0]!)));
  if (pfad !== wurzel && !pfad.startsWith(wurzel + sep)) return undefined;
  for (const kandidat of [pfad, join(pfad, 'index.html')]) {
    const info = await stat(kandidat).catch(() => undefined);
    if (info?.isFile()) return kandidat;
  }
  return undefined;
}

/** Startet den Server über `wurzel` (Standard: dist/) auf einem freien Port. */
export async function starteServer(wurzel: string = DIST): Promise<Server> {
  const server = createServer(async (anfrage, antwort) => {
    const gefunden = await datei(wurzel, anfrage.url ?? '/');
    const pfad = gefunden ?? join(wurzel, '404.html');
    const inhalt = await readFile(pfad).catch(() => Buffer.from('Nicht gefunden'));
    antwort.writeHead(gefunden ? 200 : 404, {
      'content-type': TYPEN[extname(pfad)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
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
