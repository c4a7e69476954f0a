/**
 * npm run bench -- --vergleich [N] [--runden R] [--seiten=ORDNER]: baut
 * dieselben Seitentexte als Atlas und als Starlight-Website (mit automatischer
 * Seitenleiste und ohne), jeweils kalt, abwechselnd in R Runden (mindestens 3;
 * die Reihenfolge wechselt je Runde, damit keine Seite systematisch zuerst
 * dran ist), und gibt je Lauf und als Median Wandzeit, Seiten, Seiten je
 * Sekunde, Spitzenspeicher und das Verhältnis der Seiten je Sekunde aus.
 *
 * Ohne --seiten kommt der Text aus dem Benchmark-Bestand des Atlas
 * (N Inhaltsdateien), und Starlight bekommt jede Datei als Seite. Mit
 * --seiten=ORDNER bekommt Starlight die Seiten des Ordners unverändert (unter
 * seiten/), und der Atlas seinen Bestand mit N Seiten, dessen Konzepte und
 * Beiträge den Text dieser Seiten tragen (werkzeuge/bench-gleicher-text.ts).
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cacheOrdnerFuer } from '../../src/pruefung/node/cache-ordner.ts';
import { mitGleichemText, liesSeiten } from '../../werkzeuge/bench-gleicher-text.ts';
import { erzeugeKorpus, type Datei } from '../../werkzeuge/bench-korpus.ts';
import { miss, type Messung } from './messen.ts';
import {
  astroVersion,
  leereCaches,
  richteStarlightEin,
  schreibeStarlightSeiten,
  starlightSeiten,
  STARLIGHT_VERSION,
} from './starlight.ts';

type Seite = 'atlas' | 'starlight' | 'starlight_ohne_sidebar';

interface Lauf {
  seite: Seite;
  runde: number;
  messung: Messung;
  seiten: number;
}

const median = (werte: number[]) => {
  const s = [...werte].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const htmlSeiten = (ordner: string) =>
  readdirSync(ordner, { recursive: true, encoding: 'utf8' }).filter((d) => d.endsWith('.html')).length;

/** Führt den Vergleich aus; `projekt` ist der Ordner des Atlas. */
export async function vergleiche(
  n: number,
  runden: number,
  { projekt = process.cwd(), seitenOrdner }: { projekt?: string; seitenOrdner?: string | undefined } = {},
): Promise<void> {
  const astro = astroVersion(projekt);
  const starlight = richteStarlightEin(join(projekt, '.bench'), astro);
  let dateien = erzeugeKorpus(n).dateien;
  let starlightDateien: Datei[];
  if (seitenOrdner) {
    const seiten = liesSeiten(seitenOrdner);
    dateien = mitGleichemText(dateien, seiten);
    starlightDateien = seiten.map((s) => ({ pfad: `seiten/${s.pfad}`, text: s.text }));
  } else {
    starlightDateien = starlightSeiten(dateien);
  }

  const arbeit = mkdtempSync(join(tmpdir(), `atlas-vergleich-${n}-`));
  const inhalte = join(arbeit, 'content');
  const ausgabe = join(arbeit, 'dist');
  for (const d of dateien) {
    mkdirSync(dirname(join(inhalte, d.pfad)), { recursive: true });
    writeFileSync(join(inhalte, d.pfad), d.text);
  }
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

  const baue = async (seite: Seite, runde: number): Promise<Lauf> => {
    let messung: Messung;
    let seiten: number;
    if (seite === 'atlas') {
      // Kalt: ohne Astro-Cache (Datenspeicher) und ohne Cache der Inhaltsprüfung, ohne alte Ausgabe.
      rmSync(cacheOrdnerFuer(inhalte), { recursive: true, force: true });
      rmSync(ausgabe, { recursive: true, force: true });
      messung = await miss(
        process.execPath,
        // Wie npm run build (package.json); Starlight läuft mit seinen Voreinstellungen.
        [`--env-file=${join(projekt, 'src/config/build.env')}`, join(projekt, 'scripts/build.ts'), '--outDir', ausgabe],
        {
          cwd: projekt,
          env: { ...env, ATLAS_CONTENT_DIR: inhalte },
        },
      );
      if (messung.status === 0) seiten = htmlSeiten(ausgabe);
    } else {
      schreibeStarlightSeiten(starlight, starlightDateien);
      messung = await miss(process.execPath, [join(starlight, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: starlight,
        env: { ...env, BENCH_SIDEBAR: seite === 'starlight' ? 'an' : 'aus' },
      });
      if (messung.status === 0) seiten = htmlSeiten(join(starlight, 'dist'));
      leereCaches(starlight);
    }
    if (messung.status !== 0) {
      console.error(messung.stdout.slice(-4000), messung.stderr.slice(-4000));
      throw new Error(`Der Build „${seite}“ mit ${n} Seiten ist gescheitert (Exit ${messung.status}).`);
    }
    const lauf = { seite, runde, messung, seiten: seiten! };
    const last = loadavg()[0]!.toFixed(2);
    console.log(
      `vergleich.lauf runde=${runde} seite=${seite} sekunden=${messung.sekunden.toFixed(2)} seiten=${lauf.seiten} ` +
        `seiten_pro_sekunde=${(lauf.seiten / messung.sekunden).toFixed(1)} speicher_spitze_mb=${messung.spitzeMb ?? 'unbekannt'} last=${last}`,
    );
    return lauf;
  };

  const reihenfolge: Seite[] = ['atlas', 'starlight', 'starlight_ohne_sidebar'];
  const laeufe: Lauf[] = [];
  try {
    console.log(`vergleich.starlight_version ${STARLIGHT_VERSION}`);
    console.log(`vergleich.astro_version ${astro}`);
    console.log(`vergleich.inhaltsdateien ${dateien.length}`);
    console.log(`vergleich.starlight_dateien ${starlightDateien.length}`);
    if (seitenOrdner) console.log(`vergleich.seitentext ${seitenOrdner}`);
    console.log(
      `vergleich.last_vorher ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    for (let runde = 1; runde <= runden; runde++) {
      // Jede Runde beginnt mit einer anderen Seite.
      const folge = reihenfolge.map((_, i) => reihenfolge[(i + runde - 1) % reihenfolge.length]!);
      for (const seite of folge) laeufe.push(await baue(seite, runde));
    }
  } finally {
    rmSync(arbeit, { recursive: true, force: true });
    rmSync(cacheOrdnerFuer(inhalte), { recursive: true, force: true });
  }

  const pps = (l: Lauf) => l.seiten / l.messung.sekunden;
  for (const seite of reihenfolge) {
    const eigene = laeufe.filter((l) => l.seite === seite);
    console.log(`vergleich.${seite}.seiten ${eigene[0]!.seiten}`);
    console.log(`vergleich.${seite}.sekunden_median ${median(eigene.map((l) => l.messung.sekunden)).toFixed(2)}`);
    console.log(`vergleich.${seite}.seiten_pro_sekunde_median ${median(eigene.map(pps)).toFixed(1)}`);
    const speicher = eigene.map((l) => l.messung.spitzeMb).filter((m): m is number => m !== undefined);
    if (speicher.length) console.log(`vergleich.${seite}.speicher_spitze_mb_median ${median(speicher).toFixed(0)}`);
  }
  // Verhältnis je Runde (Atlas gegen die Starlight-Läufe derselben Runde), davon der Median.
  for (const seite of ['starlight', 'starlight_ohne_sidebar'] as const) {
    const verhaeltnisse = [];
    for (let runde = 1; runde <= runden; runde++) {
      const a = laeufe.find((l) => l.seite === 'atlas' && l.runde === runde)!;
      const s = laeufe.find((l) => l.seite === seite && l.runde === runde)!;
      verhaeltnisse.push(pps(a) / pps(s));
    }
    console.log(`vergleich.verhaeltnis.atlas_zu_${seite} ${verhaeltnisse.map((v) => v.toFixed(2)).join(' ')}`);
    console.log(`vergleich.verhaeltnis.atlas_zu_${seite}_median ${median(verhaeltnisse).toFixed(2)}`);
  }
  console.log(
    `vergleich.last_nachher ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
}
