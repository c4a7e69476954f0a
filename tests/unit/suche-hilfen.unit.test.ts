/**
 * Suchhilfen ohne Index: Tippfehler gegen den Wortschatz, Zerlegen von
 * Zusammensetzungen, Frageformen, Gruppen mit allen Wörtern zuerst und die
 * Korrektur mit einer Attrappe von Pagefind.
 */
import { describe, expect, it } from 'vitest';
import { leseAnfrage, type PagefindTreffer } from '../../src/lib/suche/abfrage.ts';
import { erkenneFrage, type Frageform } from '../../src/lib/suche/fragen.ts';
import { sucheInGruppen, type Sucher } from '../../src/lib/suche/gruppen.ts';
import { bindestrichTeile, korrigiere, mitUmlauten } from '../../src/lib/suche/korrektur.ts';
import { wortschatz } from '../../src/lib/suche/suchhilfen.ts';
import { abstand, falte, naechsteWoerter, zerlege } from '../../src/lib/suche/tippfehler.ts';

const WORTSCHATZ = wortschatz([
  'Wohngeld',
  'Einbürgerung',
  'FIT-Connect',
  'Landesredaktionssystem',
  'Redaktionssystem',
  'Zustellpunkt',
  'Nutzerkonto und Postfach',
  'Checkliste Wohngeld',
]);

describe('Wortschatz und Abstand', () => {
  it('nimmt ganze Bezeichnungen, ihre Wörter und Bindestrich-Teile, ohne kurze Wörter', () => {
    expect(WORTSCHATZ).toContain('FIT-Connect');
    expect(WORTSCHATZ).toContain('Connect');
    expect(WORTSCHATZ).toContain('Postfach');
    expect(WORTSCHATZ).not.toContain('und');
  });

  it('zählt fehlende, zusätzliche, falsche und vertauschte Buchstaben je als einen Fehler; Umlaute gefaltet', () => {
    expect(abstand('wohngled', 'wohngeld')).toBe(1);
    expect(abstand('zustelpunkt', 'zustellpunkt')).toBe(1);
    expect(abstand('nutzerknto', 'nutzerkonto')).toBe(1);
    expect(abstand('fachverfarhen', 'fachverfahren')).toBe(1);
    expect(abstand('abc', 'xyz', 1)).toBe(2);
    expect(falte('Einbürgerung')).toBe(falte('Einbuergerung'));
  });

  it('schlägt die nächsten Wörter vor, kurze Wörter nie', () => {
    expect(naechsteWoerter('Wohngled', WORTSCHATZ)[0]).toBe('Wohngeld');
    expect(naechsteWoerter('Einburgerung', WORTSCHATZ)[0]).toBe('Einbürgerung');
    expect(naechsteWoerter('Redaktionsystem', WORTSCHATZ)[0]).toBe('Redaktionssystem');
    expect(naechsteWoerter('Wohngeld', WORTSCHATZ)).toEqual([]);
    expect(naechsteWoerter('Akte', ['Akten'])).toEqual(['Akten']);
    expect(naechsteWoerter('VGs', ['VG'])).toEqual([]);
    expect(naechsteWoerter('Kaffeemaschine', WORTSCHATZ)).toEqual([]);
  });

  it('zerlegt eine Zusammensetzung in ein Wort des Wortschatzes und den Rest, mit Fugen-s', () => {
    expect(zerlege('Wohngeldantrag', WORTSCHATZ)).toEqual(['Wohngeld', 'antrag']);
    expect(zerlege('Einbürgerungsantrag', WORTSCHATZ)).toEqual(['Einbürgerung', 'antrag']);
    expect(zerlege('Wohngeld', WORTSCHATZ)).toBeUndefined();
    expect(mitUmlauten('Gebuehren')).toBe('Gebühren');
    expect(mitUmlauten('Wohngeld')).toBeUndefined();
  });
});

const FORMEN: Frageform[] = [
  { thema: 'Kosten', muster: ['wer zahl', 'was kostet', 'wer trägt kosten'], suchwoerter: ['Finanzierung', 'Kosten'] },
  { thema: 'Zeit', muster: ['wie lange', 'bis wann'], suchwoerter: ['Zeitplan'] },
];

describe('Frageformen', () => {
  it('erkennt Muster über Wortanfänge mit Lücken und gibt die übrigen Wörter zurück', () => {
    expect(erkenneFrage(['Wer', 'zahlt', 'den', 'Betrieb?'], FORMEN)).toMatchObject({
      form: { thema: 'Kosten' },
      rest: ['den', 'Betrieb?'],
    });
    expect(erkenneFrage(['Wer', 'trägt', 'die', 'Kosten'], FORMEN)?.rest).toEqual(['die']);
    expect(erkenneFrage(['Bis', 'wann', 'läuft', 'es'], FORMEN)?.form.thema).toBe('Zeit');
    expect(erkenneFrage(['Wohngeld', 'Zeitplan'], FORMEN)).toBeUndefined();
    // Zu weit auseinander: kein Muster.
    expect(erkenneFrage(['wer', 'a', 'b', 'c', 'zahlt'], FORMEN)).toBeUndefined();
  });

  it('macht aus einer Frage Suchwörter und Thema, ohne Füllwörter', () => {
    expect(leseAnfrage('Wer zahlt den Betrieb?', FORMEN)).toEqual({
      woerter: ['Betrieb'],
      frage: { name: 'Kosten', thema: [['Finanzierung'], ['Kosten']] },
    });
    expect(leseAnfrage('Wohngeld OSCI', FORMEN)).toEqual({ woerter: ['Wohngeld', 'OSCI'] });
  });
});

