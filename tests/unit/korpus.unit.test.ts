/**
 * Der Korpus feindlicher Dateien (tests/fixtures/korpus/, Issue 20), nur die
 * Prüfung: Jede Datei, die abgelehnt werden soll, wird allein wie in einem
 * Pull-Request geprüft und mit Regel, Datei und Zeile gemeldet, deutsch und
 * ohne Stacktrace; Code läuft dabei nicht. Bekannte Lücken („offen:“ in der
 * Kopfzeile) stehen als erwartetes Scheitern da: Wer eine schließt, sieht den
 * Test rot werden und entfernt die Markierung. Die Builds und die Fälle zur
 * Laufzeit laufen in `npm run korpus`, nicht hier.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { istFehler, pruefeInhaltsordner } from '../../src/pruefung/node/index.ts';
import { testinhalte } from '../../werkzeuge/testinhalte.ts';
import { korpusFaelle } from '../../werkzeuge/korpus.ts';
import { istDeutsch } from '../../werkzeuge/pruefen-lauf.ts';

const faelle = korpusFaelle().filter(
  (f) =>
    f.erwartet === 'abgelehnt' &&
    !f.klasse.startsWith('Laufzeit') &&
    !(process.platform === 'win32' && f.ziel.endsWith('rohr.mdx')),
);

describe('Korpus: die Prüfung lehnt ab', () => {
  it('hat mindestens 40 Fälle, die abgelehnt werden sollen', () => {
    expect(faelle.length).toBeGreaterThanOrEqual(40);
  });

  for (const fall of faelle) {
    const test = fall.offen ? it.fails : it;
    test(`${fall.ziel} (${fall.klasse})`, { timeout: 30_000 }, async () => {
      const inhalte = testinhalte();
      const marke = join(inhalte.ordner, '..', `korpus-marke-${process.pid}`);
      try {
        fall.lege(inhalte.ordner, marke);
        const { befunde } = await pruefeInhaltsordner(inhalte.ordner, inhalte.ordner);
        const eigene = befunde.filter((b) => b.datei === fall.ziel);
        expect(eigene.some(istFehler), 'abgelehnt').toBe(true);
        const stellen = eigene.map((b) => `${b.regel}@${b.zeile}`);
        for (const s of fall.stellen) expect(stellen).toContain(`${s.regel}@${s.zeile}`);
        for (const b of eigene) {
          expect(istDeutsch(`${b.meldung} ${b.hinweis}`), b.meldung).toBe(true);
          expect(`${b.meldung} ${b.hinweis}`).not.toMatch(/\n\s+at |Error:/);
        }
        expect(existsSync(marke)).toBe(false);
      } finally {
        inhalte.aufraeumen();
      }
    });
  }
});
