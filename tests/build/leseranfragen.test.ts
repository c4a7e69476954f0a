/**
 * Trefferquote der Suche über die Logik der Suchseite: Jede Anfrage aus
 * leseranfragen.daten.ts läuft durch `sucheAusfuehren` mit den Suchhilfen des
 * Builds (dist/suche/suchhilfen.json: Wortschatz für Tippfehler, Frageformen),
 * genau wie auf /suche/. Ausgegeben wird die Quote gesamt und je Klasse.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { leererZustand, sucheAusfuehren, type Zaehlung } from '../../src/lib/suche/abfrage.ts';
import { ladePagefind, ladeSuchhilfen } from '../helpers/pagefind.ts';
import { LESERANFRAGEN, type Klasse, type Leseranfrage } from './leseranfragen.daten.ts';

/** Ziel aus Issue 24: mindestens 90 % mit einer richtigen Seite unter den ersten drei. */
const MINDESTQUOTE = 0.9;

interface Ergebnis {
  anfrage: Leseranfrage;
  rang: number | undefined;
  oben: string[];
}

let ergebnisse: Ergebnis[];
const trifft = (e: Ergebnis) => e.rang !== undefined && e.rang <= (e.anfrage.bis ?? 3);
const prozent = (teil: number, ganz: number) => `${Math.round((100 * teil) / ganz)} %`;

beforeAll(async () => {
  const pagefind = await ladePagefind();
  const alle: Zaehlung = await pagefind.filters();
  const hilfen = await ladeSuchhilfen();
  ergebnisse = [];
  for (const anfrage of LESERANFRAGEN) {
    const { treffer } = await sucheAusfuehren(pagefind, { ...leererZustand(), q: anfrage.q }, alle, {}, hilfen);
    const adressen = await Promise.all(treffer.slice(0, 10).map(async (t) => (await t.data()).url));
    const erwartet = [anfrage.erwartet].flat();
    const index = adressen.findIndex((a) => erwartet.includes(a));
    ergebnisse.push({ anfrage, rang: index < 0 ? undefined : index + 1, oben: adressen.slice(0, 3) });
  }
  const getroffen = ergebnisse.filter(trifft).length;
  const zeilen = [
    `Leseranfragen: ${getroffen} von ${ergebnisse.length} getroffen (${prozent(getroffen, ergebnisse.length)})`,
  ];
  for (const klasse of new Set(LESERANFRAGEN.map((a) => a.klasse))) {
    const eigene = ergebnisse.filter((e) => e.anfrage.klasse === klasse);
    const n = eigene.filter(trifft).length;
    zeilen.push(`  ${klasse}: ${n} von ${eigene.length} (${prozent(n, eigene.length)})`);
  }
  for (const e of ergebnisse.filter((x) => !trifft(x))) {
    zeilen.push(
      `  verfehlt [${e.anfrage.klasse}]: „${e.anfrage.q}“ → Rang ${e.rang ?? '–'}; oben: ${e.oben.join(', ') || 'nichts'}`,
    );
  }
  console.log(zeilen.join('\n'));
});

const anzahl = (klasse: Klasse) => LESERANFRAGEN.filter((a) => a.klasse === klasse).length;

describe('Leseranfragen durch die Logik der Suchseite', () => {
  it('sind mindestens 60, davon je mindestens 10 Tippfehler, Alltagswörter und Fragen', () => {
    expect(LESERANFRAGEN.length).toBeGreaterThanOrEqual(60);
    for (const klasse of ['tippfehler', 'alltag', 'frage'] as const)
      expect(anzahl(klasse), klasse).toBeGreaterThanOrEqual(10);
  });

  it(`treffen zu mindestens ${MINDESTQUOTE * 100} % eine richtige Seite unter den ersten drei`, () => {
    expect(ergebnisse.filter(trifft).length / ergebnisse.length).toBeGreaterThanOrEqual(MINDESTQUOTE);
  });
});