/** Eine Attrappe von Pagefind: Wortfolge → Seiten (id, score). */
function attrappe(antworten: Record<string, [string, number][]>): Sucher {
  return async (woerter) =>
    (antworten[woerter.join(' ')] ?? []).map(([id, score]): PagefindTreffer => ({
      id,
      score,
      data: async () => ({ url: id, excerpt: '', meta: {}, filters: {} }),
    }));
}

describe('Gruppen', () => {
  it('Seiten mit allen Wörtern stehen vorn, auch wenn Pagefind sie bei weniger Wörtern weit unten führt', async () => {
    const sucher = attrappe({
      'Kosten Betrieb': [['alle', 1]],
      Kosten: [
        ['k1', 9],
        ['k2', 8],
        ['alle', 1],
      ],
      Betrieb: [['b1', 9]],
    });
    const gruppen = await sucheInGruppen(sucher, ['Kosten', 'Betrieb']);
    expect(gruppen.map((g) => [g.weggelassen, g.treffer.map((t) => t.id)])).toEqual([
      [[], ['alle']],
      [['Betrieb'], ['k1', 'k2']],
      [['Kosten'], ['b1']],
    ]);
  });

  it('behält das Thema einer Frage (ODER über seine Wörter) und lässt zuletzt nur das Thema', async () => {
    const sucher = attrappe({
      'Finanzierung Betrieb': [['f', 3]],
      'Kosten Betrieb': [['k', 5]],
      Finanzierung: [
        ['f', 3],
        ['g', 2],
      ],
    });
    const gruppen = await sucheInGruppen(sucher, ['Betrieb'], [['Finanzierung'], ['Kosten']]);
    expect(gruppen.map((g) => [g.weggelassen, g.treffer.map((t) => t.id)])).toEqual([
      [[], ['k', 'f']],
      [['Betrieb'], ['g']],
    ]);
  });
});

describe('Korrektur', () => {
  it('ersetzt einen Tippfehler durch das Wort des Wortschatzes, das etwas findet', async () => {
    const sucher = attrappe({
      Wohngled: [['falsch', 1]],
      Wohngeld: [
        ['a', 1],
        ['b', 1],
        ['c', 1],
      ],
    });
    expect(await korrigiere(sucher, ['Wohngled'], WORTSCHATZ)).toEqual({
      woerter: ['Wohngeld'],
      korrekturen: [{ von: 'Wohngled', zu: ['Wohngeld'] }],
    });
  });

  it('lässt bekannte Wörter, kurze Wörter und Wörter in Anführungszeichen stehen', async () => {
    const sucher = attrappe({});
    for (const wort of ['Wohngeld', 'OSCI', '"Wohngled"']) {
      expect((await korrigiere(sucher, [wort], WORTSCHATZ)).korrekturen).toEqual([]);
    }
  });

  it('ersetzt eine bloße andere Endung nur, wenn sie deutlich mehr findet', async () => {
    const sucher = attrappe({
      Zustellpunkte: [
        ['a', 1],
        ['b', 1],
      ],
      Zustellpunkt: [
        ['a', 1],
        ['b', 1],
        ['c', 1],
      ],
    });
    expect((await korrigiere(sucher, ['Zustellpunkte'], WORTSCHATZ)).korrekturen).toEqual([]);
  });

  it('zerlegt eine Zusammensetzung ohne Treffer in Wörter, die etwas finden', async () => {
    const sucher = attrappe({ 'Wohngeld antrag': [['a', 1]] });
    expect(await korrigiere(sucher, ['Wohngeldantrag'], WORTSCHATZ)).toEqual({
      woerter: ['Wohngeld', 'antrag'],
      korrekturen: [{ von: 'Wohngeldantrag', zu: ['Wohngeld antrag'] }],
    });
  });

  it('trennt eine unbekannte Verbindung mit Bindestrich, wenn die Teile nicht weniger finden', async () => {
    const sucher = attrappe({
      'OSCI-Zertifikat': [['a', 1]],
      'OSCI Zertifikat': [
        ['a', 1],
        ['b', 1],
      ],
    });
    expect(await korrigiere(sucher, ['OSCI-Zertifikat'], WORTSCHATZ)).toEqual({
      woerter: ['OSCI', 'Zertifikat'],
      korrekturen: [{ von: 'OSCI-Zertifikat', zu: ['OSCI Zertifikat'] }],
    });
    // Bekannte Verbindungen bleiben ganz, Teile mit einem Buchstaben („E-Akte“) trennt die Suche nicht.
    expect((await korrigiere(sucher, ['FIT-Connect'], WORTSCHATZ)).korrekturen).toEqual([]);
    expect(bindestrichTeile('E-Akten')).toBeUndefined();
    expect(bindestrichTeile('DVDV-Eintragung')).toEqual(['DVDV', 'Eintragung']);
  });
});
