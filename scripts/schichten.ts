/**
 * Prüft den Bauplan (.dependency-cruiser.cjs) mit dependency-cruiser und
 * ergänzt, was das Werkzeug nicht kann:
 *
 * - .astro-Dateien: dependency-cruiser liest sie nicht. Ihre Importe (im
 *   Kopf zwischen „---“ und in <script>) werden darum in einer Spiegelkopie
 *   des Projekts als Datei „Name.astro.ts“ abgelegt; ein Import „./Name.astro“
 *   findet sie dort, weil der Auflöser „.ts“ anhängt. In Meldungen steht
 *   wieder „Name.astro“.
 * - Kreise zwischen Ordnern: Ein Ordner A importiert aus B und B aus A, auch
 *   über Umwege, ohne dass zwei Dateien einen Kreis bilden.
 *
 * Aufruf: npm run schichten [-- --wurzel ORDNER]
 * Endet mit 1 und listet jeden Verstoß, wenn es einen gibt.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { cruise, type ICruiseResult, type IModule } from 'dependency-cruiser';
import extractDepcruiseConfig from 'dependency-cruiser/config-utl/extract-depcruise-config';

/** Ordner, deren Importe geprüft werden. */
const ORDNER = ['src', 'cli', 'scripts', 'tests', 'werkzeuge'];
/** Nicht geprüft: Testdaten (auch die absichtlich falschen Bäume für diese Prüfung). */
const AUSGENOMMEN = /^tests\/fixtures\//;
const SKRIPT = /\.(?:ts|mts|mjs|js|cjs)$/;

const { values } = parseArgs({ options: { wurzel: { type: 'string', default: '.' } } });
const wurzel = resolve(values.wurzel);
const projekt = resolve(import.meta.dirname, '..');

