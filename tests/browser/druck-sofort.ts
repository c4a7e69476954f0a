/**
 * Gemeinsames für die Tests „Drucken gleich nach dem Laden“ in Chromium und
 * Firefox ESR (druck-sofort*.browser.test.ts): welche Seiten, und die Prüfung
 * jeder Figur, die im Browser läuft (ohne Importe, sie wird serialisiert).
 */
import { adresseVon, htmlSeiten } from '../helpers/dist.ts';

/** Alle Dossiers in dist/. */
export function dossiers(): string[] {
  return htmlSeiten()
    .filter((datei) => /^leistungen\/[^/]+\/dossier\/index\.html$/.test(datei))
    .map(adresseVon);
}

export interface Figurbefund {
  id: string;
  zustand: string;
  /** Ein gezeichnetes Bild ist zu sehen (SVG mit Fläche). */
  bild: boolean;
  /** Titel und Ersatztext sind zu sehen. */
  text: boolean;
  /** Der Platzhalter (leere Fläche) ist zu sehen. */
  leer: boolean;
}

/**
 * Läuft im Browser unter dem Druckmedium: Für jede Figur, ob ein Bild oder
 * ihr Text zu sehen ist und ob eine leere Fläche bleibt. Als Text, damit kein
 * Hilfscode des Test-Transpilers (etwa __name) mit in die Seite muss.
 */
export const PRUEFE_FIGUREN = `(() => {
  const sichtbar = (e) => {
    if (!e) return false;
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
  };
  return [...document.querySelectorAll('figure[data-diagramm]')].map((f) => {
    const flaeche = f.querySelector('[data-diagramm-bild]');
    const svg = flaeche ? flaeche.querySelector('svg') : null;
    const ersatz = f.querySelector('[data-druck-ersatz]');
    const titel = f.querySelector('figcaption .titel');
    return {
      id: f.id,
      zustand: f.dataset.zustand || '',
      bild: sichtbar(svg),
      text: sichtbar(ersatz) && ersatz.textContent.trim().length > 20 && sichtbar(titel) && titel.textContent.trim().length > 0,
      leer: sichtbar(flaeche) && !svg && f.dataset.zustand !== 'fehler',
    };
  });
})()`;

/** Ersetzt IntersectionObserver durch einen, der nie meldet: So bleibt jedes Diagramm „wartet“ wie bei zu frühem Druck. */
export const NIE_SICHTBAR = `window.IntersectionObserver = class { observe() {} unobserve() {} disconnect() {} takeRecords() { return []; } };`;

/**
 * Für Firefox: puppeteer kann dort das Druckmedium nicht einstellen (nur über
 * CDP, das Firefox nicht spricht). Nachgebildet wird es, indem die Regeln in
 * `@media print` für alle Medien gelten und die in `@media screen` für keins.
 * Das prüft dieselben Stile, die Firefox beim Drucken anwendet.
 */
export const DRUCKMEDIUM_NACHBILDEN = `(() => {
  const umstellen = (liste) => {
    for (const regel of liste) {
      if (!(regel instanceof CSSMediaRule)) continue;
      const text = regel.media.mediaText;
      if (/\\bprint\\b/.test(text) && !/not\\s+print/.test(text)) regel.media.mediaText = text.replace(/\\bprint\\b/g, 'all');
      else if (/\\bscreen\\b/.test(text)) regel.media.mediaText = 'not all';
      umstellen(regel.cssRules);
    }
  };
  for (const blatt of document.styleSheets) {
    if (blatt.media.mediaText.includes('print')) blatt.media.mediaText = 'all';
    try {
      umstellen(blatt.cssRules);
    } catch (fehler) {
      // Fremde Stylesheets lassen sich nicht lesen; die Website hat keine.
    }
  }
})()`;
