/**
 * Der Beitragseditor erzeugt eine Datei und prüft sie mit denselben Modulen wie
 * npm run pruefen; Befunde landen am Feld oder im Abschnitt mit der Zeile darin.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  editorDaten,
  editorDatenAus,
  uebergibEditorDaten,
  type EditorDaten,
} from '../../../src/pruefung/node/editor-daten.ts';
import { starteInhaltspruefung } from '../../../src/pruefung/node/index.ts';
import { heute } from '../../../src/schemas/index.ts';
import { erzeugeDatei } from '../../../src/browser/editor/datei.ts';
import { leererEntwurf, type Entwurf } from '../../../src/browser/editor/entwurf.ts';
import { mdxKontext, pruefeDatei, type DiagrammLeser } from '../../../src/browser/editor/pruefung.ts';
import { ordneZu } from '../../../src/browser/editor/zuordnung.ts';

/** Ohne DOM kein mermaid: Ein Diagramm mit „kaputt“ gilt hier als unlesbar in seiner zweiten Zeile. */
const lies: DiagrammLeser = async (code) =>
  code.includes('kaputt')
    ? { fehler: { meldung: 'Parse error on line 2', zeile: 2 } }
    : { accTitle: 'Titel', accDescr: 'Beschreibung' };

let daten: EditorDaten;
beforeAll(() => {
  daten = editorDaten('content');
});

function vollstaendig(): Entwurf {
  return {
    ...leererEntwurf(heute()),
    kommune: 'musterstadt',
    leistung: 'wohngeld',
    art: 'erfahrungsbericht',
    titel: 'Wohngeld im Testbetrieb',
    beschreibung: 'Was Musterstadt im Testbetrieb gelernt hat.',
    autoren: 'Wohngeldstelle, Stadt Musterstadt (fiktiv)',
    bezug: 'wohngeld/technisch',
    abschnitte: {
      Ausgangslage: 'Die Stadt nutzt <Begriff>FIT-Connect</Begriff>.',
      Vorgehen: '- [x] Zustellpunkt angelegt\n- [ ] Import\n\n| A | B |\n|---|---|\n| 1 | 2 |',
      Ergebnis: '```mermaid\nflowchart TD\n  accTitle: T\n  accDescr: B\n  A --> B\n```',
    },
  };
}

async function pruefe(entwurf: Entwurf) {
  const datei = erzeugeDatei(entwurf);
  const { befunde } = await pruefeDatei(datei, daten, mdxKontext(daten), lies);
  return { datei, befunde, orte: befunde.map((b) => ordneZu(b, datei)) };
}

describe('Beitragseditor: Prüfung wie npm run pruefen', () => {
  it('ein vollständiger Beitrag hat keine Befunde und liegt unter content/beitraege/<kommune>/', async () => {
    const { datei, befunde } = await pruefe(vollstaendig());
    expect(befunde).toEqual([]);
    expect(datei.pfad).toBe('content/beitraege/musterstadt/wohngeld-im-testbetrieb.mdx');
    expect(datei.text).toMatch(/^---\ntitel: Wohngeld im Testbetrieb\n/);
    expect(datei.text).toContain('\n## Vorgehen\n\n- [x] Zustellpunkt angelegt\n');
  });

  it('meldet leere Pflichtfelder am Feld', async () => {
    const { orte } = await pruefe({ ...vollstaendig(), titel: '', autoren: '' });
    expect(orte).toContainEqual({ art: 'feld', feld: 'titel' });
    expect(orte).toContainEqual({ art: 'feld', feld: 'autoren' });
  });

  it('meldet eine Leistung, die die Kommune nicht pilotiert, am Feld Leistung', async () => {
    const { befunde, orte } = await pruefe({ ...vollstaendig(), kommune: 'beispieltal', leistung: 'einbuergerung' });
    expect(orte).toContainEqual({ art: 'feld', feld: 'leistung' });
    expect(befunde.map((b) => b.meldung).join()).toMatch(/pilotiert die Leistung „einbuergerung“ nicht/);
  });

  it('meldet Fehler im Text mit Abschnitt und Zeile im Abschnitt', async () => {
    const entwurf = vollstaendig();
    entwurf.abschnitte.Vorgehen = 'Erste Zeile.\n\nSiehe [Seite](/gibt-es-nicht/).';
    entwurf.abschnitte.Ergebnis = '```mermaid\nflowchart TD\n  A --> kaputt\n```';
    const { befunde, orte } = await pruefe(entwurf);
    const link = befunde.findIndex((b) => b.regel === 'link');
    expect(orte[link]).toEqual({ art: 'abschnitt', titel: 'Vorgehen', zeile: 3 });
    const diagramm = befunde.findIndex((b) => b.regel === 'mermaid');
    // Zaun in Zeile 1 des Abschnitts, Fehler in Zeile 2 des Diagramms: Zeile 3 des Abschnitts.
    expect(orte[diagramm]).toEqual({ art: 'abschnitt', titel: 'Ergebnis', zeile: 3 });
  });

  it('verlangt für „umsetzung“ den Steckbrief und meldet dessen Felder einzeln', async () => {
    const { orte } = await pruefe({ ...vollstaendig(), art: 'umsetzung', steckbrief: { fachverfahren: 'XÖV-Import' } });
    expect(orte).toContainEqual({ art: 'feld', feld: 'steckbrief.zustellweg' });
    expect(orte).toContainEqual({ art: 'feld', feld: 'steckbrief.eAkte' });
    expect(orte).not.toContainEqual({ art: 'feld', feld: 'steckbrief.fachverfahren' });
  });

  it('ein Titel, dessen Datei es schon gibt, wird am Titel gemeldet', async () => {
    const { befunde, orte } = await pruefe({ ...vollstaendig(), titel: 'Umsetzung Wohngeld' });
    expect(befunde.find((b) => b.regel === 'ort')?.meldung).toMatch(
      /musterstadt\/umsetzung-wohngeld\.mdx gibt es schon/,
    );
    expect(orte).toContainEqual({ art: 'feld', feld: 'titel' });
  });

  it('unsicheres MDX wird gemeldet (dieselben Regeln wie beim Bauen)', async () => {
    const entwurf = vollstaendig();
    entwurf.abschnitte.Ausgangslage = 'Text {alert(1)} und <script>x</script>';
    const { befunde } = await pruefe(entwurf);
    expect(befunde.map((b) => b.regel)).toEqual(expect.arrayContaining(['ausdruck', 'html-verboten']));
  });
});

describe('Editordaten aus der Prüfung des Builds', () => {
  it('sind dieselben wie frisch gelesen, Link-Ziele und Anker eingeschlossen', async () => {
    const pruefung = await starteInhaltspruefung('content');
    await pruefung.diagramme;
    const aus = editorDatenAus(pruefung.alleEintraege, pruefung.ziele);
    expect(aus).toEqual(daten);
    expect(aus.ziele.find(([adresse]) => adresse === '/querschnitt/fit-connect/')?.[1]).toContain('worum-es-geht');
  });

  it('werden im selben Prozess übergeben, nur für denselben Inhaltsordner', () => {
    const uebergeben = { ...daten, leistungen: [] };
    uebergibEditorDaten('content', uebergeben);
    expect(editorDaten('content')).toBe(uebergeben);
    expect(editorDaten('tests/fixtures/pruefen/gut')).not.toBe(uebergeben);
    uebergibEditorDaten('/nirgends', daten);
  });
});
