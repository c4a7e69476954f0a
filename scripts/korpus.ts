/**
 * npm run korpus -- [--nur TEIL,TEIL] [--einzeln] [--ohne-build]
 *
 * Der Korpus feindlicher und ungeschickter Dateien (tests/fixtures/korpus/,
 * Issue 20). Jede Datei wird wie in einem Pull-Request allein geprüft: eine
 * frische Kopie der gültigen Testinhalte, die eine Datei dazu, die Prüfung
 * wie `npm run pruefen`. Was die Prüfung annimmt, baut danach ein echter
 * `astro build` (alle Angenommenen zusammen in einem Build, mit --einzeln je
 * einer; scheitert ein gemeinsamer Build, wird halbiert, bis feststeht, welche
 * Datei ihn scheitern lässt). Geprüft wird dann: Brach der Build ab, schrieb er
 * Englisch oder einen Stacktrace, lief Code (Markierungsdatei), und steht auf
 * der Seite Täuschendes oder Ungültiges (fremde Bilder, Links mit anderen
 * Schemata, mailto mit Parametern, Steuerzeichen für die Schreibrichtung,
 * doppelte IDs, Platzhalter, Fehler von html-validate)?
 *
 * Ausgabe: eine Tabelle (Datei, Klasse, Prüfung mit Regel:Zeile, Build,
 * Anmerkungen) und eine Zusammenfassung. Exit-Code 1, wenn eine Datei anders
 * ausgeht als ihre Kopfzeile erwartet (außer bekannten Lücken, „offen:“).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { parse } from 'node-html-parser';
import htmlValidateKonfig from '../.htmlvalidate.mjs';
import { sortiereBefunde } from '../src/pruefung/kern/befund.ts';
import { istFehler, starteInhaltspruefung, type Befund } from '../src/pruefung/node/index.ts';
import { adresseVonDatei } from '../src/modell/sammlungen.ts';
import { baueFixture, type FixtureBuild } from '../werkzeuge/fixture-build.ts';
import { testinhalte, type Testinhalte } from '../werkzeuge/testinhalte.ts';
import { korpusFaelle, type Fall } from '../werkzeuge/korpus.ts';
import { istDeutsch } from '../werkzeuge/pruefen-lauf.ts';

/** Höchstdauer der Prüfung für eine Datei (Issue 20: „die Prüfung bleibt schnell“). */
const ZEIT_MS = 5_000;
/** Höchstdauer für die Diagramme einer Datei, mit dem Start des Mermaid-Workers. */
const MERMAID_MS = 15_000;
/** Wohin die Ausgabe gescheiterter Builds geschrieben wird. */
const PROTOKOLLE = join(tmpdir(), 'atlas-korpus-protokolle');

const argument = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
};
const nur = argument('nur');
const einzeln = process.argv.includes('--einzeln');
const ohneBuild = process.argv.includes('--ohne-build');

interface Ergebnis {
  fall: Fall;
  befunde: Befund[];
  /** Befunde in anderen Dateien als der des Falls (Nebenwirkungen). */
  andere: Befund[];
  ms: number;
  angenommen: boolean;
  build?: string;
  notizen: string[];
}

const beginn = performance.now();
const sekunden = () => `${((performance.now() - beginn) / 1000).toFixed(0)} s`;
const faelle = korpusFaelle().filter(
  (f) => !nur || nur.split(',').some((teil) => f.ziel.includes(teil) || f.klasse.includes(teil)),
);
const ergebnisse: Ergebnis[] = [];

