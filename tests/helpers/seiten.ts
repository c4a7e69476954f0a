/**
 * Hilfen für Browsertests, die viele Seiten der gebauten Website besuchen
 * (Prüfsteine: Barrierefreiheit, Datenschutz, CSP): Seitenarten aus dist/,
 * Diagramme fertig zeichnen, Farbschema wechseln, mehrere Seiten zugleich.
 */
import type { Page } from 'playwright-core';
import { adresseVon, htmlSeiten, seite } from './dist.ts';

/** Alle Seiten der Website als Adresse, die 404-Seite als „/404.html“. */
export function alleAdressen(): string[] {
  return htmlSeiten().map(adresseVon);
}

/** Zahl der Diagramme einer Seite in dist/. */
function diagramme(datei: string): number {
  // Vorlagen im <template> (Beitragseditor) sind keine Diagramme der Seite.
  return seite(datei)
    .querySelectorAll('figure[data-diagramm]')
    .filter((figur) => !figur.closest('template')).length;
}

/**
 * Art einer Seite aus ihrer Adresse: feste Teile bleiben, wechselnde werden „*“
 * („/leistungen/wohngeld/technisch/“ → „leistungen/*\/*“); Dossiers sind eine eigene Art.
 */
export function seitenArt(adresse: string): string {
  const teile = adresse.split('/').filter(Boolean);
  if (teile.length === 0) return 'start';
  if (teile.at(-1) === 'dossier') return `${teile[0]}/*/dossier`;
  return [teile[0], ...teile.slice(1).map(() => '*')].join('/');
}

/** Je Seitenart eine Adresse, bevorzugt die mit den meisten Diagrammen (die schwerste Seite ihrer Art). */
export function seitenJeArt(): Map<string, string> {
  const beste = new Map<string, { adresse: string; diagramme: number }>();
  for (const datei of htmlSeiten()) {
    const adresse = adresseVon(datei);
    const art = seitenArt(adresse);
    const zahl = diagramme(datei);
    const bisher = beste.get(art);
    if (!bisher || zahl > bisher.diagramme) beste.set(art, { adresse, diagramme: zahl });
  }
  return new Map([...beste].map(([art, { adresse }]) => [art, adresse]));
}

/** Lässt alle Diagramme der Seite zeichnen (wie vor dem Drucken) und wartet, bis jedes fertig ist. */
export async function diagrammeZeichnen(page: Page): Promise<void> {
  if ((await page.locator('figure[data-diagramm]').count()) === 0) return;
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll<HTMLElement>('figure[data-diagramm]')].every(
        (figur) => !['wartet', 'zeichnet'].includes(figur.dataset.zustand ?? ''),
      ),
    null,
    { timeout: 60_000 },
  );
}

/**
 * Wechselt das Farbschema des Systems und wartet, bis die Seite folgt und
 * jedes Diagramm in den neuen Farben gezeichnet ist (die Flächenfarbe des
 * Schemas steht dann in jedem SVG).
 */
export async function schemaWechseln(page: Page, schema: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: schema });
  await page.waitForFunction(
    (ziel) => {
      if (document.documentElement.dataset.theme !== ziel) return false;
      const flaeche = getComputedStyle(document.documentElement).getPropertyValue('--farbe-flaeche').trim();
      return [...document.querySelectorAll('figure[data-diagramm][data-zustand="fertig"] svg')].every((svg) =>
        svg.outerHTML.toLowerCase().includes(flaeche.toLowerCase()),
      );
    },
    schema,
    { timeout: 60_000 },
  );
}

/** Arbeitet `eintraege` mit höchstens `gleichzeitig` Aufgaben zugleich ab; Ergebnisse in der Reihenfolge der Einträge. */
export async function parallel<T, E>(
  eintraege: readonly T[],
  gleichzeitig: number,
  aufgabe: (eintrag: T, arbeiter: number) => Promise<E>,
): Promise<E[]> {
  const ergebnisse: E[] = new Array(eintraege.length);
  let naechster = 0;
  const arbeiter = async (nummer: number) => {
    while (naechster < eintraege.length) {
      const i = naechster++;
      ergebnisse[i] = await aufgabe(eintraege[i]!, nummer);
    }
  };
  await Promise.all(Array.from({ length: Math.min(gleichzeitig, eintraege.length) }, (_, n) => arbeiter(n)));
  return ergebnisse;
}