/** Alle Importe einer .astro-Datei, als TypeScript-Zeilen. */
export function astroImporte(quelltext: string): string {
  const teile: string[] = [];
  const kopf = /^---\r?\n([\s\S]*?)\r?\n---/.exec(quelltext);
  if (kopf?.[1]) teile.push(kopf[1]);
  for (const m of quelltext.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) teile.push(m[1] ?? '');
  const importe: string[] = [];
  const muster =
    /\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?(['"])([^'"\n]+)\1|\bimport\s*\(\s*(['"])([^'"\n]+)\3\s*\)/g;
  for (const text of teile) {
    for (const m of text.matchAll(muster)) {
      const ziel = m[2] ?? m[4];
      const nurTyp = /^(?:import|export)\s+type\s/.test(m[0]);
      importe.push(`${nurTyp ? 'import type {} from' : 'import'} ${JSON.stringify(ziel)};`);
    }
  }
  return importe.join('\n') + '\n';
}

function dateienUnter(ordner: string): string[] {
  try {
    return readdirSync(ordner, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(wurzel, join(e.parentPath, e.name)).split(sep).join('/'));
  } catch {
    return [];
  }
}

/** Spiegelt die zu prüfenden Dateien; .astro wird zu „.astro.ts“ mit nur den Importen. */
function spiegle(ziel: string): string[] {
  const eintraege: string[] = [];
  for (const ordner of ORDNER) {
    for (const datei of dateienUnter(join(wurzel, ordner))) {
      if (AUSGENOMMEN.test(datei) && wurzel === projekt) continue;
      const quelle = join(wurzel, datei);
      if (datei.endsWith('.astro')) {
        mkdirSync(dirname(join(ziel, datei)), { recursive: true });
        writeFileSync(join(ziel, `${datei}.ts`), astroImporte(readFileSync(quelle, 'utf8')));
        eintraege.push(`${datei}.ts`);
      } else if (SKRIPT.test(datei) && !datei.endsWith('.d.ts')) {
        mkdirSync(dirname(join(ziel, datei)), { recursive: true });
        cpSync(quelle, join(ziel, datei));
        eintraege.push(datei);
      }
    }
  }
  return eintraege;
}

const anzeige = (pfad: string) => pfad.replace(/\.astro\.ts$/, '.astro');

/** Der Ordner einer Datei, genau oder nur die oberste Ebene („src/lib“, „cli“). */
const genau = (pfad: string) => dirname(anzeige(pfad));
const oben = (pfad: string) => {
  const teile = anzeige(pfad).split('/');
  return teile[0] === 'src' ? teile.slice(0, 2).join('/') : (teile[0] ?? pfad);
};

/**
 * Kreise zwischen Ordnern (Tarjan): jede starke Zusammenhangskomponente mit
 * mehr als einem Ordner, einmal je genauem Ordner und einmal je Ordner unter
 * src/ (so fällt auch ein Kreis auf, der durch verschiedene Unterordner läuft).
 */
export function ordnerKreise(module: readonly IModule[], ordnerVon: (pfad: string) => string = genau): string[][] {
  const kanten = new Map<string, Set<string>>();
  for (const m of module) {
    if (!/^(src|cli|werkzeuge)\//.test(m.source)) continue;
    const von = ordnerVon(m.source);
    if (!kanten.has(von)) kanten.set(von, new Set());
    for (const d of m.dependencies) {
      if (d.coreModule || d.couldNotResolve || !/^(src|cli|werkzeuge)\//.test(d.resolved)) continue;
      const zu = ordnerVon(d.resolved);
      if (zu !== von) kanten.get(von)?.add(zu);
    }
  }
  let index = 0;
  const idx = new Map<string, number>();
  const tief = new Map<string, number>();
  const stapel: string[] = [];
  const auf = new Set<string>();
  const kreise: string[][] = [];
  const besuche = (v: string) => {
    idx.set(v, index);
    tief.set(v, index++);
    stapel.push(v);
    auf.add(v);
    for (const w of kanten.get(v) ?? []) {
      if (!idx.has(w)) {
        besuche(w);
        tief.set(v, Math.min(tief.get(v)!, tief.get(w)!));
      } else if (auf.has(w)) tief.set(v, Math.min(tief.get(v)!, idx.get(w)!));
    }
    if (tief.get(v) === idx.get(v)) {
      const teil: string[] = [];
      let w: string | undefined;
      do {
        w = stapel.pop()!;
        auf.delete(w);
        teil.push(w);
      } while (w !== v);
      if (teil.length > 1) kreise.push(teil.sort());
    }
  };
  for (const v of kanten.keys()) if (!idx.has(v)) besuche(v);
  return kreise;
}

/** Was im Browser nicht laufen kann: Node-Module, der Node-Rand der Prüfung, Astros virtuelle Module. */
const NUR_NODE = /^(?:src\/pruefung\/node\/|src\/integrations\/)/;

/**
 * Jeder Weg von Code unter src/browser/ zu einem Modul, das nur unter Node
 * läuft, über Importe, die zur Laufzeit bleiben (reine Typimporte fallen beim
 * Übersetzen weg). Gemeldet wird der kürzeste Weg je Startdatei.
 */
export function browserErreichtNode(module: readonly IModule[]): [string, string[]][] {
  const nach = new Map(module.map((m) => [m.source, m]));
  const funde: [string, string[]][] = [];
  for (const start of module.filter((m) => m.source.startsWith('src/browser/'))) {
    const vorgaenger = new Map<string, string>([[start.source, '']]);
    const schlange = [start.source];
    let ziel: string | undefined;
    while (schlange.length && !ziel) {
      const aktuell = schlange.shift()!;
      for (const d of nach.get(aktuell)?.dependencies ?? []) {
        if (d.dependencyTypes.every((t) => t === 'type-only' || t === 'type-import')) continue;
        const name = d.coreModule ? d.module : /^astro:/.test(d.module) ? d.module : d.resolved;
        if (vorgaenger.has(name)) continue;
        vorgaenger.set(name, aktuell);
        if (d.coreModule || /^astro:/.test(d.module) || NUR_NODE.test(name)) {
          ziel = name;
          break;
        }
        if (!d.couldNotResolve && !name.startsWith('node_modules/')) schlange.push(name);
      }
    }
    if (!ziel) continue;
    const weg: string[] = [];
    for (let v: string | undefined = ziel; v; v = vorgaenger.get(v) || undefined) weg.unshift(v);
    funde.push([start.source, weg.slice(1)]);
  }
  return funde;
}

async function main(): Promise<number> {
  const spiegel = mkdtempSync(join(tmpdir(), 'atlas-schichten-'));
  try {
    const eintraege = spiegle(spiegel);
    symlinkSync(join(projekt, 'node_modules'), join(spiegel, 'node_modules'), 'dir');
    const regeln = await extractDepcruiseConfig(join(projekt, '.dependency-cruiser.cjs'));
    const ergebnis = await cruise(eintraege, { ...regeln.options, ruleSet: regeln, baseDir: spiegel, validate: true });
    const ausgabe = ergebnis.output as ICruiseResult;
    const verstoesse = ausgabe.summary.violations.map((v) => {
      const kreis = v.cycle?.length ? ` (Kreis: ${v.cycle.map((c) => anzeige(c.name)).join(' → ')})` : '';
      return `${anzeige(v.from)} → ${anzeige(v.to)}: ${v.rule.name}${kreis}`;
    });
    const kreise = [...ordnerKreise(ausgabe.modules), ...ordnerKreise(ausgabe.modules, oben)].map(
      (k) => `Ordner im Kreis: ${k.join(' ↔ ')}: ordner-kreis`,
    );
    const browser = browserErreichtNode(ausgabe.modules).map(
      ([start, weg]) =>
        `${anzeige(start)} erreicht zur Laufzeit ${weg.map(anzeige).join(' → ')}: browser-erreicht-node`,
    );
    const alle = [...new Set([...verstoesse, ...kreise, ...browser])];
    const astro = eintraege.filter((e) => e.endsWith('.astro.ts')).length;
    console.log(`${ausgabe.summary.totalCruised} Module geprüft (${astro} .astro), ${alle.length} Verstöße.`);
    for (const v of alle) console.log(`  ${v}`);
    if (alle.length) {
      console.log(
        '\nDie Regeln und ihr Grund stehen in .dependency-cruiser.cjs; den Bauplan erklärt docs/architektur.md.',
      );
    }
    return alle.length ? 1 : 0;
  } finally {
    rmSync(spiegel, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
