/**
 * Was die Prüfung aus einem von mermaid gelesenen Diagramm macht: lesbar, mit
 * accTitle und accDescr, ohne fremde Quellen. Rein, ohne Dateien oder Worker:
 * npm run pruefen (über mermaid.ts) und der Beitragseditor im Browser nutzen
 * dieselbe Regel.
 */
import type { Befund } from '../kern/befund.ts';
import { GRENZEN } from '../kern/grenzen.ts';
import { pruefeDiagrammText } from './mermaid.ts';

import type { Diagramm, DiagrammErgebnis, RegelInfo } from '../kern/typen.ts';

export const mermaidBarrierefreiheit: RegelInfo = {
  name: 'mermaid-barrierefreiheit',
  beschreibung: 'Einem Diagramm fehlt `accTitle` oder `accDescr`.',
};

export type { Diagramm, DiagrammErgebnis, DiagrammGroesse } from '../kern/typen.ts';

/** Diagrammarten, die Mermaid kennt und die wir empfehlen; für Hinweise. */
const DIAGRAMMARTEN = 'flowchart TD, sequenceDiagram, stateDiagram-v2, classDiagram, erDiagram, gantt, pie, mindmap';

/**
 * Wie lange ein Diagramm höchstens dauern darf. Das erste trägt das Laden von
 * mermaid mit (gemessen: 2–5 s auf einem ausgelasteten Rechner); ein
 * gewöhnliches Diagramm braucht Millisekunden.
 */
export const ZEIT_ERSTES_DIAGRAMM_MS = 60_000;
export const ZEIT_JE_DIAGRAMM_MS = 10_000;

/** Macht aus dem Ergebnis eines Diagramms Befunde; die Zeile ist die der Datei (Zaun + Zeile im Diagramm). */
export function befundeZuDiagramm(d: Diagramm, ergebnis: DiagrammErgebnis): Befund[] {
  const befunde: Befund[] = [];
  const zeilen = d.code.split('\n');
  const melde = (regel: string, zeileImDiagramm: number, meldung: string, hinweis: string) =>
    befunde.push({
      datei: d.datei,
      zeile: d.zeile + zeileImDiagramm,
      spalte: zeileImDiagramm ? 1 : d.spalte,
      regel,
      meldung,
      hinweis,
    });

  if (ergebnis.fehler) {
    const n = ergebnis.fehler.zeile;
    if (ergebnis.fehler.zeitueberschreitung || ergebnis.fehler.absturz) {
      melde(
        'mermaid',
        0,
        ergebnis.fehler.zeitueberschreitung
          ? `Mermaid braucht für dieses Diagramm länger als ${ZEIT_JE_DIAGRAMM_MS / 1000} Sekunden; so ließe es sich auch im Browser kaum anzeigen.`
          : 'Mermaid ist beim Lesen dieses Diagramms abgestürzt.',
        'Vereinfachen Sie das Diagramm oder teilen Sie es in mehrere kleinere; prüfen Sie es im Mermaid Live Editor (mermaid.live).',
      );
    } else if (ergebnis.fehler.zuGross) {
      const { was, grenze = GRENZEN.diagrammKanten } = ergebnis.fehler.zuGross;
      const art = was === 'kanten' ? 'Verbindungen (Kanten)' : 'Elemente';
      // Regel „grenze“ wie die übrigen Grenzen: Das Diagramm ist richtig geschrieben, nur zu groß zum Anzeigen.
      // Mermaid hört beim Erreichen der Grenze auf zu zählen; die Zahl im Diagramm kennt es also nicht.
      melde(
        'grenze',
        0,
        was === 'tiefe'
          ? 'Das Diagramm ist zu tief verschachtelt; Mermaid kann es weder lesen noch anzeigen. Die Schreibweise ist nicht das Problem, die Größe ist es.'
          : `Das Diagramm ist zu groß: Es hat mehr ${art}, als Mermaid anzeigt (höchstens ${grenze.toLocaleString('de-DE')}). Die Schreibweise ist nicht das Problem, die Größe ist es.`,
        was === 'kanten'
          ? `Teilen Sie das Diagramm in mehrere kleinere mit höchstens ${grenze.toLocaleString('de-DE')} Verbindungen auf. Achtung: „A & B & C --> D & E“ zeichnet jede Verbindung einzeln (hier 3 × 2 = 6); fassen Sie Knoten lieber zu einer Gruppe (subgraph) zusammen und verbinden Sie die Gruppe.`
          : 'Teilen Sie das Diagramm in mehrere kleinere auf oder verschachteln Sie weniger tief.',
      );
    } else if (ergebnis.fehler.unbekannterTyp) {
      melde(
        'mermaid',
        1,
        `Mermaid erkennt die Art des Diagramms nicht („${zeilen.find((z) => z.trim())?.trim() ?? ''}“).`,
        `Beginnen Sie das Diagramm mit seiner Art, z. B. ${DIAGRAMMARTEN}.`,
      );
    } else {
      const text = n ? zeilen[n - 1]?.trim() : undefined;
      melde(
        'mermaid',
        n ?? 0,
        `Mermaid kann das Diagramm nicht lesen${n ? ` (Zeile ${n} des Diagramms${text ? `: „${text}“` : ''})` : ''}.`,
        'Prüfen Sie in dieser Zeile Pfeile (-->, ->>), Klammern, Anführungszeichen und Schlüsselwörter. Zum Ausprobieren eignet sich der Mermaid Live Editor (mermaid.live).',
      );
    }
    return befunde;
  }
  // Was die Textprüfung (regeln/mermaid.ts) schon an seiner Zeile meldet, nicht noch einmal am Zaun.
  if (ergebnis.fremd && !pruefeDiagrammText(d).length) {
    melde(
      'mermaid',
      0,
      `Das Diagramm bindet ein Bild, ein Icon, eine Verknüpfung oder eine Adresse ein („${ergebnis.fremd.slice(0, 60)}“). Beim Anzeigen würde der Browser sie von einem fremden Server laden, und die Website erlaubt das nicht.`,
      'Entfernen Sie Bilder, Icons, Verknüpfungen und Adressen aus dem Diagramm; Links und Bilder gehören als [Linktext](https://…) bzw. ![Beschreibung](./bild.png) unter das Diagramm.',
    );
  }
  if (ergebnis.html && !pruefeDiagrammText(d).length) {
    melde(
      'mermaid',
      0,
      `Eine Beschriftung des Diagramms enthält HTML („${ergebnis.html.slice(0, 60)}“), etwa hinter einem Escape wie \\x3c. Mermaid setzt Beschriftungen als HTML ein; HTML ist in Diagrammen nicht erlaubt.`,
      'Schreiben Sie „kleiner als“ statt „<“ oder für eine Richtung ein Wort wie „nach“ oder „an“, ohne Escapes.',
    );
  }
  const fehlt = [!ergebnis.accTitle?.trim() && 'accTitle', !ergebnis.accDescr?.trim() && 'accDescr'].filter(Boolean);
  if (fehlt.length) {
    melde(
      mermaidBarrierefreiheit.name,
      0,
      `Dem Diagramm ${fehlt.length === 2 ? 'fehlen' : 'fehlt'} ${fehlt.map((f) => `„${f}“`).join(' und ')}. Ohne Titel und Beschreibung bleibt es für Screenreader stumm.`,
      'Schreiben Sie direkt unter die erste Zeile des Diagramms: „accTitle: Kurzer Titel“ und „accDescr: Was das Diagramm zeigt, in ein bis zwei Sätzen“.',
    );
  }
  return befunde;
}
