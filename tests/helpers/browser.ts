/**
 * Gemeinsamer Rahmen für Browsertests (tests/browser/*.browser.test.ts):
 * findet ein Chromium, startet es mit frischem Profil über playwright-core und
 * serviert dist/ über einen lokalen Server.
 *
 * Ohne Chromium werden Browsertests übersprungen und sagen, wie man eins
 * installiert; mit ATLAS_BROWSER_TESTS=required (CI) schlagen sie stattdessen fehl.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { CHROMIUM_ANLEITUNG as ANLEITUNG, CHROMIUM_ARGS, findeChromium } from '../../werkzeuge/chromium.ts';
import { pruefeDist } from './dist.ts';
import { starteServer, type Server } from './server.ts';

export interface BrowserUmgebung {
  browser: Browser;
  /** Basisadresse des Servers über dist/, ohne Schrägstrich am Ende. */
  basis: string;
  /** Neuer, leerer Kontext (eigene Cookies, eigener Speicher); Tests schließen ihn selbst. */
  kontext(optionen?: BrowserContextOptions): Promise<BrowserContext>;
}

/**
 * Wie `describe`, aber mit Browser und Server. `umgebung()` gibt in Tests den
 * Browser, die Basisadresse und eine Fabrik für neue Kontexte (mit baseURL, so
 * dass `page.goto('/glossar/')` reicht).
 */
export function browserTests(
  titel: string,
  tests: (umgebung: () => BrowserUmgebung) => void,
  /** Eine andere gebaute Website als dist/, z. B. unter einem Pfad (tests/browser/basis-pfad.browser.test.ts). */
  website?: { wurzel: () => string; praefix: string },
): void {
  const pfad = findeChromium();
  if (!pfad) {
    if (process.env.ATLAS_BROWSER_TESTS === 'required') {
      describe(titel, () => {
        it('braucht ein Chromium (ATLAS_BROWSER_TESTS=required)', () => {
          throw new Error(`Kein Chromium gefunden, Browsertests sind hier Pflicht. ${ANLEITUNG}`);
        });
      });
    } else {
      console.warn(`\n⚠ Browsertests übersprungen („${titel}“): kein Chromium gefunden. ${ANLEITUNG}\n`);
      describe.skip(titel, () => tests(() => ({}) as BrowserUmgebung));
    }
    return;
  }

  describe(titel, () => {
    let umgebung: BrowserUmgebung | undefined;
    let server: Server | undefined;

    beforeAll(async () => {
      if (!website) pruefeDist();
      server = website ? await starteServer(website.wurzel(), website.praefix) : await starteServer();
      // playwright startet Chromium mit einem frischen, temporären --user-data-dir und räumt es danach weg.
      const browser = await chromium.launch({ executablePath: pfad, headless: true, args: CHROMIUM_ARGS });
      umgebung = {
        browser,
        basis: server.url,
        kontext: (optionen) =>
          browser.newContext({
            viewport: { width: 1280, height: 900 },
            locale: 'de-DE',
            acceptDownloads: true,
            baseURL: server!.url,
            ...optionen,
          }),
      };
    });

    afterAll(async () => {
      await umgebung?.browser.close();
      await server?.schliessen();
    });

    tests(() => {
      if (!umgebung) throw new Error('Browser nicht gestartet (siehe Fehler in beforeAll).');
      return umgebung;
    });
  });
}