// 1. Jede Datei allein durch die Prüfung, wie in einem Pull-Request.
for (const fall of faelle) {
  const inhalte = testinhalte();
  const marke = join(inhalte.ordner, '..', `korpus-marke-${process.pid}`);
  const notizen: string[] = [];
  let befunde: Befund[] = [];
  let andere: Befund[] = [];
  let ms = 0;
  try {
    fall.lege(inhalte.ordner, marke);
    // Lesen und Regeln getrennt von Mermaid: Der Mermaid-Worker braucht zum Starten einige Sekunden, je Lauf einmal.
    const start = performance.now();
    const lauf = await starteInhaltspruefung(inhalte.ordner, inhalte.ordner);
    ms = performance.now() - start;
    const alle = sortiereBefunde([...lauf.befunde, ...(await lauf.diagramme)]);
    const mermaidMs = performance.now() - start - ms;
    if (mermaidMs > MERMAID_MS) notizen.push(`LANGSAM: Mermaid ${(mermaidMs / 1000).toFixed(1)} s`);
    befunde = alle.filter((b) => b.datei === fall.ziel);
    andere = alle.filter((b) => b.datei !== fall.ziel);
  } catch (fehler) {
    notizen.push(`PRÜFUNG WIRFT: ${(fehler as Error).message.split('\n')[0]}`);
  }
  if (ms > ZEIT_MS) notizen.push(`LANGSAM: Prüfung ${(ms / 1000).toFixed(1)} s (ohne Mermaid)`);
  for (const b of [...befunde, ...andere]) {
    if (!istDeutsch(`${b.meldung} ${b.hinweis}`)) notizen.push(`nicht deutsch: ${b.meldung.slice(0, 60)}`);
    if (/\n\s+at |Error:/.test(`${b.meldung} ${b.hinweis}`)) notizen.push(`Stacktrace in Meldung (${b.regel})`);
    if (b.hinweis.length > 2_000) notizen.push(`Hinweis mit ${b.hinweis.length} Zeichen (${b.regel}@${b.zeile})`);
  }
  if (existsSync(marke)) notizen.push('CODE LIEF schon in der Prüfung');
  if (andere.length) {
    notizen.push(`Nebenwirkung: ${andere.map((b) => `${b.datei} ${b.regel}@${b.zeile}`).join(', ')}`);
  }
  // Die gültigen Testinhalte haben keine Befunde: Ein Fehler in einer anderen Datei kommt von diesem Fall, und die Prüfung im Pull-Request scheitert auch dann.
  const angenommen = ![...befunde, ...andere].some(istFehler) && !notizen.some((n) => n.startsWith('PRÜFUNG WIRFT'));
  if (fall.erwartet === 'abgelehnt') {
    const fehlt = fall.stellen.filter((s) => !befunde.some((b) => b.regel === s.regel && b.zeile === s.zeile));
    if (!angenommen && fehlt.length)
      notizen.push(`erwartet, nicht gemeldet: ${fehlt.map((s) => `${s.regel}@${s.zeile}`).join(', ')}`);
  }
  ergebnisse.push({ fall, befunde, andere, ms, angenommen, notizen });
  inhalte.aufraeumen();
  rmSync(marke, { force: true });
  process.stderr.write(`geprüft ${fall.ziel} (${Math.round(ms)} ms, ${sekunden()})\n`);
}

// 2. Was die Prüfung annimmt, baut ein echter Build.
// Die Einstellung des Projekts ausdrücklich: Die gebauten Seiten liegen in einem temporären Ordner, in dem html-validate keine Einstellung fände.
const pruefer = new HtmlValidate(htmlValidateKonfig);
/** Zeilen der Build-Ausgabe, die jeder Build schreibt (kein Befund). */
const GEWOHNT = [
  /chunk/i,
  /codeSplitting/,
  /ATLAS_SITE_URL/,
  /ATLAS_REDAKTION_EMAIL/,
  /Shiki syntax highlighting/,
  /vite-reporter/,
  // Die gültigen Testinhalte haben (noch) keine Anbindungsbögen (seit Issue 23 in main).
  /anbindung\.yaml|"anbindungen" does not exist/,
];
const AUFFAELLIG =
  /\[WARN\]|\[ERROR\]|\berror\b|\bwarning\b|collision|conflict|Segmentation|\n\s+at |Unhandled|Cannot |undefined/i;
const STEUER = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

