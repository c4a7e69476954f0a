/**
 * npm run bench [-- N]: erzeugt N synthetische Seiten (Standard 1000) in einem
 * temporären Ordner, baut die Website damit und gibt Kennzahlen aus – eine je
 * Zeile im Format „name wert“, damit Läufe vergleichbar sind.
 *
 * Der Build läuft in einem eigenen Prozess, damit Spitzenspeicher und Zeit nur
 * ihn messen (GNU time liefert den Spitzenspeicher, wo es fehlt, entfällt die Zeile).
 *
 * npm run bench -- N --warm: danach zwei warme Builds (unverändert, eine Datei
 * geändert), mit Zeit der Inhaltsprüfung und Zahl der neu gelesenen Dateien.
 *
 * npm run bench -- N --seiten=ORDNER: Konzepte und Beiträge tragen den Text
 * der Seiten in ORDNER (werkzeuge/bench-gleicher-text.ts), wie im Vergleich.
 *
 * npm run bench -- N --protokoll=DATEI: schreibt Astros Ausgabe mit der
 * Sekunde seit Start vor jeder Zeile und den Speicherverlauf (je Sekunde MB)
 * in DATEI, um zu sehen, in welcher Phase Zeit und Speicher liegen.
 *
 * npm run bench -- --vergleich [N] [--runden=R] [--seiten=ORDNER]: derselbe
 * Text als Atlas und als Starlight-Website, abwechselnd kalt gebaut
 * (scripts/bench/vergleich.ts); mit --seiten der Text fertiger Seiten.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cacheOrdnerFuer } from '../src/pruefung/node/cache-ordner.ts';
import { mitGleichemText, liesSeiten } from '../werkzeuge/bench-gleicher-text.ts';
import { erzeugeKorpus } from '../werkzeuge/bench-korpus.ts';
import { miss } from './bench/messen.ts';
import { vergleiche } from './bench/vergleich.ts';
import { seitengewicht } from '../werkzeuge/seitengewicht.ts';

const n = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 1000);
const behalten = process.argv.includes('--behalten');
const warm = process.argv.includes('--warm');
const seitenOrdner = process.argv.find((a) => a.startsWith('--seiten='))?.slice('--seiten='.length);
const protokollDatei = process.argv.find((a) => a.startsWith('--protokoll='))?.slice('--protokoll='.length);

if (process.argv.includes('--vergleich')) {
  const runden = Number(/^--runden=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--runden=')) ?? '')?.[1] ?? 3);
  if (runden < 3)
    throw new Error('Der Vergleich braucht mindestens drei Runden (--runden=3), sonst sagt der Median nichts.');
  await vergleiche(n, runden, { seitenOrdner });
  process.exit(0);
}

function groesse(pfad: string): number {
  if (!existsSync(pfad)) return 0;
  const info = statSync(pfad);
  if (!info.isDirectory()) return info.size;
  return readdirSync(pfad).reduce((summe, name) => summe + groesse(join(pfad, name)), 0);
}

/** Astros Zeilen mit ihrer Ankunftszeit und der Speicherverlauf, für Profile von Hand. */
function schreibeProtokoll(datei: string, lauf: Awaited<ReturnType<typeof miss>>) {
  const zeilen = lauf.zeilen.map(([s, zeile]) => `${s.toFixed(1).padStart(7)} s  ${zeile}`);
  const speicher = lauf.verlauf.map(([s, mb]) => `${String(s).padStart(5)} s ${String(mb).padStart(6)} MB`);
  writeFileSync(datei, [...zeilen, '', '# Speicher (Prozessbaum, PSS)', ...speicher, ''].join('\n'));
  console.error(`Protokoll: ${datei}`);
}

