/**
 * Suchhilfen, die der Build einmal berechnet und die Suchseite lädt
 * (/suche/suchhilfen.json): der Wortschatz der Website für „Meinten Sie …“
 * und die Frageformen aus content/suchfragen.yaml. Rein; die Seite
 * src/pages/suche/suchhilfen.json.ts sammelt die Eingaben.
 */
import type { Frageform } from './fragen.ts';

export interface Suchhilfen {
  /** Wörter aus Titeln, Themen (Namen und Kurzformen), Glossarbegriffen und Synonymen, sortiert. */
  woerter: string[];
  fragen: Frageform[];
}

/** Kürzere Wörter taugen nicht als Vorschlag: Abkürzungen tippt man nicht falsch, sondern anders. */
const MINDESTLAENGE = 4;

/**
 * Wörter für den Wortschatz: jede Bezeichnung als Ganzes (ein Wort wie
 * „FIT-Connect“) und ihre einzelnen Wörter, ohne Satzzeichen am Rand. Zahlen
 * und Schlüssel bleiben draußen.
 */
export function wortschatz(bezeichnungen: Iterable<string>): string[] {
  const woerter = new Set<string>();
  const nimm = (w: string) => {
    const wort = w.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
    if (wort.length >= MINDESTLAENGE && /^\p{L}[\p{L}-]*$/u.test(wort)) woerter.add(wort);
  };
  for (const bezeichnung of bezeichnungen) {
    for (const wort of bezeichnung.split(/[\s/()„“"',;:]+/)) {
      nimm(wort);
      if (wort.includes('-')) wort.split('-').forEach(nimm);
    }
  }
  return [...woerter].sort((a, b) => a.localeCompare(b, 'de'));
}
