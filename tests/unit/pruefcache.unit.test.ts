/**
 * Der Zwischenspeicher der Inhaltsprüfung: Ein zweiter Lauf liest nur
 * geänderte Dateien neu, meldet aber alles, was ein frischer Lauf meldet –
 * auch Fehler in unveränderten Dateien, die durch eine Änderung an einer
 * anderen Datei entstehen (Anker, Glossar).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { giltNoch, vorlaeufigerKontext } from '../../src/pruefung/treiber/abhaengigkeiten.ts';
import { pruefeInhaltsordner, starteInhaltspruefung } from '../../src/pruefung/node/index.ts';
import { testinhalte, type Testinhalte } from '../../werkzeuge/testinhalte.ts';

let inhalte: Testinhalte | undefined;
let cacheOrdner: string | undefined;
afterEach(() => {
  inhalte?.aufraeumen();
  if (cacheOrdner) rmSync(cacheOrdner, { recursive: true, force: true });
});

function vorbereiten() {
  inhalte = testinhalte();
  cacheOrdner = mkdtempSync(join(tmpdir(), 'atlas-pruefcache-'));
  return { inhalte, cacheOrdner };
}

async function lauf(ordner: string, cache: string) {
  const p = await starteInhaltspruefung(ordner, ordner, { cacheOrdner: cache });
  const diagramme = await p.diagramme;
  return { befunde: [...p.befunde, ...diagramme], ...p.zwischenspeicher };
}

describe('Zwischenspeicher der Inhaltsprüfung', () => {
  it('liest beim zweiten Lauf keine unveränderte Datei neu und nach einer Änderung genau diese', async () => {
    const { inhalte, cacheOrdner } = vorbereiten();
    const erster = await lauf(inhalte.ordner, cacheOrdner);
    expect(erster.befunde).toEqual([]);
    expect(erster.treffer).toBe(0);
    const zweiter = await lauf(inhalte.ordner, cacheOrdner);
    expect(zweiter).toEqual({ befunde: [], treffer: erster.neu, neu: 0 });

    inhalte.ersetze('querschnitt/testbaustein.mdx', '---\n\n', '---\n\nNeuer Absatz.\n\n');
    const dritter = await lauf(inhalte.ordner, cacheOrdner);
    expect(dritter).toEqual({ befunde: [], treffer: erster.neu - 1, neu: 1 });
  });

  it('meldet den Link einer unveränderten Datei, wenn der Anker auf der anderen Seite verschwindet', async () => {
    const { inhalte, cacheOrdner } = vorbereiten();
    inhalte.ersetze(
      'leistungen/testleistung/technisch.mdx',
      '[Baustein](/querschnitt/testbaustein/)',
      '[Baustein](/querschnitt/testbaustein/#zweck)',
    );
    const baustein = inhalte.lies('querschnitt/testbaustein.mdx');
    const ueberschrift = /^## (.+)$/m.exec(baustein)![1]!;
    inhalte.ersetze('querschnitt/testbaustein.mdx', `## ${ueberschrift}`, `## Zweck\n\nText.\n\n## ${ueberschrift}`);
    expect((await lauf(inhalte.ordner, cacheOrdner)).befunde).toEqual([]);

    // Nur der Baustein ändert sich; das Konzept kommt aus dem Zwischenspeicher und muss trotzdem gemeldet werden.
    inhalte.ersetze('querschnitt/testbaustein.mdx', '## Zweck\n\nText.\n\n', '');
    const warm = await lauf(inhalte.ordner, cacheOrdner);
    const frisch = (await pruefeInhaltsordner(inhalte.ordner, inhalte.ordner)).befunde;
    expect(frisch.map((b) => b.regel)).toContain('link');
    expect(warm.befunde.filter((b) => b.regel === 'link')).toEqual(frisch.filter((b) => b.regel === 'link'));
    expect(warm.befunde.find((b) => b.regel === 'link')?.datei).toBe('leistungen/testleistung/technisch.mdx');
  });

  it('meldet einen Begriff einer unveränderten Datei, wenn er aus dem Glossar verschwindet', async () => {
    const { inhalte, cacheOrdner } = vorbereiten();
    expect((await lauf(inhalte.ordner, cacheOrdner)).befunde).toEqual([]);
    inhalte.ersetze('leistungen/testleistung/index.mdx', '<Begriff>Testbegriff</Begriff>', '<Begriff>TB</Begriff>');
    expect((await lauf(inhalte.ordner, cacheOrdner)).befunde).toEqual([]);
    inhalte.ersetze('glossar.yaml', 'synonyme: [TB]', 'synonyme: []');
    const warm = await lauf(inhalte.ordner, cacheOrdner);
    expect(warm.befunde.map((b) => `${b.datei} ${b.regel}`)).toEqual(['leistungen/testleistung/index.mdx begriff']);
  });

  it('meldet ein unlesbares Diagramm auch, wenn Mermaids Ergebnis aus dem Zwischenspeicher kommt', async () => {
    const { inhalte, cacheOrdner } = vorbereiten();
    inhalte.ersetze(
      'querschnitt/testbaustein.mdx',
      '---\n\n',
      '---\n\n```mermaid\nflowchart LR\n  accTitle: T\n  accDescr: D\n  A -->\n```\n\n',
    );
    const kalt = await lauf(inhalte.ordner, cacheOrdner);
    const warm = await lauf(inhalte.ordner, cacheOrdner);
    expect(kalt.befunde.map((b) => b.regel)).toEqual(['mermaid']);
    expect(warm.befunde).toEqual(kalt.befunde);
  });
});

describe('vorläufiger Kontext', () => {
  it('zeichnet Fragen nach Seiten, Ankern und Begriffen auf und prüft sie gegen den echten Kontext', () => {
    const fest = {
      anzeigeOrdner: 'content',
      adresseVonDatei: (p: string) => `/${p}/`,
      dateiExistiert: () => false,
      leseText: () => undefined,
    };
    const { kontext, abfragen } = vorlaeufigerKontext(fest);
    expect(kontext.ziele.get('/a/')?.has('x')).toBe(true);
    expect(kontext.glossar.has('begriff')).toBe(true);
    expect(kontext.adresseVonDatei('b')).toBe('/b/');
    const aufgezeichnet = abfragen()!;
    const echt = (anker: string[], begriffe: string[]) => ({
      ...fest,
      ziele: new Map([['/a/', new Set(anker)]]),
      glossar: new Map(begriffe.map((b) => [b, b])),
    });
    expect(giltNoch(aufgezeichnet, echt(['x'], ['begriff']))).toBe(true);
    expect(giltNoch(aufgezeichnet, echt([], ['begriff']))).toBe(false);
    expect(giltNoch(aufgezeichnet, echt(['x'], []))).toBe(false);
  });

  it('gibt keine Fragen zurück, wenn eine Regel alle Adressen sehen will', () => {
    const { kontext, abfragen } = vorlaeufigerKontext({
      anzeigeOrdner: 'content',
      adresseVonDatei: () => undefined,
      dateiExistiert: () => false,
      leseText: () => undefined,
    });
    void [...kontext.ziele.keys()];
    expect(abfragen()).toBeUndefined();
  });
});