async function seitePruefen(build: FixtureBuild, fall: Fall): Promise<string[]> {
  const notizen: string[] = [];
  // Versteckte Dateien (Punkt am Anfang) liest weder die Prüfung noch Astro: Sie dürfen keine Seite ergeben.
  const versteckt = fall.ziel.split('/').some((teil) => teil.startsWith('.'));
  const adresse = adresseVonDatei(fall.ziel);
  if (!adresse) return notizen;
  if (versteckt)
    return existsSync(join(build.dist, adresse, 'index.html')) ? [`VERSTECKTE DATEI GEBAUT ${adresse}`] : [];
  const pfad = join(build.dist, adresse, 'index.html');
  if (!existsSync(pfad)) return [`keine Seite ${adresse}`];
  const html = readFileSync(pfad, 'utf8');
  const seite = parse(html);
  const inhalt = seite.querySelector('main') ?? seite;
  for (const img of inhalt.querySelectorAll('img')) {
    const src = img.getAttribute('src') ?? '';
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(src)) notizen.push(`FREMDES BILD ${src.slice(0, 60)}`);
    else if (!/\.(?:png|jpe?g|gif|webp|avif|svg)(?:[?#]|$)/i.test(src))
      notizen.push(`BILD OHNE BILDDATEI ${src.slice(0, 60)}`);
  }
  for (const a of inhalt.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href') ?? '';
    const schema = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
    if (schema && !['https', 'http', 'mailto', 'tel'].includes(schema))
      notizen.push(`LINK-SCHEMA ${href.slice(0, 60)}`);
    if (schema === 'mailto' && href.includes('?')) notizen.push(`mailto mit Parametern ${href.slice(0, 70)}`);
  }
  const text = inhalt.textContent;
  const steuer = STEUER.exec(text);
  if (steuer) notizen.push(`Steuerzeichen U+${steuer[0].codePointAt(0)!.toString(16).toUpperCase()} im Text`);
  if (html.includes('atlas-komponente')) notizen.push('Platzhalter im HTML');
  const ids = seite.querySelectorAll('[id]').map((e) => e.id);
  const doppelt = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
  if (doppelt.length) notizen.push(`doppelte ids: ${doppelt.slice(0, 3).join(', ')}`);
  try {
    const bericht = await pruefer.validateFile(pfad);
    const regeln = [...new Set(bericht.results.flatMap((r) => r.messages.map((m) => m.ruleId)))];
    if (regeln.length) notizen.push(`html-validate: ${regeln.slice(0, 4).join(', ')}`);
  } catch (fehler) {
    notizen.push(`(Werkzeug: html-validate scheiterte an der Seite: ${(fehler as Error).message.slice(0, 80)})`);
  }
  return notizen;
}

/** Ob eine Zeile der Build-Ausgabe die Datei oder die Adresse eines Falls nennt (Astro schreibt Routen ohne „/“ am Ende). */
function nennt(zeile: string, fall: Fall): boolean {
  const adresse = adresseVonDatei(fall.ziel);
  return (
    zeile.includes(fall.ziel) ||
    (adresse !== undefined && (zeile.includes(adresse) || zeile.includes(`\`${adresse.replace(/\/$/, '')}\``)))
  );
}

/** Auffällige Zeilen gemeinsamer Builds, die keinen Fall nennen. */
const nichtZugeordnet: string[] = [];

/** Baut die Fälle zusammen in einem Inhaltsordner; gibt das Urteil je Fall. */
async function baue(
  gruppe: Ergebnis[],
): Promise<{ ok: boolean; ausgabe: string; urteile: Map<Ergebnis, { build: string; notizen: string[] }> }> {
  const inhalte: Testinhalte = testinhalte();
  const marken = new Map<Ergebnis, string>();
  gruppe.forEach((e, i) => {
    const marke = join(inhalte.ordner, '..', `korpus-marke-${process.pid}-${i}`);
    marken.set(e, marke);
    e.fall.lege(inhalte.ordner, marke);
  });
  const start = performance.now();
  const build = baueFixture(inhalte.ordner);
  const dauer = `${((performance.now() - start) / 1000).toFixed(0)} s`;
  const neu = build.ausgabe
    .split('\n')
    .filter((z) => AUFFAELLIG.test(z) && !GEWOHNT.some((g) => g.test(z)))
    .map((z) => z.trim().slice(0, 160));
  const stack = /\n\s+at .*:\d+/.test(build.ausgabe);
  const urteile = new Map<Ergebnis, { build: string; notizen: string[] }>();
  const ok = build.status === 0 && !stack;
  if (!ok && gruppe.length === 1) {
    // Die ganze Ausgabe eines gescheiterten Builds zum Nachlesen.
    mkdirSync(PROTOKOLLE, { recursive: true });
    writeFileSync(join(PROTOKOLLE, `${gruppe[0]!.fall.ziel.replaceAll('/', '_')}.log`), build.ausgabe);
  }
  const ohneZuordnung = neu.filter((z) => !gruppe.some((e) => nennt(z, e.fall)));
  if (gruppe.length > 1 && build.status === 0) nichtZugeordnet.push(...ohneZuordnung);
  for (const e of gruppe) {
    const notizen: string[] = [];
    if (existsSync(marken.get(e)!)) notizen.push('CODE LIEF im Build');
    if (stack) notizen.push('Stacktrace in der Ausgabe');
    if (build.status !== 0) {
      const stelle = build.ausgabe
        .split('\n')
        .find((z) => z.includes(e.fall.ziel.split('/').at(-1)!) && /\d+:\d+|:\d+:/.test(z));
      notizen.push(...(stelle ? [stelle.trim().slice(0, 200)] : neu.slice(0, 3)));
    } else {
      notizen.push(...(await seitePruefen(build, e.fall)));
      // Im gemeinsamen Build gehört eine Zeile zu dem Fall, dessen Datei oder Adresse sie nennt.
      const eigene = gruppe.length === 1 ? neu : neu.filter((z) => nennt(z, e.fall));
      if (eigene.length) notizen.push(...eigene.slice(0, 3).map((z) => `Ausgabe: ${z}`));
    }
    urteile.set(e, {
      build: build.status === 0 ? `gebaut (${dauer})` : `ABBRUCH ${build.status ?? 'Signal'}`,
      notizen,
    });
  }
  build.aufraeumen();
  inhalte.aufraeumen();
  for (const m of marken.values()) rmSync(m, { force: true });
  return { ok, ausgabe: build.ausgabe, urteile };
}

/**
 * Baut eine Gruppe; scheitert der Build, je Hälfte neu (Halbierung), bis
 * feststeht, welche Dateien ihn allein scheitern lassen. Die Urteile einer
 * Hälfte, die baut, gelten für ihre Dateien.
 */
async function teile(gruppe: Ergebnis[]): Promise<Map<Ergebnis, { build: string; notizen: string[] }>> {
  process.stderr.write(
    `baue ${gruppe.length} Datei(en)${gruppe.length === 1 ? ` ${gruppe[0]!.fall.ziel}` : ''} (${sekunden()})\n`,
  );
  const { ok, urteile, ausgabe } = await baue(gruppe);
  if (ok || gruppe.length === 1) return urteile;
  // Nennt die Ausgabe Dateien der Gruppe, zuerst diese allein; sonst halbieren.
  const genannt = gruppe.filter((e) => ausgabe.includes(e.fall.ziel));
  const [a, b] =
    genannt.length && genannt.length < gruppe.length
      ? [genannt, gruppe.filter((e) => !genannt.includes(e))]
      : [gruppe.slice(0, Math.ceil(gruppe.length / 2)), gruppe.slice(Math.ceil(gruppe.length / 2))];
  return new Map([...(await teile(a)), ...(await teile(b))]);
}

const angenommene = ergebnisse.filter((e) => e.angenommen);
if (!ohneBuild && angenommene.length) {
  const gruppen = einzeln ? angenommene.map((e) => [e]) : [angenommene];
  for (const gruppe of gruppen) {
    for (const [e, u] of await teile(gruppe)) {
      e.build = u.build;
      e.notizen.push(...u.notizen);
    }
  }
}

// 3. Tabelle und Zusammenfassung.
const befundText = (e: Ergebnis) => {
  if (e.angenommen) return 'angenommen';
  const eigene = [...new Set(e.befunde.filter(istFehler).map((b) => `${b.regel}:${b.zeile}`))].slice(0, 4);
  const andere = [...new Set(e.andere.filter(istFehler).map((b) => `${b.datei} ${b.regel}:${b.zeile}`))].slice(0, 2);
  return `abgelehnt ${[...eigene, ...andere.map((a) => `(andere Datei: ${a})`)].join(' ')}`;
};
const urteil = (e: Ergebnis): string => {
  const problem = e.notizen.some((n) =>
    /^(CODE LIEF|FREMDES BILD|BILD OHNE|VERSTECKTE|LINK-SCHEMA|Steuerzeichen|Platzhalter|doppelte|html-validate|LANGSAM|PRÜFUNG WIRFT|Stacktrace|mailto|keine Seite|Nebenwirkung|Ausgabe)/.test(
      n,
    ),
  );
  if (e.fall.erwartet === 'abgelehnt' && e.angenommen) return e.fall.offen ? 'LÜCKE (bekannt)' : 'LÜCKE';
  if (e.fall.erwartet === 'angenommen' && !e.angenommen) return 'ZU STRENG';
  if (e.notizen.some((n) => n.startsWith('erwartet, nicht gemeldet'))) return 'FALSCHE STELLE';
  // Eine bekannte Lücke, die inzwischen jemand geschlossen hat: „offen:“ aus der Kopfzeile entfernen.
  if (e.fall.offen && e.fall.erwartet === 'abgelehnt' && !problem) return 'LÜCKE GESCHLOSSEN';
  if (e.build?.startsWith('ABBRUCH')) return 'BUILD BRICHT';
  if (problem) return 'AUFFÄLLIG';
  return 'wie erwartet';
};
const zeilen = ergebnisse.map((e) => [
  e.fall.ziel,
  e.fall.klasse,
  `${befundText(e)}${e.befunde.some((b) => !istFehler(b)) ? ' (+Warnung)' : ''}`,
  e.build ?? (e.angenommen ? (ohneBuild ? 'nicht gebaut' : '') : '–'),
  urteil(e),
  e.notizen.join('; '),
]);
const kopf = ['Datei', 'Klasse', 'Prüfung', 'Build', 'Urteil', 'Anmerkungen'];
console.log(`| ${kopf.join(' | ')} |\n|${kopf.map(() => ' --- ').join('|')}|`);
for (const z of zeilen) console.log(`| ${z.map((s) => s.replaceAll('|', '\\|')).join(' | ')} |`);

const zaehle = (u: string) => ergebnisse.filter((e) => urteil(e).startsWith(u)).length;
const abgelehnt = ergebnisse.filter((e) => !e.angenommen).length;
const laengste = Math.max(...ergebnisse.map((e) => e.ms));
console.log(
  `\nKorpus: ${ergebnisse.length} Dateien, ${abgelehnt} von der Prüfung abgelehnt, ${angenommene.length} angenommen ` +
    `(${angenommene.filter((e) => e.build?.startsWith('gebaut')).length} gebaut, ${angenommene.filter((e) => e.build?.startsWith('ABBRUCH')).length} Build-Abbruch); ` +
    `wie erwartet ${zaehle('wie erwartet')}, Lücken ${zaehle('LÜCKE')} (bekannt ${zaehle('LÜCKE (bekannt)')}), ` +
    `auffällig ${zaehle('AUFFÄLLIG')}, Build bricht ${zaehle('BUILD BRICHT')}, zu streng ${zaehle('ZU STRENG')}, ` +
    `an falscher Stelle gemeldet ${zaehle('FALSCHE STELLE')}, Lücke inzwischen geschlossen ${zaehle('LÜCKE GESCHLOSSEN')}; ` +
    `Code lief: ${ergebnisse.filter((e) => e.notizen.some((n) => n.startsWith('CODE LIEF'))).length}; ` +
    `längste Prüfung ${(laengste / 1000).toFixed(1)} s; Zeit ${sekunden()}`,
);
if (nichtZugeordnet.length) {
  console.log(
    `Auffällige Build-Ausgabe ohne Zuordnung zu einem Fall:\n${[...new Set(nichtZugeordnet)].map((z) => `  ${z}`).join('\n')}`,
  );
}
const unerwartet = ergebnisse.filter((e) => {
  const u = urteil(e);
  return (
    u !== 'wie erwartet' && u !== 'LÜCKE (bekannt)' && !(e.fall.offen && ['AUFFÄLLIG', 'FALSCHE STELLE'].includes(u))
  );
});
process.exit(unerwartet.length ? 1 : 0);
