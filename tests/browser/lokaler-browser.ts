/**
 * Übergangslösung, bis der gemeinsame Browser-Rahmen (tests/helpers/browser.ts
 * aus dem Zweig mermaid) in main ist: gleiche Schnittstelle `browserTests`,
 * damit danach nur der Import wechselt und diese Datei entfällt.
 *
 * Startet Debians Chromium über playwright-core mit frischem Profil und
 * serviert dist/ über einen lokalen Server. Ohne Chromium: übersprungen mit
 * Hinweis; mit ATLAS_BROWSER_TESTS=required (CI) ein Fehler.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { DIST, pruefeDist } from '../helpers/dist.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
const TYPEN: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
};

export interface BrowserUmgebung {
  browser: Browser;
  basis: string;
  kontext(optionen?: BrowserContextOptions): Promise<BrowserContext>;
}

async function starteServer(): Promise<{ url: string; server: Server }> {
  const server = createServer(async (anfrage, antwort) => {
    const pfad = normalize(join(DIST, decodeURIComponent((anfrage.url ?? '/').split(/[?#]/)[0]!)));
    let datei: string | undefined;
    if (pfad.startsWith(DIST + sep) || pfad === DIST) {
      for (const k of [pfad, join(pfad, 'index.html')])
        if ((await stat(k).catch(() => undefined))?.isFile()) datei ??= k;
    }
    antwort.writeHead(datei ? 200 : 404, { 'content-type': TYPEN[extname(datei ?? '')] ?? 'application/octet-stream' });
    antwort.end(datei ? await readFile(datei) : 'Nicht gefunden');
  });
  await new Promise<void>((fertig) => server.listen(0, '127.0.0.1', fertig));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** Wie `describe`, mit Browser und Server über dist/. */
export function browserTests(titel: string, tests: (umgebung: () => BrowserUmgebung) => void): void {
  if (!existsSync(CHROMIUM)) {
    const hinweis = `Kein Chromium unter ${CHROMIUM} (Debian: „apt-get install chromium“, oder CHROMIUM_PATH setzen).`;
    if (process.env.ATLAS_BROWSER_TESTS === 'required') {
      describe(titel, () =>
        it('braucht ein Chromium (ATLAS_BROWSER_TESTS=required)', () => {
          throw new Error(hinweis);
        }),
      );
    } else {
      console.warn(`\n⚠ Browsertests übersprungen („${titel}“): ${hinweis}\n`);
      describe.skip(titel, () => tests(() => ({}) as BrowserUmgebung));
    }
    return;
  }
  describe(titel, () => {
    let umgebung: BrowserUmgebung | undefined;
    let server: Server | undefined;
    beforeAll(async () => {
      pruefeDist();
      const gestartet = await starteServer();
      server = gestartet.server;
      // playwright legt für jeden Start ein frisches, temporäres Profil (--user-data-dir) an.
      const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
      umgebung = {
        browser,
        basis: gestartet.url,
        kontext: (optionen) =>
          browser.newContext({
            viewport: { width: 1280, height: 900 },
            locale: 'de-DE',
            baseURL: gestartet.url,
            ...optionen,
          }),
      };
    });
    afterAll(async () => {
      await umgebung?.browser.close();
      server?.closeAllConnections();
      await new Promise((fertig) => server?.close(fertig) ?? fertig(undefined));
    });
    tests(() => {
      if (!umgebung) throw new Error('Browser nicht gestartet (siehe Fehler in beforeAll).');
      return umgebung;
    });
  });
}
