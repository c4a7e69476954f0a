/** Regel „verweis“ (src/pruefung/regeln/verweis.ts): ein genanntes Ziel fehlt. */
import { describe, expect, it } from 'vitest';
import { verweis } from '../../../src/pruefung/regeln/verweis.ts';
import { bestandMit, nur, roh } from '../../helpers/regeln.ts';

describe('verweis', () => {
  it('meldet eine Pilotleistung, die es nicht gibt, an ihrer Zeile', () => {
    const k = roh(
      'kommunen',
      'kommunen/teststadt.yaml',
      'name: Teststadt\ntyp: kreisfreie-stadt\nland: Thüringen\nags: "16099001"\nfiktiv: true\nkontakt: ozg@teststadt.example\npilot:\n  - leistung: gibt-es-nicht\n    phase: test\n    seit: 2026-07-01\n',
    );
    const befunde = nur('verweis', verweis.pruefe(bestandMit(k))).filter((b) => b.datei === k.datei);
    expect(befunde.map((b) => [b.feld, b.zeile])).toContainEqual(['pilot[0].leistung', 8]);
  });
  it('meldet im gültigen Testinhalt nichts', () => {
    expect(verweis.pruefe(bestandMit())).toEqual([]);
  });
});