/** Sekunden aus einer Zeile von Astros Ausgabe: „Completed in 1m 3.2s“, „in 840ms“. */
function sekundenAus(treffer: RegExpExecArray | null): number | undefined {
  if (!treffer) return undefined;
  const [, minuten = '0', wert = '0', einheit] = treffer;
  return Number(minuten) * 60 + Number(wert) / (einheit === 'ms' ? 1000 : 1);
}

/**
 * Wohin die Zeit eines Builds geht, aus seiner Ausgabe: Inhaltsprüfung (vor
 * Astro), Inhalte laden (mit der Prüfung; MDX wird dabei zu HTML), Bündeln
 * (Vite, Server und Browser), Seiten rendern, Astro gesamt, Suchindex (danach).
 */
function phasen(ausgabe: string, praefix: string): [string, string][] {
  const text = ausgabe.replace(/\x1b\[[0-9;]*m/g, '');
  const zeit = (muster: RegExp) => sekundenAus(muster.exec(text))?.toFixed(2) ?? 'unbekannt';
  const buendeln = [...text.matchAll(/\[vite\] ✓ built in (?:(\d+)m )?([\d.]+)(ms|s)/g)].reduce(
    (summe, t) => summe + (sekundenAus(t) ?? 0),
    0,
  );
  return [
    [`${praefix}.inhaltspruefung_sekunden`, zeit(/Inhalte geprüft: [^(]*\(()([\d.]+) (s)\)/)],
    [
      `${praefix}.inhalte_laden_sekunden`,
      zeit(/Collecting build info\.\.\.[\s\S]*?Completed in (?:(\d+)m )?([\d.]+)(ms|s)/),
    ],
    [`${praefix}.buendeln_sekunden`, buendeln.toFixed(2)],
    [
      `${praefix}.seiten_rendern_sekunden`,
      zeit(/generating static routes[\s\S]*?Completed in (?:(\d+)m )?([\d.]+)(ms|s)/),
    ],
    [`${praefix}.astro_gesamt_sekunden`, zeit(/page\(s\) built in (?:(\d+)m )?([\d.]+)(ms|s)/)],
    [`${praefix}.suchindex_sekunden`, zeit(/Seiten indexiert in ()([\d.]+) (s)/)],
  ];
}

const arbeit = mkdtempSync(join(tmpdir(), `atlas-bench-${n}-`));
const inhalte = join(arbeit, 'content');
const ausgabe = join(arbeit, 'dist');
try {
  const korpus = erzeugeKorpus(n);
  const { typischeSeite } = korpus;
  const dateien = seitenOrdner ? mitGleichemText(korpus.dateien, liesSeiten(seitenOrdner)) : korpus.dateien;
  for (const d of dateien) {
    mkdirSync(dirname(join(inhalte, d.pfad)), { recursive: true });
    writeFileSync(join(inhalte, d.pfad), d.text);
  }

  const zeitDatei = join(arbeit, 'time.txt');
  const mitTime = existsSync('/usr/bin/time');
  // Wie npm run build (package.json): Astro, danach der Suchindex (scripts/build.ts), Umgebung aus src/config/build.env.
  const befehl = [process.execPath, '--env-file=src/config/build.env', 'scripts/build.ts', '--outDir', ausgabe];
  const baue = async () => {
    const lauf = await miss(
      mitTime ? '/usr/bin/time' : befehl[0]!,
      mitTime ? ['-f', '%M', '-o', zeitDatei, ...befehl] : befehl.slice(1),
      { env: { ...process.env, ATLAS_CONTENT_DIR: inhalte, ASTRO_TELEMETRY_DISABLED: '1' } },
    );
    if (lauf.status !== 0) {
      console.error(lauf.stdout.slice(-4000), lauf.stderr.slice(-4000));
      throw new Error(`Der Build mit ${n} Seiten ist gescheitert (Exit ${lauf.status}).`);
    }
    return lauf;
  };
  // Kalt: kein Astro-Cache und kein Zwischenspeicher der Prüfung von früher.
  rmSync(cacheOrdnerFuer(inhalte), { recursive: true, force: true });
  const lauf = await baue();
  if (protokollDatei) schreibeProtokoll(protokollDatei, lauf);
  const sekunden = lauf.sekunden;
  const seiten = readdirSync(ausgabe, { recursive: true, encoding: 'utf8' }).filter((d) => d.endsWith('.html')).length;
  const gewicht = seitengewicht(ausgabe, typischeSeite);
  const zeilen: [string, string | number][] = [
    ['bench.inhaltsdateien', dateien.length],
    ['bench.seiten', seiten],
    ['bench.build_sekunden', sekunden.toFixed(2)],
    ['bench.seiten_pro_sekunde', (seiten / sekunden).toFixed(1)],
    ['bench.millisekunden_pro_seite', ((sekunden * 1000) / seiten).toFixed(2)],
  ];
  const spitzeMb = () => (Number(readFileSync(zeitDatei, 'utf8').trim().split('\n').at(-1)) / 1024).toFixed(0);
  // Größter Einzelprozess (GNU time, wie bisher) und die Summe über Node und Pagefind (scripts/bench/messen.ts).
  if (mitTime) zeilen.push(['bench.speicher_spitze_mb', spitzeMb()]);
  if (lauf.spitzeMb !== undefined) zeilen.push(['bench.speicher_prozessbaum_mb', lauf.spitzeMb]);
  zeilen.push(...phasen(lauf.stdout, 'bench.phase'));
  zeilen.push(
    ['bench.ausgabe_mb', (groesse(ausgabe) / 1024 / 1024).toFixed(2)],
    ['bench.pagefind_mb', (groesse(join(ausgabe, 'pagefind')) / 1024 / 1024).toFixed(2)],
    ['bench.dokumentseite', typischeSeite],
    ['bench.dokumentseite.html_bytes', gewicht.html.roh],
    ['bench.dokumentseite.html_gzip_bytes', gewicht.html.gzip],
    ['bench.dokumentseite.css_bytes', gewicht.css.roh],
    ['bench.dokumentseite.css_gzip_bytes', gewicht.css.gzip],
    ['bench.dokumentseite.js_bytes', gewicht.js.roh],
    ['bench.dokumentseite.js_gzip_bytes', gewicht.js.gzip],
  );
  // Warm: derselbe Bestand noch einmal, dann nach einer Änderung an einer Datei (Astro-Cache und Zwischenspeicher bleiben).
  if (warm) {
    for (const [name, aendern] of [
      ['unveraendert', () => {}],
      [
        'eine_datei_geaendert',
        () => {
          const datei = join(
            inhalte,
            dateien.find((d) => d.pfad.endsWith('.mdx') && d.pfad.startsWith('leistungen/'))!.pfad,
          );
          writeFileSync(datei, `${readFileSync(datei, 'utf8')}\nEin geänderter Absatz für den warmen Build.\n`);
        },
      ],
    ] as const) {
      aendern();
      const w = await baue();
      zeilen.push(
        [`bench.warm.${name}.build_sekunden`, w.sekunden.toFixed(2)],
        [`bench.warm.${name}.mdx_neu_gelesen`, /(\d+) neu gelesen/.exec(w.stdout)?.[1] ?? 'unbekannt'],
        ...phasen(w.stdout, `bench.warm.${name}.phase`),
      );
      if (mitTime) zeilen.push([`bench.warm.${name}.speicher_spitze_mb`, spitzeMb()]);
      if (w.spitzeMb !== undefined) zeilen.push([`bench.warm.${name}.speicher_prozessbaum_mb`, w.spitzeMb]);
    }
  }
  for (const [name, wert] of zeilen) console.log(`${name} ${wert}`);
} finally {
  if (behalten) console.error(`Arbeitsordner behalten: ${arbeit}`);
  else rmSync(arbeit, { recursive: true, force: true });
  rmSync(cacheOrdnerFuer(inhalte), { recursive: true, force: true });
}
