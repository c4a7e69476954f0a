/**
 * Browsertests in Firefox ESR, dem Browser vieler Verwaltungen. playwright-core
 * kann Debians Firefox nicht steuern; puppeteer-core kann es über WebDriver
 * BiDi. Wie bei Chromium (browser.ts): Ohne Firefox werden die Tests
 * übersprungen und sagen, wie man es installiert; mit
 * ATLAS_BROWSER_TESTS=required (CI) schlagen sie stattdessen fehl.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { pruefeDist } from './dist.ts';
import { starteServer, type Server } from './server.ts';

const KANDIDATEN = [
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/lib/firefox/firefox',
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
];

export const FIREFOX_ANLEITUNG =
  'Installieren Sie Firefox ESR (Debian/Ubuntu: „apt-get install firefox-esr“) oder setzen Sie FIREFOX_PATH auf ein Firefox.';

/** Pfad zu einem Firefox: FIREFOX_PATH oder ein üblicher Ort; undefined, wenn keins da ist. */
export function findeFirefox(env: Record<string, string | undefined> = process.env): string | undefined {
  if (env.FIREFOX_PATH) return existsSync(env.FIREFOX_PATH) ? env.FIREFOX_PATH : undefined;
  return KANDIDATEN.find((pfad) => existsSync(pfad));
}

export interface FirefoxUmgebung {
  browser: Browser;
  /** Basisadresse des Servers über dist/, ohne Schrägstrich am Ende. */
  basis: string;
  /** Ordner, in den Firefox Downloads ohne Nachfrage speichert. */
  downloads: string;
}

/** Wie `describe`, aber mit Firefox und einem Server über dist/. */
export function firefoxTests(titel: string, tests: (umgebung: () => FirefoxUmgebung) => void): void {
  const pfad = findeFirefox();
  if (!pfad) {
    if (process.env.ATLAS_BROWSER_TESTS === 'required') {
      describe(titel, () => {
        it('braucht ein Firefox (ATLAS_BROWSER_TESTS=required)', () => {
          throw new Error(`Kein Firefox gefunden, Browsertests sind hier Pflicht. ${FIREFOX_ANLEITUNG}`);
        });
      });
    } else {
      console.warn(`\n⚠ Browsertests übersprungen („${titel}“): kein Firefox gefunden. ${FIREFOX_ANLEITUNG}\n`);
      describe.skip(titel, () => tests(() => ({}) as FirefoxUmgebung));
    }
    return;
  }

  describe(titel, () => {
    let umgebung: FirefoxUmgebung | undefined;
    let server: Server | undefined;

    beforeAll(async () => {
      pruefeDist();
      server = await starteServer();
      const downloads = mkdtempSync(join(tmpdir(), 'atlas-firefox-downloads-'));
      // puppeteer legt ein frisches Profil an; diese Einstellungen speichern Downloads ohne Dialog
      // und halten Firefox von Anfragen im Hintergrund ab (Updates, Telemetrie, Erweiterungen).
      const browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: pfad,
        headless: true,
        extraPrefsFirefox: {
          'browser.download.folderList': 2,
          'browser.download.dir': downloads,
          'browser.download.useDownloadDir': true,
          'browser.download.always_ask_before_handling_new_types': false,
          'browser.helperApps.neverAsk.saveToDisk': 'text/markdown,application/json',
          'app.update.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
          'extensions.update.enabled': false,
        },
      });
      umgebung = { browser, basis: server.url, downloads };
    }, 60_000);

    afterAll(async () => {
      await umgebung?.browser.close();
      await server?.schliessen();
      if (umgebung) rmSync(umgebung.downloads, { recursive: true, force: true });
    });

    tests(() => {
      if (!umgebung) throw new Error('Firefox nicht gestartet (siehe Fehler in beforeAll).');
      return umgebung;
    });
  });
}
