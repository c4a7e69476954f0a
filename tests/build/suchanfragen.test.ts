/**
 * Trefferquote der Suche über den gebauten Index: Jede Anfrage aus
 * suchanfragen.daten.ts läuft wie auf der Suchseite (sucheAusfuehren, dieselbe
 * Rangfolge, dieselben Suchhilfen), und gezählt wird, ob die erwartete Seite weit genug oben steht.
 * Die Quote wird ausgegeben, damit Änderungen an der Rangfolge messbar sind.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { leererZustand, sucheAusfuehren, type Zaehlung } from '../../src/lib/suche/abfrage.ts';
import { ladePagefind, ladeSuchhilfen } from '../helpers/pagefind.ts';
import { SUCHANFRAGEN, type Suchanfrage } from './suchanfragen.daten.ts';

/** Untergrenze der Quote; gemessen und in docs/architektur.md genannt. Sinkt sie, ist die Rangfolge schlechter geworden. */
const MINDESTQUOTE = 0.9;

interface Ergebnis {
  anfrage: Suchanfrage;
  /** Rang der ersten erwarteten Seite (1 = oben), oder undefined. */
  rang: number | undefined;
  oben: string[];
}

let ergebnisse: Ergebnis[];

beforeAll(async () => {
  const pagefind = await ladePagefind();
  const alle: Zaehlung = await pagefind.filters();
  const hilfen = await ladeSuchhilfen();
  ergebnisse = [];
  for (const anfrage of SUCHANFRAGEN) {
    const { treffer } = await sucheAusfuehren(pagefind, { ...leererZustand(), q: anfrage.q }, alle, {}, hilfen);
    const adressen = await Promise.all(treffer.slice(0, 10).map(async (t) => (await t.data()).url));
    const erwartet = [anfrage.erwartet].flat();
    const index = adressen.findIndex((a) => erwartet.includes(a));
    ergebnisse.push({ anfrage, rang: index < 0 ? undefined : index + 1, oben: adressen.slice(0, 3) });
  }
  const getroffen = ergebnisse.filter(trifft);
  console.log(
    `Suchanfragen: ${getroffen.length} von ${ergebnisse.length} getroffen (${Math.round((100 * getroffen.length) / ergebnisse.length)} %)`,
  );
  for (const e of ergebnisse.filter((e) => !trifft(e))) {
    console.log(`  verfehlt: „${e.anfrage.q}“ → Rang ${e.rang ?? '–'}; oben: ${e.oben.join(', ') || 'nichts'}`);
  }
});

const trifft = (e: Ergebnis) => e.rang !== undefined && e.rang <= (e.anfrage.bis ?? 3);

describe('Suchanfragen von Leserinnen und Lesern', () => {
  it('sind mindestens 40, jede mit erwarteter Seite', () => {
    expect(SUCHANFRAGEN.length).toBeGreaterThanOrEqual(40);
  });

  it(`treffen zu mindestens ${MINDESTQUOTE * 100} % die erwartete Seite`, () => {
    const quote = ergebnisse.filter(trifft).length / ergebnisse.length;
    expect(quote).toBeGreaterThanOrEqual(MINDESTQUOTE);
  });

  it.each(SUCHANFRAGEN.filter((a) => a.muss).map((a) => [a.q, a]))(
    '„%s“ zeigt die erwartete Seite oben',
    (_q, anfrage) => {
      const e = ergebnisse.find((x) => x.anfrage === anfrage)!;
      expect(e.oben, `„${anfrage.q}“`).toContain([anfrage.erwartet].flat()[0]);
      expect(e.rang).toBeLessThanOrEqual(anfrage.bis ?? 3);
    },
  );
});
