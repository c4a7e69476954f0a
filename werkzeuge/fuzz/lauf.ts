/**
 * Führt den Fuzz-Test aus (tests/unit/fuzz.unit.test.ts, tests/build/fuzz.test.ts
 * und npm run fuzz): erzeugt Dateien zu Startwerten, prüft sie wie npm run
 * pruefen und baut, was die Prüfung annimmt, mit Astro. Eigenschaften:
 * Die Prüfung wirft nie, braucht je Datei höchstens ZEIT_JE_DATEI_MS, und
 * alles Angenommene baut.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheOrdnerFuer } from '../../src/pruefung/node/cache-ordner.ts';
import { pruefeInhaltsordner } from '../../src/pruefung/node/index.ts';
import { ladeInhalte } from '../../src/pruefung/node/laden.ts';
import { leseMdx, pruefeMdx } from '../../src/pruefung/treiber/mdx.ts';
import { erzeugeDateien } from './erzeuger.ts';

const PROJEKT = fileURLToPath(new URL('../../', import.meta.url));
const GUELTIG = join(PROJEKT, 'tests/fixtures/inhalte-gueltig');
const BILD = join(PROJEKT, 'tests/fixtures/pruefen/fehler/beitraege/teststadt/bild.png');

/** Höchstdauer für Lesen und alle Regeln einer Datei (ohne mermaid, das hat eigene Zeitgrenzen). */
export const ZEIT_JE_DATEI_MS = 2_000;

export interface FuzzDatei {
  seed: number;
  pfad: string;
  text: string;
}

export interface FuzzFehler {
  art: 'wirft' | 'zeit' | 'baut-nicht';
  seeds: number[];
  pfad?: string;
  meldung: string;
}

export interface PruefErgebnis {
  dateien: number;
  angenommen: FuzzDatei[];
  fehler: FuzzFehler[];
  /** Längste Zeit für eine Datei (Lesen und Regeln), in ms. */
  laengsteDateiMs: number;
}

/** Ein Inhaltsordner aus den gültigen Testinhalten und den genannten Dateien. */
function ordnerMit(dateien: readonly { pfad: string; text: string }[]): string {
  const ordner = join(mkdtempSync(join(tmpdir(), 'atlas-fuzz-')), 'content');
  cpSync(GUELTIG, ordner, { recursive: true });
  cpSync(BILD, join(ordner, 'beitraege/teststadt/bild.png'));
  for (const d of dateien) {
    mkdirSync(dirname(join(ordner, d.pfad)), { recursive: true });
    writeFileSync(join(ordner, d.pfad), d.text);
  }
  return ordner;
}

/** Prüft die Dateien mehrerer Startwerte in einem Ordner, wie npm run pruefen es täte. */
export async function pruefeSeeds(seeds: readonly number[], jeSeed: number): Promise<PruefErgebnis> {
  const dateien: FuzzDatei[] = seeds.flatMap((seed) => erzeugeDateien(seed, jeSeed).map((d) => ({ seed, ...d })));
  const ordner = ordnerMit(dateien);
  const fehler: FuzzFehler[] = [];
  let laengsteDateiMs = 0;
  try {
    // Je Datei: Lesen und alle Regeln, mit Zeitmessung. Der Kontext ist schlicht; es geht um Dauer und Ausnahmen.
    const kontext = {
      ziele: new Map<string, ReadonlySet<string>>([['/', new Set<string>()]]),
      glossar: new Map<string, string>(),
      anzeigeOrdner: '.',
      adresseVonDatei: () => undefined,
      dateiExistiert: () => false,
      leseText: () => undefined,
    };
    const { eintraege } = ladeInhalte(ordner, ordner);
    for (const eintrag of eintraege) {
      const datei = dateien.find((d) => d.pfad === eintrag.pfad);
      if (!datei || eintrag.text === undefined) continue;
      const start = performance.now();
      try {
        pruefeMdx(leseMdx(eintrag).dokument, kontext);
      } catch (ausnahme) {
        fehler.push({ art: 'wirft', seeds: [datei.seed], pfad: datei.pfad, meldung: String(ausnahme) });
      }
      const dauer = performance.now() - start;
      laengsteDateiMs = Math.max(laengsteDateiMs, dauer);
      if (dauer > ZEIT_JE_DATEI_MS) {
        fehler.push({
          art: 'zeit',
          seeds: [datei.seed],
          pfad: datei.pfad,
          meldung: `${Math.round(dauer)} ms für Lesen und Regeln`,
        });
      }
    }
    const { befunde } = await pruefeInhaltsordner(ordner, ordner);
    const mitFehler = new Set(befunde.filter((b) => b.schwere !== 'warnung').map((b) => b.datei));
    return {
      dateien: dateien.length,
      angenommen: dateien.filter((d) => !mitFehler.has(d.pfad)),
      fehler,
      laengsteDateiMs,
    };
  } catch (ausnahme) {
    fehler.push({ art: 'wirft', seeds: [...seeds], meldung: String(ausnahme) });
    return { dateien: dateien.length, angenommen: [], fehler, laengsteDateiMs };
  } finally {
    rmSync(join(ordner, '..'), { recursive: true, force: true });
  }
}

