/**
 * npm run lighthouse: misst Startseite, eine Leistungsseite, ein Konzept mit
 * Diagrammen und die Suche mit Lighthouse in Debian-Chromium (ohne Download)
 * und gibt je Seite und Kategorie eine Zeile „lighthouse.<seite>.<kategorie> <wert>“ aus.
 * Ziel: jede Kategorie mindestens 95. Baut vorher, wenn dist/ fehlt.
 * Exit-Code 1, wenn ein Wert darunter liegt.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ANLEITUNG, CHROMIUM_ARGS, findeChromium } from '../werkzeuge/chromium.ts';
import { starteStatischenServer } from '../werkzeuge/server.ts';

const DIST = 'dist';
const ZIEL = 95;
const KATEGORIEN = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const SEITEN = {
  start: '/',
  leistung: '/leistungen/wohnsitzanmeldung/',
  konzept_mit_diagrammen: '/leistungen/wohnsitzanmeldung/technisch/',
  suche: '/suche/?q=Zustellpunkt',
};
const CHROMIUM = findeChromium();

if (!CHROMIUM) {
  console.error(`Kein Chromium gefunden. ${CHROMIUM_ANLEITUNG}`);
  process.exit(2);
}
if (!existsSync(join(DIST, 'index.html'))) {
  console.error('dist/ fehlt, baue die Website …');
  if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

const profil = mkdtempSync(join(tmpdir(), 'atlas-lighthouse-'));
const server = await starteStatischenServer(DIST, { produktion: true });
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  userDataDir: profil,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
let unterZiel = 0;
try {
  for (const [name, pfad] of Object.entries(SEITEN)) {
    const ergebnis = await lighthouse(`${server.url}${pfad}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...KATEGORIEN],
      locale: 'de',
    });
    if (!ergebnis) throw new Error(`Lighthouse lieferte für ${pfad} kein Ergebnis.`);
    for (const kategorie of KATEGORIEN) {
      const wert = Math.round((ergebnis.lhr.categories[kategorie]?.score ?? 0) * 100);
      if (wert < ZIEL) unterZiel++;
      console.log(`lighthouse.${name}.${kategorie} ${wert}`);
    }
    // Was Punkte kostet, steht darunter, damit man nicht raten muss.
    for (const audit of Object.values(ergebnis.lhr.audits)) {
      if (audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative') {
        console.error(`  ${name}: ${audit.id} (${audit.score}) ${audit.displayValue ?? ''}`);
      }
    }
  }
} finally {
  chrome.kill();
  await server.schliessen();
  rmSync(profil, { recursive: true, force: true });
}
if (unterZiel) {
  console.error(`${unterZiel} Wert(e) unter ${ZIEL}.`);
  process.exitCode = 1;
}
