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
 * npm run bench -- N --protokoll=DATEI: schreibt Astros Ausgabe mit der
 * Sekunde seit Start vor jeder Zeile und den Speicherverlauf (je Sekunde MB)
 * in DATEI, um zu sehen, in welcher Phase Zeit und Speicher liegen.
 *
 * npm run bench -- --vergleich [N] [--runden=R]: derselbe Text als Atlas und
 * als Starlight-Website, abwechselnd kalt gebaut (scripts/bench/vergleich.ts).
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
import { erzeugeKorpus } from '../werkzeuge/bench-korpus.ts';
import { miss } from './bench/messen.ts';
import { vergleiche } from './bench/vergleich.ts';
import { seitengewicht } from '../werkzeuge/seitengewicht.ts';

const n = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 1000);
const behalten = process.argv.includes('--behalten');
const warm = process.argv.includes('--warm');
const protokollDatei = process.argv.find((a) => a.startsWith('--protokoll='))?.slice('--protokoll='.length);

if (process.argv.includes('--vergleich')) {
  const runden = Number(/^--runden=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--runden=')) ?? '')?.[1] ?? 3);
  if (runden < 3)
    throw new Error('Der Vergleich braucht mindestens drei Runden (--runden=3), sonst sagt der Median nichts.');
  await vergleiche(n, runden);
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

const arbeit = mkdtempSync(join(tmpdir(), `atlas-bench-${n}-`));
const inhalte = join(arbeit, 'content');
const ausgabe = join(arbeit, 'dist');
try {
  const { dateien, typischeSeite } = erzeugeKorpus(n);
  for (const d of dateien) {
    mkdirSync(dirname(join(inhalte, d.pfad)), { recursive: true });
    writeFileSync(join(inhalte, d.pfad), d.text);
  }

  const zeitDatei = join(arbeit, 'time.txt');
  const mitTime = existsSync('/usr/bin/time');
  // Wie npm run build (package.json), mit derselben Umgebung aus src/config/build.env.
  const befehl = [
    process.execPath,
    '--env-file=src/config/build.env',
    'node_modules/astro/bin/astro.mjs',
    'build',
    '--outDir',
    ausgabe,
  ];
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
  // Wohin die Zeit geht: Inhaltsprüfung (vor Astro), Astros Build der Seiten, Suchindex (danach).
  let protokoll = lauf.stdout.replace(/\x1b\[[0-9;]*m/g, '');
  const phase = (muster: RegExp) => {
    const t = muster.exec(protokoll);
    if (!t) return 'unbekannt';
    const [, minuten = '0', wert = '0', einheit] = t;
    return (Number(minuten) * 60 + Number(wert) / (einheit === 'ms' ? 1000 : 1)).toFixed(2);
  };
  zeilen.push(
    ['bench.phase.inhaltspruefung_sekunden', phase(/Inhalte geprüft: keine Probleme \(()([\d.]+) (s)\)/)],
    [
      'bench.phase.inhalte_laden_sekunden',
      phase(/Collecting build info\.\.\.[\s\S]*?Completed in (?:(\d+)m )?([\d.]+)(ms|s)/),
    ],
    [
      'bench.phase.seiten_rendern_sekunden',
      phase(/generating static routes[\s\S]*?Completed in (?:(\d+)m )?([\d.]+)(ms|s)/),
    ],
    ['bench.phase.astro_gesamt_sekunden', phase(/page\(s\) built in (?:(\d+)m )?([\d.]+)(ms|s)/)],
    ['bench.phase.suchindex_sekunden', phase(/Seiten indexiert in ()([\d.]+) (s)/)],
  );
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
      protokoll = w.stdout.replace(/\x1b\[[0-9;]*m/g, '');
      zeilen.push(
        [`bench.warm.${name}.build_sekunden`, w.sekunden.toFixed(2)],
        [`bench.warm.${name}.inhaltspruefung_sekunden`, phase(/Inhalte geprüft: keine Probleme \(()([\d.]+) (s)\)/)],
        [`bench.warm.${name}.mdx_neu_gelesen`, /(\d+) neu gelesen/.exec(protokoll)?.[1] ?? 'unbekannt'],
      );
      if (mitTime) zeilen.push([`bench.warm.${name}.speicher_spitze_mb`, spitzeMb()]);
    }
  }
  for (const [name, wert] of zeilen) console.log(`${name} ${wert}`);
} finally {
  if (behalten) console.error(`Arbeitsordner behalten: ${arbeit}`);
  else rmSync(arbeit, { recursive: true, force: true });
  rmSync(cacheOrdnerFuer(inhalte), { recursive: true, force: true });
}