/** Baut die gültigen Testinhalte mit den Dateien; gibt Exit-Code, Signal und Ausgabe zurück. */
export function baue(dateien: readonly FuzzDatei[]): { ok: boolean; ausgabe: string } {
  const ordner = ordnerMit(dateien);
  const dist = mkdtempSync(join(tmpdir(), 'atlas-fuzz-dist-'));
  try {
    const ergebnis = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], {
      cwd: PROJEKT,
      env: { ...process.env, ATLAS_CONTENT_DIR: ordner, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      encoding: 'utf8',
      maxBuffer: 200 * 1024 * 1024,
    });
    const ausgabe = `${ergebnis.signal ? `Signal ${ergebnis.signal}\n` : ''}${ergebnis.stdout}\n${ergebnis.stderr}`;
    return { ok: ergebnis.status === 0, ausgabe };
  } finally {
    rmSync(join(ordner, '..'), { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
    rmSync(cacheOrdnerFuer(ordner), { recursive: true, force: true });
  }
}

/** Baut angenommene Dateien in Stapeln; scheitert ein Stapel, wird halbiert, bis die schuldigen Dateien feststehen. */
export function baueAngenommene(
  dateien: readonly FuzzDatei[],
  jeBuild: number,
  melde: (text: string) => void = () => {},
): { gebaut: number; fehler: FuzzFehler[]; builds: number } {
  const fehler: FuzzFehler[] = [];
  let gebaut = 0;
  let builds = 0;
  const stapel: FuzzDatei[][] = [];
  for (let i = 0; i < dateien.length; i += jeBuild) stapel.push(dateien.slice(i, i + jeBuild));
  while (stapel.length) {
    const teil = stapel.shift()!;
    builds++;
    const { ok, ausgabe } = baue(teil);
    melde(`Build ${builds}: ${teil.length} Dateien ${ok ? 'gebaut' : 'gescheitert'}`);
    if (ok) {
      gebaut += teil.length;
    } else if (teil.length === 1) {
      // Die ganze Ausgabe neben die Datei, damit sich der Fehler ohne neuen Build lesen lässt.
      const protokoll = join(mkdtempSync(join(tmpdir(), 'atlas-fuzz-fehler-')), 'build.log');
      writeFileSync(protokoll, `${teil[0]!.text}\n\n=====\n\n${ausgabe}`);
      const zeilen = ausgabe
        .split('\n')
        .filter((z) => /error|fehler|fault|signal|problem/i.test(z))
        .slice(0, 5);
      const f: FuzzFehler = {
        art: 'baut-nicht',
        seeds: [teil[0]!.seed],
        pfad: teil[0]!.pfad,
        meldung: `${zeilen.join(' | ') || ausgabe.slice(-500)} (Protokoll: ${protokoll})`,
      };
      fehler.push(f);
      melde(`FEHLER [baut-nicht] Startwert ${f.seeds[0]} ${f.pfad}: ${f.meldung}`);
    } else {
      const mitte = Math.ceil(teil.length / 2);
      stapel.unshift(teil.slice(0, mitte), teil.slice(mitte));
    }
  }
  return { gebaut, fehler, builds };
}
