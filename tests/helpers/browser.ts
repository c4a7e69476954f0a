/**
 * Browsertests: Chromium aus Debian (playwright-core, kein Browser-Download)
 * und ein kleiner statischer Server für dist/ auf 127.0.0.1.
 *
 * Ohne Chromium werden Browsertests mit einer Meldung übersprungen; mit
 * ATLAS_BROWSER_TESTS=required (CI) schlagen sie stattdessen fehl.
 *
 *   const browser = browserTests();
 *   describe.skipIf(!browser.verfuegbar)(browser.titel('Suche'), () => { … starteBrowser() … starteServer(DIST) … });
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Wo Chromium gesucht wird; ATLAS_CHROMIUM setzt einen eigenen Pfad. */
const KANDIDATEN = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPfad(): string | undefined {
  const eigener = process.env['ATLAS_CHROMIUM'];
  if (eigener) return existsSync(eigener) ? eigener : undefined;
  return KANDIDATEN.find((pfad) => existsSync(pfad));
}

/**
 * Ob Browsertests laufen können. Fehlt Chromium und ATLAS_BROWSER_TESTS ist
 * „required“, wirft der Aufruf: Die Testdatei schlägt dann fehl, statt still
 * übersprungen zu werden.
 */
export function browserTests(): { verfuegbar: boolean; titel(name: string): string } {
  const pfad = chromiumPfad();
  if (!pfad) {
    const grund = `kein Chromium gefunden (gesucht: ${process.env['ATLAS_CHROMIUM'] ?? KANDIDATEN.join(', ')}). Installieren mit „apt-get install -y chromium“ oder Pfad in ATLAS_CHROMIUM angeben.`;
    if (process.env['ATLAS_BROWSER_TESTS'] === 'required') {
      throw new Error(`Browsertests sind verlangt (ATLAS_BROWSER_TESTS=required), aber es gibt ${grund}`);
    }
    console.warn(`Browsertests übersprungen: ${grund}`);
    return { verfuegbar: false, titel: (name) => `${name} (übersprungen: ${grund})` };
  }
  return { verfuegbar: true, titel: (name) => name };
}

export interface Browser {
  kontext: BrowserContext;
  schliessen(): Promise<void>;
}

/** Startet Chromium ohne Fenster mit frischem Profil (wird beim Schließen gelöscht). */
export async function starteBrowser(): Promise<Browser> {
  const executablePath = chromiumPfad();
  if (!executablePath) throw new Error('Kein Chromium gefunden; prüfen Sie vorher browserTests().verfuegbar.');
  const profil = mkdtempSync(join(tmpdir(), 'atlas-chromium-'));
  const kontext = await chromium.launchPersistentContext(profil, {
    executablePath,
    headless: true,
    locale: 'de-DE',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  return {
    kontext,
    async schliessen() {
      await kontext.close();
      rmSync(profil, { recursive: true, force: true });
    },
  };
}

const TYPEN: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

export interface Server {
  /** Basisadresse ohne Schrägstrich am Ende, z. B. http://127.0.0.1:41234 */
  adresse: string;
  schliessen(): Promise<void>;
}

/**
 * Liefert einen Ordner aus wie ein einfacher Webserver: /pfad/ → pfad/index.html,
 * Unbekanntes → 404.html mit Status 404. Nur auf 127.0.0.1, freier Port.
 */
export async function starteServer(ordner: string): Promise<Server> {
  const wurzel = normalize(ordner + sep);
  const server = createServer(async (anfrage, antwort) => {
    const pfad = decodeURIComponent(new URL(anfrage.url ?? '/', 'http://127.0.0.1').pathname);
    let datei = normalize(join(wurzel, pfad.endsWith('/') ? `${pfad}index.html` : pfad));
    if (!datei.startsWith(wurzel)) datei = join(wurzel, '404.html');
    try {
      if ((await stat(datei)).isDirectory()) datei = join(datei, 'index.html');
      const inhalt = await readFile(datei);
      antwort.writeHead(200, { 'content-type': TYPEN[extname(datei)] ?? 'application/octet-stream' });
      antwort.end(inhalt);
    } catch {
      const fehlt = await readFile(join(wurzel, '404.html')).catch(() => Buffer.from('404'));
      antwort.writeHead(404, { 'content-type': TYPEN['.html']! });
      antwort.end(fehlt);
    }
  });
  await new Promise<void>((fertig) => server.listen(0, '127.0.0.1', fertig));
  const { port } = server.address() as AddressInfo;
  return {
    adresse: `http://127.0.0.1:${port}`,
    schliessen: () => new Promise<void>((fertig, fehler) => server.close((e) => (e ? fehler(e) : fertig()))),
  };
}
