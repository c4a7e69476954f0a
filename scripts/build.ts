/**
 * npm run build: baut die Website mit Astro und danach, in einem eigenen
 * Schritt, den Suchindex.
 *
 * Warum zwei Schritte: Pagefind ist ein eigener Prozess. Lief er im Hook
 * astro:build:done, hielt der Build-Prozess seinen Speicher (bei 5000 Seiten
 * etwa 1,3 GB) die ganze Zeit fest, und beide zusammen lagen über 2 GB.
 * Hier ist der Astro-Prozess schon beendet, wenn Pagefind anfängt; es zählt
 * das Größere der beiden, nicht die Summe (docs/leistung.md).
 *
 * `astro build` allein baut den Index weiter im Hook (src/integrations/pagefind.ts);
 * nur dieser Aufruf schaltet das mit ATLAS_SUCHINDEX=danach ab.
 * Weitere Argumente gehen an astro build (etwa --outDir).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { indexHtmlGewuenscht } from '../src/config/site.ts';
import { baueSuchindex, SUCHINDEX_DANACH } from '../src/integrations/pagefind.ts';

const argumente = process.argv.slice(2);
const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...argumente], {
  stdio: 'inherit',
  env: { ...process.env, ATLAS_SUCHINDEX: SUCHINDEX_DANACH },
});
// Astro hat seine Meldung schon geschrieben (bei Inhaltsfehlern auf Deutsch mit Datei und Zeile).
if (astro.status !== 0) process.exit(astro.status ?? 1);

// Wie Astro: „--outDir ORDNER“ oder „--outDir=ORDNER“, sonst dist/.
const stelle = argumente.indexOf('--outDir');
const mitGleich = argumente.find((a) => a.startsWith('--outDir='))?.slice('--outDir='.length);
const ausgabe = resolve(mitGleich ?? (stelle >= 0 && argumente[stelle + 1] ? argumente[stelle + 1]! : 'dist'));
const zeit = () => new Date().toTimeString().slice(0, 8);
const logger = { info: (text: string) => console.log(`${zeit()} [nachnutzungsatlas:pagefind] ${text}`) };
try {
  await baueSuchindex(ausgabe, logger, undefined, { indexHtml: indexHtmlGewuenscht() });
} catch (fehler) {
  console.error(fehler instanceof Error ? fehler.message : fehler);
  process.exit(1);
}
