/**
 * Zugriff auf die gebaute Website in dist/ für Tests über die Ausgabe.
 * npm test baut vorher; fehlt dist/, sagt der Test, was zu tun ist.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

export function pruefeDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ fehlt: Bauen Sie die Website zuerst mit „npm run build“ (npm test tut das selbst).');
  }
}

/** Alle HTML-Seiten als Pfad relativ zu dist/ („leistungen/wohngeld/index.html“). */
export function htmlSeiten(): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((datei) => datei.endsWith('.html'))
    .map((datei) => datei.split(sep).join('/'))
    .sort();
}

const geparst = new Map<string, HTMLElement>();

/** Liest und parst eine Seite aus dist/ (einmal je Testlauf). */
export function seite(pfad: string): HTMLElement {
  let dom = geparst.get(pfad);
  if (!dom) {
    dom = parse(readFileSync(join(DIST, pfad), 'utf8'));
    geparst.set(pfad, dom);
  }
  return dom;
}

/** Die Datei in dist/, die eine Adresse der Website ausliefert, oder undefined. */
export function dateiFuer(adresse: string): string | undefined {
  const pfad = decodeURIComponent(adresse.split(/[?#]/)[0]!);
  const kandidaten = pfad.endsWith('/') ? [`${pfad}index.html`] : [pfad, `${pfad}/index.html`];
  for (const k of kandidaten) {
    const absolut = join(DIST, k);
    if (existsSync(absolut) && statSync(absolut).isFile()) return relative(DIST, absolut).split(sep).join('/');
  }
  return undefined;
}

/** Adresse einer Seite aus ihrem Dateipfad: „leistungen/index.html“ → „/leistungen/“. */
export function adresseVon(datei: string): string {
  return `/${datei.replace(/(^|\/)index\.html$/, '$1')}`;
}
