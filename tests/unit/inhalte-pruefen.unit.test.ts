/**
 * Die Inhaltsprüfung vor dem Build: Jeder Fehler nennt Datei, Zeile und Feld
 * und sagt auf Deutsch, wie er zu beheben ist.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { pruefeInhaltsordner, type Befund } from '../../src/pruefung/node/index.ts';
import { testinhalte, type Testinhalte, GUELTIGE_INHALTE } from '../../werkzeuge/testinhalte.ts';

let inhalte: Testinhalte | undefined;
afterEach(() => inhalte?.aufraeumen());

/** Prüft einen veränderten Inhaltsordner; Pfade in Befunden relativ zu ihm. */
async function befundeNach(aenderung: (i: Testinhalte) => void): Promise<Befund[]> {
  inhalte = testinhalte();
  aenderung(inhalte);
  return (await pruefeInhaltsordner(inhalte.ordner, inhalte.ordner)).befunde;
}

describe('gültige Inhalte', () => {
  it('ergeben keinen Befund und alle Einträge', async () => {
    const { befunde, eintraege } = await pruefeInhaltsordner(GUELTIGE_INHALTE, GUELTIGE_INHALTE);
    expect(befunde).toEqual([]);
    const ids = eintraege.map((e) => `${e.sammlung}:${e.id}`).sort();
    expect(ids).toContain('leistungen:testleistung');
    expect(ids).toContain('konzepte:testleistung/technisch');
    expect(ids).toContain('beitraege:teststadt/umsetzung');
    expect(ids).toContain('kommunen:testdorf');
    expect(ids).toContain('glossar:glossar');
  });
});

describe('Front Matter', () => {
  it('meldet ein vertipptes Feld mit Zeile und Vorschlag', async () => {
    const befunde = await befundeNach((i) =>
      i.ersetze('leistungen/testleistung/technisch.mdx', 'version:', 'verison:'),
    );
    expect(befunde).toHaveLength(2); // unbekanntes Feld und fehlendes Pflichtfeld
    const unbekannt = befunde.find((b) => b.regel === 'unbekanntes-feld')!;
    expect(unbekannt).toMatchObject({
      datei: 'leistungen/testleistung/technisch.mdx',
      zeile: 6,
      spalte: 1,
      feld: 'verison',
      meldung: 'Unbekanntes Feld „verison“.',
    });
    expect(unbekannt.hinweis).toContain('Meinten Sie „version“?');
    const fehlt = befunde.find((b) => b.regel === 'pflichtfeld')!;
    expect(fehlt.meldung).toBe('Das Pflichtfeld „version“ fehlt.');
    expect(fehlt.hinweis).toContain('Versionsnummer');
  });

  it('meldet einen falschen Aufzählungswert mit den erlaubten Werten', async () => {
    const befunde = await befundeNach((i) =>
      i.ersetze('leistungen/testleistung/technisch.mdx', 'status: freigegeben', 'status: fertig'),
    );
    expect(befunde).toEqual([
      expect.objectContaining({
        regel: 'schema',
        feld: 'status',
        zeile: 5,
        meldung: 'Erlaubt sind: entwurf, in-abstimmung, freigegeben.',
      }),
    ]);
  });

  it('meldet ein unmögliches Datum', async () => {
    const befunde = await befundeNach((i) =>
      i.ersetze('leistungen/testleistung/technisch.mdx', 'stand: 2026-05-01', 'stand: 2026-02-30'),
    );
    expect(befunde[0]).toMatchObject({ feld: 'stand', meldung: expect.stringContaining('gültiges Datum') });
  });

  it('meldet ein Beitragsdatum in der Zukunft', async () => {
    const befunde = await befundeNach((i) =>
      i.ersetze('beitraege/teststadt/umsetzung.mdx', 'datum: 2026-08-01', 'datum: 2999-01-01'),
    );
    expect(befunde[0]).toMatchObject({ feld: 'datum', meldung: expect.stringContaining('Zukunft') });
  });

  it('verlangt den Steckbrief bei Umsetzungen', async () => {
    const befunde = await befundeNach((i) =>
      i.ersetze('beitraege/teststadt/umsetzung.mdx', 'steckbrief:', 'steckbrief_alt:'),
    );
    expect(befunde.map((b) => b.feld)).toEqual(expect.arrayContaining(['steckbrief', 'steckbrief_alt']));
  });

  it('meldet kaputtes YAML mit Zeile', async () => {
    const befunde = await befundeNach((i) =>
      i.ersetze('kommunen/teststadt.yaml', 'typ: kreisfreie-stadt', 'typ: [kreisfreie-stadt'),
    );
    expect(befunde[0]).toMatchObject({ regel: 'yaml', datei: 'kommunen/teststadt.yaml' });
    expect(befunde[0]!.meldung).toMatch(/^Das YAML ist fehlerhaft/);
  });
});

