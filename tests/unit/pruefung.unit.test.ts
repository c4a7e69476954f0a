import { describe, expect, it } from 'vitest';
import { istUeberfaellig, nachPruefung, zaehleStatus, type Pruefbar } from '../../src/lib/wiedervorlage.ts';
import { heute } from '../../src/schemas/index.ts';

const dok = (titel: string, naechste: string, status: Pruefbar['status'] = 'freigegeben'): Pruefbar => ({
  titel,
  status,
  pruefung: { zuletzt: '2020-01-01', naechste },
});

describe('istUeberfaellig', () => {
  it('ist überfällig ab dem Tag nach der nächsten Prüfung', () => {
    expect(istUeberfaellig('2026-05-01', '2026-05-01')).toBe(false);
    expect(istUeberfaellig('2026-05-01', '2026-05-02')).toBe(true);
    expect(istUeberfaellig('2026-05-02', '2026-05-01')).toBe(false);
  });
});

describe('heute', () => {
  it('rechnet in deutscher Zeit: kurz vor Mitternacht UTC ist in Berlin schon der nächste Tag', () => {
    expect(heute(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(heute(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
  });
});

describe('nachPruefung', () => {
  it('setzt überfällige Dokumente an den Anfang, dann nach Prüfdatum, Status und Titel', () => {
    const liste = [
      dok('Später', '2027-03-01'),
      dok('Bald, freigegeben', '2026-12-01'),
      dok('Lange überfällig', '2025-01-01'),
      dok('Bald, Entwurf', '2026-12-01', 'entwurf'),
      dok('Gerade überfällig', '2026-11-28', 'in-abstimmung'),
    ];
    expect(nachPruefung(liste, '2026-11-29').map((d) => d.titel)).toEqual([
      'Lange überfällig',
      'Gerade überfällig',
      'Bald, Entwurf',
      'Bald, freigegeben',
      'Später',
    ]);
  });
});

describe('zaehleStatus', () => {
  it('zählt je Status in fester Reihenfolge', () => {
    expect(zaehleStatus([dok('a', 'x', 'entwurf'), dok('b', 'x'), dok('c', 'x', 'entwurf')])).toEqual([
      { status: 'entwurf', anzahl: 2 },
      { status: 'in-abstimmung', anzahl: 0 },
      { status: 'freigegeben', anzahl: 1 },
    ]);
  });
});
