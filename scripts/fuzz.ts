/**
 * npm run fuzz -- [--seeds 500] [--start 1] [--je-seed 8] [--stapel 25] [--je-build 300] [--ohne-build]
 *
 * Fuzz-Test der Inhaltsprüfung mit vielen Startwerten (werkzeuge/fuzz/): Die
 * Prüfung darf nie werfen, je Datei nicht länger als ZEIT_JE_DATEI_MS
 * brauchen, und alles, was sie annimmt, muss mit Astro bauen. Jeder
 * Fehlschlag nennt seinen Startwert; nachstellen mit --start N --seeds 1.
 */
import {
  baueAngenommene,
  pruefeSeeds,
  ZEIT_JE_DATEI_MS,
  type FuzzDatei,
  type FuzzFehler,
} from '../werkzeuge/fuzz/lauf.ts';

function zahl(name: string, vorgabe: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const wert = i < 0 ? vorgabe : Number(process.argv[i + 1]);
  if (!Number.isInteger(wert) || wert < 0) {
    console.error(`--${name} erwartet eine ganze Zahl.`);
    process.exit(2);
  }
  return wert;
}

const anzahl = zahl('seeds', 500);
const start = zahl('start', 1);
const jeSeed = zahl('je-seed', 8);
const stapel = zahl('stapel', 25);
const jeBuild = zahl('je-build', 300);
const bauen = !process.argv.includes('--ohne-build');

const beginn = performance.now();
const sekunden = () => ((performance.now() - beginn) / 1000).toFixed(0);
const angenommen: FuzzDatei[] = [];
const fehler: FuzzFehler[] = [];
let dateien = 0;
let laengste = 0;

for (let s = start; s < start + anzahl; s += stapel) {
  const seeds = Array.from({ length: Math.min(stapel, start + anzahl - s) }, (_, i) => s + i);
  let ergebnis = await pruefeSeeds(seeds, jeSeed);
  // Warf die Prüfung für den ganzen Stapel, jeden Startwert einzeln, damit der schuldige feststeht.
  if (seeds.length > 1 && ergebnis.fehler.some((f) => f.art === 'wirft' && f.seeds.length > 1)) {
    const einzeln = await Promise.all(seeds.map((seed) => pruefeSeeds([seed], jeSeed)));
    ergebnis = {
      dateien: ergebnis.dateien,
      angenommen: einzeln.flatMap((e) => e.angenommen),
      fehler: einzeln.flatMap((e) => e.fehler),
      laengsteDateiMs: Math.max(...einzeln.map((e) => e.laengsteDateiMs)),
    };
  }
  dateien += ergebnis.dateien;
  laengste = Math.max(laengste, ergebnis.laengsteDateiMs);
  angenommen.push(...ergebnis.angenommen);
  fehler.push(...ergebnis.fehler);
  for (const f of ergebnis.fehler)
    console.log(`FEHLER [${f.art}] Startwert ${f.seeds.join(', ')}${f.pfad ? ` ${f.pfad}` : ''}: ${f.meldung}`);
  console.log(
    `Startwerte ${seeds[0]}–${seeds.at(-1)}: ${ergebnis.dateien} Dateien, ${ergebnis.angenommen.length} angenommen (${sekunden()} s)`,
  );
}

let gebaut = 0;
let builds = 0;
if (bauen && angenommen.length) {
  const ergebnis = baueAngenommene(angenommen, jeBuild, (text) => console.log(`${text} (${sekunden()} s)`));
  gebaut = ergebnis.gebaut;
  builds = ergebnis.builds;
  fehler.push(...ergebnis.fehler);
}

console.log(
  [
    '',
    `Startwerte: ${anzahl} (${start}–${start + anzahl - 1}), ${jeSeed} Dateien je Startwert`,
    `Dateien: ${dateien}, angenommen: ${angenommen.length}, gebaut: ${gebaut} in ${builds} Builds`,
    `Längste Datei (Lesen und Regeln): ${Math.round(laengste)} ms (Grenze ${ZEIT_JE_DATEI_MS} ms)`,
    `Fehlschläge: ${fehler.length}${fehler.length ? ` (Startwerte ${[...new Set(fehler.flatMap((f) => f.seeds))].join(', ')})` : ''}`,
    `Zeit: ${sekunden()} s`,
  ].join('\n'),
);
process.exit(fehler.length ? 1 : 0);
