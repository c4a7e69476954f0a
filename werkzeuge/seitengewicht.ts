/**
 * Was eine gebaute Seite beim Laden überträgt, bevor jemand mit ihr
 * interagiert: HTML, CSS (verlinkt und eingebettet) und JavaScript (Skripte,
 * Modulvorladungen und deren statische Importe; dynamische import() zählen
 * nicht, sie laden erst bei Bedarf). Roh und gzip-komprimiert.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export interface Gewicht {
  roh: number;
  gzip: number;
}

export interface Seitengewicht {
  html: Gewicht;
  css: Gewicht;
  js: Gewicht;
  /** Alle JavaScript-Dateien, die die Seite vor jeder Interaktion lädt (Pfade ab dist/). */
  skripte: string[];
  /** Skripte im <head> ohne defer/async/type=module, die das Zeichnen aufhalten. */
  blockierend: string[];
}

const gewicht = (text: string | Buffer): Gewicht => ({ roh: Buffer.byteLength(text), gzip: gzipSync(text).length });
const summe = (teile: Gewicht[]): Gewicht =>
  teile.reduce((a, b) => ({ roh: a.roh + b.roh, gzip: a.gzip + b.gzip }), { roh: 0, gzip: 0 });

/** Statische Importe eines ES-Moduls (import … from "x", import "x", export … from "x"). */
export function statischeImporte(code: string): string[] {
  const importe = new Set<string>();
  for (const treffer of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[^'"();]*?from\s*)?["']([^"']+)["']/g)) {
    importe.add(treffer[1]!);
  }
  return [...importe];
}

/** Misst eine Seite; `datei` ist relativ zu dist/ (z. B. „leistungen/a/b/index.html“). */
export function seitengewicht(dist: string, datei: string): Seitengewicht {
  const html = readFileSync(join(dist, datei), 'utf8');
  const dom = parse(html);
  const seitenPfad = `/${posix.dirname(datei)}/`;
  const aufloesen = (ziel: string, basis: string) => new URL(ziel, `https://x${basis}`).pathname;

  const css: Gewicht[] = dom.querySelectorAll('style').map((s) => gewicht(s.text));
  for (const link of dom.querySelectorAll('link[rel="stylesheet"]')) {
    const pfad = join(dist, aufloesen(link.getAttribute('href')!, seitenPfad));
    if (existsSync(pfad)) css.push(gewicht(readFileSync(pfad)));
  }

  const js: Gewicht[] = [];
  const geladen = new Set<string>();
  const lade = (pfad: string) => {
    if (geladen.has(pfad) || !existsSync(join(dist, pfad))) return;
    geladen.add(pfad);
    const code = readFileSync(join(dist, pfad), 'utf8');
    js.push(gewicht(code));
    for (const ziel of statischeImporte(code)) if (/^[./]/.test(ziel)) lade(aufloesen(ziel, posix.dirname(pfad) + '/'));
  };
  const blockierend: string[] = [];
  for (const skript of dom.querySelectorAll('script')) {
    const typ = skript.getAttribute('type');
    if (typ && typ !== 'module' && typ !== 'text/javascript') continue; // JSON-Daten u. Ä.
    const src = skript.getAttribute('src');
    if (src) lade(aufloesen(src, seitenPfad));
    else {
      js.push(gewicht(skript.text));
      for (const ziel of statischeImporte(skript.text)) if (/^[./]/.test(ziel)) lade(aufloesen(ziel, seitenPfad));
    }
    const imKopf = skript.closest('head') !== null;
    if (src && imKopf && typ !== 'module' && !skript.hasAttribute('defer') && !skript.hasAttribute('async')) {
      blockierend.push(src);
    }
  }
  for (const link of dom.querySelectorAll('link[rel="modulepreload"]'))
    lade(aufloesen(link.getAttribute('href')!, seitenPfad));

  return { html: gewicht(html), css: summe(css), js: summe(js), skripte: [...geladen].sort(), blockierend };
}
