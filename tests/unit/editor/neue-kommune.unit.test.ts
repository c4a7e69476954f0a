/**
 * Eine neue Kommune legt im Editor ihr Profil an und schreibt zugleich ihren
 * ersten Beitrag. Der Editor prüft beide Dateien mit demselben Treiber wie
 * npm run pruefen; in eine Kopie von content/ geschrieben, besteht das Paar
 * npm run pruefen (pruefeInhaltsordner) ohne Fehler.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { erzeugeDatei } from '../../../src/browser/editor/datei.ts';
import { leererEntwurf, type Entwurf, type KommuneEntwurf } from '../../../src/browser/editor/entwurf.ts';
import { erzeugeKommuneDatei, idVon, leereKommune } from '../../../src/browser/editor/kommune.ts';
import { mdxKontext, pruefeDatei, type DiagrammLeser } from '../../../src/browser/editor/pruefung.ts';
import { ordneZu } from '../../../src/browser/editor/zuordnung.ts';
import { editorDaten, type EditorDaten } from '../../../src/pruefung/node/editor-daten.ts';
import { pruefeInhaltsordner } from '../../../src/pruefung/node/index.ts';
import { istFehler } from '../../../src/pruefung/kern/befund.ts';
import { heute } from '../../../src/schemas/index.ts';

const lies: DiagrammLeser = async () => ({ accTitle: 'T', accDescr: 'B' });

let daten: EditorDaten;
const ordner: string[] = [];
beforeAll(() => {
  daten = editorDaten('content');
});
afterAll(() => {
  for (const o of ordner) rmSync(o, { recursive: true, force: true });
});

function profil(teil: Partial<KommuneEntwurf> = {}): KommuneEntwurf {
  return {
    ...leereKommune(),
    name: 'Gemeinde Neudorf',
    typ: 'gemeinde',
    fiktiv: true,
    ags: '16099042',
    einwohner: '1.200',
    kontakt: 'ozg@neudorf.example',
    pilot: [{ leistung: 'wohngeld', phase: 'vorbereitung', seit: '2026-11-02' }],
    ...teil,
  };
}

function entwurf(k: KommuneEntwurf): Entwurf {
  return {
    ...leererEntwurf(heute()),
    kommune: idVon(k),
    kommuneNeu: true,
    neueKommune: k,
    leistung: 'wohngeld',
    art: 'erfahrungsbericht',
    titel: 'Neudorf bereitet den Wohngeldantrag vor',
    beschreibung: 'Wie eine kleine Gemeinde ohne eigene IT den Onlinedienst Wohngeld vorbereitet.',
    autoren: 'Bürgerbüro, Gemeinde Neudorf (fiktiv)',
    abschnitte: {
      Ausgangslage: 'Neudorf hat kein eigenes Rechenzentrum.',
      Vorgehen: 'Wir haben mit dem Landkreis gesprochen.',
      Ergebnis: 'Der Start ist für das nächste Jahr geplant.',
    },
  };
}

async function pruefe(k: KommuneEntwurf) {
  const e = entwurf(k);
  const kommune = erzeugeKommuneDatei(k);
  const datei = erzeugeDatei(e);
  const { befunde } = await pruefeDatei(datei, daten, mdxKontext(daten), lies, kommune);
  return { kommune, datei, befunde, orte: befunde.map((b) => ordneZu(b, datei, kommune.pfad)) };
}

describe('Neue Kommune im Editor: Profil und erster Beitrag', () => {
  it('legt beide Dateien an den richtigen Ort; die Prüfung des Editors findet nichts', async () => {
    const { kommune, datei, befunde } = await pruefe(profil());
    expect(kommune.pfad).toBe('content/kommunen/neudorf.yaml');
    expect(datei.pfad).toBe('content/beitraege/neudorf/neudorf-bereitet-den-wohngeldantrag-vor.mdx');
    expect(kommune.text).toBe(
      [
        'name: Gemeinde Neudorf',
        'typ: gemeinde',
        'land: Thüringen',
        'ags: "16099042"',
        'einwohner: 1200',
        'fiktiv: true',
        'kontakt: ozg@neudorf.example',
        'pilot:',
        '  - leistung: wohngeld',
        '    phase: vorbereitung',
        '    seit: 2026-11-02',
        '',
      ].join('\n'),
    );
    expect(befunde).toEqual([]);
  });

  it('besteht zusammen npm run pruefen in einer Kopie von content/', async () => {
    const { kommune, datei } = await pruefe(profil());
    const kopie = mkdtempSync(join(tmpdir(), 'atlas-neue-kommune-'));
    ordner.push(kopie);
    cpSync('content', join(kopie, 'content'), { recursive: true });
    for (const d of [kommune, datei]) {
      mkdirSync(dirname(join(kopie, d.pfad)), { recursive: true });
      writeFileSync(join(kopie, d.pfad), d.text);
    }
    const { eintraege, befunde } = await pruefeInhaltsordner(join(kopie, 'content'), kopie);
    expect(befunde.filter(istFehler)).toEqual([]);
    expect(eintraege.map((e) => `${e.sammlung}/${e.id}`)).toEqual(
      expect.arrayContaining(['kommunen/neudorf', 'beitraege/neudorf/neudorf-bereitet-den-wohngeldantrag-vor']),
    );
  }, 120_000);

  it('meldet Fehler im Profil an dessen Feldern', async () => {
    const { orte, befunde } = await pruefe(profil({ kontakt: 'keine-adresse', ags: '1234', typ: '' }));
    expect(orte).toContainEqual({ art: 'feld', feld: 'kommune.kontakt' });
    expect(orte).toContainEqual({ art: 'feld', feld: 'kommune.ags' });
    expect(orte).toContainEqual({ art: 'feld', feld: 'kommune.typ' });
    expect(befunde.every((b) => b.datei === 'content/kommunen/neudorf.yaml')).toBe(true);
  });

  it('ein Beitrag zu einer Leistung, die das Profil nicht nennt, wird am Feld Leistung gemeldet', async () => {
    const { orte } = await pruefe(
      profil({ pilot: [{ leistung: 'einbuergerung', phase: 'test', seit: '2026-10-01' }] }),
    );
    expect(orte).toContainEqual({ art: 'feld', feld: 'leistung' });
  });

  it('eine Kommune, die es schon gibt (Name in der Webadresse oder derselbe Name), wird gemeldet', async () => {
    const gleicheId = await pruefe(profil({ id: 'musterstadt', idSelbst: true }));
    expect(gleicheId.befunde.map((b) => b.meldung).join()).toMatch(/„musterstadt“ gibt es auf der Website schon/);
    expect(gleicheId.orte).toContainEqual({ art: 'feld', feld: 'kommune.id' });
    const gleicherName = await pruefe(profil({ name: 'Stadt Musterstadt', id: 'musterstadt-neu', idSelbst: true }));
    expect(gleicherName.befunde.map((b) => b.regel)).toContain('doppelte-id');
    const ungueltig = await pruefe(profil({ id: 'Neu Dorf', idSelbst: true }));
    expect(ungueltig.befunde.map((b) => b.regel)).toContain('dateiname');
  });
});
