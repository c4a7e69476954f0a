/**
 * Die echten Inhalte (content/): Kein veröffentlichtes Dokument nennt eine
 * Norm ohne Beleg, keine seiner Quellen ist ohne Abrufdatum, und jede
 * Fußnote passt zu einer Quelle. Veröffentlicht heißt: Konzepte, Bausteine
 * und Beiträge mit „status: freigegeben“, dazu Leistungsseiten und Glossar,
 * die keinen Status haben und immer erscheinen. Schlägt dieser Test fehl,
 * nennt er jede Stelle mit Datei:Zeile.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pruefeInhaltsordner, type Befund } from '../../src/pruefung/node/index.ts';
import { PROJEKT } from '../../werkzeuge/pruefen-lauf.ts';

const BELEG_REGELN = [
  'norm-ohne-beleg',
  'quelle-angaben',
  'quelle-unzitiert',
  'fussnote-ohne-definition',
  'fussnote-ohne-quelle',
  'fussnote-unbenutzt',
  'glossar-beleg',
];

let befunde: Befund[] = [];
let freigegeben = new Set<string>();
beforeAll(async () => {
  const ergebnis = await pruefeInhaltsordner(join(PROJEKT, 'content'), PROJEKT);
  befunde = ergebnis.befunde.filter((b) => BELEG_REGELN.includes(b.regel));
  freigegeben = new Set(
    ergebnis.eintraege
      .filter(
        (e) =>
          e.sammlung === 'leistungen' ||
          e.sammlung === 'glossar' ||
          (e.daten as { status?: string }).status === 'freigegeben',
      )
      .map((e) => e.datei),
  );
}, 120_000);

const liste = (auswahl: Befund[]) => auswahl.map((b) => `${b.datei}:${b.zeile}  [${b.regel}] ${b.meldung}`);

describe('Belege in den veröffentlichten Inhalten', () => {
  it('es gibt veröffentlichte Dokumente (sonst prüfte der Test nichts)', () => {
    expect(freigegeben.size).toBeGreaterThan(0);
  });

  it('keine Norm ohne Beleg', () => {
    expect(liste(befunde.filter((b) => freigegeben.has(b.datei) && b.regel === 'norm-ohne-beleg'))).toEqual([]);
  });

  it('keine Quelle ohne Abrufdatum (auch im Glossar)', () => {
    const ohneDatum = befunde.filter(
      (b) => freigegeben.has(b.datei) && /abgerufen/.test(b.meldung) && /quelle-angaben|glossar-beleg/.test(b.regel),
    );
    expect(liste(ohneDatum)).toEqual([]);
  });

  it('Fußnoten und Quellen passen zueinander, und das Glossar belegt seine Normen', () => {
    const rest = befunde.filter(
      (b) => freigegeben.has(b.datei) && !/abgerufen/.test(b.meldung) && b.regel !== 'norm-ohne-beleg',
    );
    expect(liste(rest)).toEqual([]);
  });
});