describe('Gemeindeschlüssel', () => {
  it('verlangt genau 8 Ziffern', async () => {
    const befunde = await befundeNach((i) => i.ersetze('kommunen/teststadt.yaml', 'ags: "16099001"', 'ags: "1609900"'));
    expect(befunde).toEqual([
      expect.objectContaining({ feld: 'ags', zeile: 4, meldung: expect.stringContaining('genau 8 Ziffern') }),
    ]);
  });

  it('prüft den Landesschlüssel gegen das Land', async () => {
    const befunde = await befundeNach((i) =>
      i.ersetze('kommunen/teststadt.yaml', 'ags: "16099001"', 'ags: "15099001"'),
    );
    expect(befunde[0]).toMatchObject({ feld: 'ags', meldung: expect.stringContaining('Landesschlüssel 16') });
  });

  it('lässt für fiktive Kommunen keinen echten Kreis zu', async () => {
    // 16051000 ist Erfurt: Eine erfundene Kommune darf ihn nicht tragen.
    const befunde = await befundeNach((i) =>
      i.ersetze('kommunen/teststadt.yaml', 'ags: "16099001"', 'ags: "16051000"'),
    );
    expect(befunde[0]).toMatchObject({ feld: 'ags', meldung: expect.stringContaining('fiktive Kommune') });
  });

  it('verlangt bei echten Kommunen einen Schlüssel', async () => {
    const befunde = await befundeNach((i) => {
      i.ersetze('kommunen/teststadt.yaml', 'ags: "16099001"\n', '');
      i.ersetze('kommunen/teststadt.yaml', 'fiktiv: true', 'fiktiv: false');
    });
    expect(befunde[0]).toMatchObject({ feld: 'ags', meldung: expect.stringContaining('AGS (8 Ziffern) oder ARS') });
  });
});

describe('Verweise', () => {
  it('meldet eine Pilotleistung, die es nicht gibt', async () => {
    const befunde = await befundeNach((i) =>
      i.ersetze('kommunen/testdorf.yaml', 'leistung: testleistung', 'leistung: gibtsnicht'),
    );
    // Dazu kommen die Beiträge der Kommune, die jetzt eine nicht pilotierte Leistung nennen.
    expect(befunde).toContainEqual(
      expect.objectContaining({
        datei: 'kommunen/testdorf.yaml',
        regel: 'verweis',
        feld: 'pilot[0].leistung',
        zeile: 8,
        spalte: 5,
        meldung: 'Die Leistung „gibtsnicht“ gibt es nicht.',
        hinweis: 'Wählen Sie eine vorhandene Leistung: testleistung.',
      }),
    );
  });

  it('meldet einen Beitrag im Ordner einer unbekannten Kommune', async () => {
    const befunde = await befundeNach((i) => i.entferne('kommunen/testdorf.yaml'));
    expect(befunde).toEqual([
      expect.objectContaining({
        datei: 'beitraege/testdorf/umsetzung.mdx',
        regel: 'verweis',
        meldung: 'Der Ordner „testdorf“ gehört zu keiner Kommune.',
      }),
    ]);
  });

  it('meldet einen Baustein, den es nicht gibt', async () => {
    const befunde = await befundeNach((i) => i.entferne('querschnitt/testbaustein.mdx'));
    expect(befunde).toContainEqual(
      expect.objectContaining({ datei: 'leistungen/testleistung/index.mdx', feld: 'bausteine[0]', zeile: 12 }),
    );
  });

  it('meldet einen Beitrag zu einer Leistung, die die Kommune nicht pilotiert', async () => {
    const befunde = await befundeNach((i) => {
      i.schreibe('leistungen/zweite/index.mdx', i.lies('leistungen/testleistung/index.mdx'));
      i.ersetze('beitraege/teststadt/umsetzung.mdx', 'leistung: testleistung', 'leistung: zweite');
      i.ersetze('beitraege/teststadt/umsetzung.mdx', 'bezug: testleistung/technisch\n', '');
    });
    expect(befunde).toEqual([
      expect.objectContaining({
        datei: 'beitraege/teststadt/umsetzung.mdx',
        feld: 'leistung',
        zeile: 4,
        meldung: 'Teststadt pilotiert die Leistung „zweite“ nicht.',
        hinweis: expect.stringContaining('content/kommunen/teststadt.yaml'),
      }),
    ]);
  });

  it('meldet einen unbekannten Bezug', async () => {
    const befunde = await befundeNach((i) =>
      i.ersetze(
        'beitraege/teststadt/umsetzung.mdx',
        'bezug: testleistung/technisch',
        'bezug: testleistung/organisatorisch',
      ),
    );
    expect(befunde).toEqual([
      expect.objectContaining({ feld: 'bezug', meldung: expect.stringContaining('gibt es nicht') }),
    ]);
  });

  it('meldet doppelte Glossarbegriffe und unbekannte Querverweise', async () => {
    const befunde = await befundeNach((i) => {
      i.ersetze('glossar.yaml', 'siehe: [Zweiter Begriff]', 'siehe: [Dritter Begriff]');
      i.ersetze('glossar.yaml', '- begriff: Zweiter Begriff', '- begriff: Testbegriff');
    });
    expect(befunde.map((b) => b.regel).sort()).toEqual(['doppelte-id', 'verweis']);
  });
});

describe('Ablage', () => {
  it('verlangt die Seiten, auf die jede Seite verlinkt', async () => {
    const befunde = await befundeNach((i) => i.entferne('seiten/impressum.mdx'));
    expect(befunde).toEqual([expect.objectContaining({ datei: 'seiten/impressum.mdx', regel: 'pflichtseite' })]);
  });

  it('meldet Dateien an falschen Orten und Dateinamen mit Umlauten', async () => {
    const befunde = await befundeNach((i) => {
      i.schreibe('leistungen/notiz.mdx', '---\ntitel: x\n---\n');
      i.schreibe('querschnitt/Übersicht.mdx', '---\ntitel: x\n---\n');
    });
    expect(befunde).toEqual([
      expect.objectContaining({ datei: 'leistungen/notiz.mdx', regel: 'ort' }),
      expect.objectContaining({
        datei: 'querschnitt/Übersicht.mdx',
        regel: 'dateiname',
        hinweis: expect.stringContaining('„uebersicht“'),
      }),
    ]);
  });
});
