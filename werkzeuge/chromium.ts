/**
 * Wo Chromium liegt und wie es hier läuft: Debians Chromium (kein
 * Browser-Download), ohne Sandbox (root in CI), ohne GPU und ohne
 * Netzverkehr im Hintergrund, der auf diesen Rechnern ins Leere ginge.
 * Genutzt von den Browsertests und von npm run lighthouse.
 */
import { existsSync } from 'node:fs';

const KANDIDATEN = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export const CHROMIUM_ANLEITUNG =
  'Installieren Sie Chromium (Debian/Ubuntu: „apt-get install chromium“) oder setzen Sie CHROMIUM_PATH auf ein Chromium oder Chrome.';

/** Pfad zu einem Chromium: CHROMIUM_PATH oder ein üblicher Ort; undefined, wenn keins da ist. */
export function findeChromium(env: Record<string, string | undefined> = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  return KANDIDATEN.find((pfad) => existsSync(pfad));
}
