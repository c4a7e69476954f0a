/**
 * Gemeinsamer Rahmen für Browsertests (tests/browser/*.browser.test.ts):
 * findet ein Chromium, startet es mit frischem Profil über playwright-core und
 * serviert dist/ über einen lokalen Server.
 *
 * Ohne Chromium werden Browsertests übersprungen und sagen, wie man eins
 * installiert; mit ATLAS_BROWSER_TESTS=required (CI) schlagen sie stattdessen fehl.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { pruefeDist } from './dist.ts';
import { starteServer, type Server } from './server.ts';

const KANDIDATEN = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Schalter, die Chromium auf Debian ohne Sandbox, GPU und Netzverkehr im Hintergrund laufen lassen. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

const ANLEITUNG =
  'Installieren Sie Chromium (Debian/Ubuntu: „apt-get install chromium“) oder setzen Sie CHROMIUM_PATH auf ein Chromium oder Chrome.';

/** Pfad zu einem Chromium: CHROMIUM_PATH oder ein üblicher Ort; undefined, wenn keins da ist. */
export function findeChromium(env: Record<string, string | undefined> = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  return KANDIDATEN.find((pfad) => existsSync(pfad));
}

export interface BrowserUmgebung {
  kontext: BrowserContext;
  /** Basisadresse des Servers über dist/, ohne Schrägstrich am Ende. */
  basis: string;
}

/**
 * Wie `describe`, aber mit Browser und Server. `umgebung()` gibt in Tests den
 * Browserkontext und die Basisadresse.
 */
export function browserTests(titel: string, tests: (umgebung: () => BrowserUmgebung) => void): void {
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
    let profil: string | undefined;

    beforeAll(async () => {
      pruefeDist();
      server = await starteServer();
      profil = await mkdtemp(join(tmpdir(), 'atlas-chromium-'));
      const kontext = await chromium.launchPersistentContext(profil, {
        executablePath: pfad,
        headless: true,
        args: CHROMIUM_ARGS,
        acceptDownloads: true,
        viewport: { width: 1280, height: 900 },
        locale: 'de-DE',
      });
      umgebung = { kontext, basis: server.url };
    });

    afterAll(async () => {
      await umgebung?.kontext.close();
      await server?.schliessen();
      if (profil) await rm(profil, { recursive: true, force: true });
    });

    tests(() => {
      if (!umgebung) throw new Error('Browser nicht gestartet (siehe Fehler in beforeAll).');
      return umgebung;
    });
  });
}
