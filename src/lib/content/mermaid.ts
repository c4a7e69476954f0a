/**
 * Prüft Mermaid-Diagramme mit dem echten mermaid-Paket, wie es auch im Browser
 * zeichnet. Mermaid braucht ein DOM; die happy-dom-Globals dafür entstehen in
 * einem eigenen Worker-Thread (mermaid-worker.ts), damit „window“ und
 * „document“ nicht in den Prozess von Astro und Vite gelangen, die daran
 * Browser und Server unterscheiden.
 */
import { Worker } from 'node:worker_threads';
import type { Befund } from './befund.ts';

/** Ein ```mermaid-Block: Datei, Zeile und Spalte des öffnenden Zauns, Quelltext ohne Zäune. */
export interface Diagramm {
  datei: string;
  zeile: number;
  spalte: number;
  code: string;
}

/** Antwort des Workers je Diagramm. */
export interface DiagrammErgebnis {
  /** Fehler beim Lesen; fehlt, wenn das Diagramm gültig ist. */
  fehler?: { meldung: string; zeile?: number | undefined; unbekannterTyp?: boolean | undefined };
  accTitle?: string | undefined;
  accDescr?: string | undefined;
}

/** Diagrammarten, die Mermaid kennt und die wir empfehlen; für Hinweise. */
const DIAGRAMMARTEN = 'flowchart TD, sequenceDiagram, stateDiagram-v2, classDiagram, erDiagram, gantt, pie, mindmap';

/** Liest alle Diagramme in einem Worker und gibt die Ergebnisse in derselben Reihenfolge zurück. */
export async function leseDiagramme(codes: readonly string[]): Promise<DiagrammErgebnis[]> {
  if (!codes.length) return [];
  const worker = new Worker(new URL('./mermaid-worker.ts', import.meta.url), { workerData: codes });
  try {
    return await new Promise<DiagrammErgebnis[]>((aufloesen, ablehnen) => {
      worker.once('message', aufloesen);
      worker.once('error', ablehnen);
      worker.once('exit', (code) => ablehnen(new Error(`Der Mermaid-Prüfer endete unerwartet (Code ${code}).`)));
    });
  } catch (ursache) {
    throw new Error('Die Mermaid-Diagramme konnten nicht geprüft werden.', { cause: ursache });
  } finally {
    await worker.terminate();
  }
}

/** Was Mermaid zu einem Code gesagt hat, über Builds hinweg (cache.ts). */
export interface DiagrammSpeicher {
  diagramm(code: string): DiagrammErgebnis | undefined;
  merkeDiagramm(code: string, ergebnis: DiagrammErgebnis): void;
}

/**
 * Prüft Diagramme: lesbar, mit accTitle und accDescr, ohne „click“-Verknüpfungen.
 * Mermaid liest jeden Code nur einmal; was der Speicher schon kennt, gar nicht.
 */
export async function pruefeDiagramme(diagramme: readonly Diagramm[], speicher?: DiagrammSpeicher): Promise<Befund[]> {
  const bekannt = new Map<string, DiagrammErgebnis>();
  for (const { code } of diagramme) {
    const gespeichert = speicher?.diagramm(code);
    if (gespeichert) bekannt.set(code, gespeichert);
  }
  const offen = [...new Set(diagramme.map((d) => d.code).filter((code) => !bekannt.has(code)))];
  const ergebnisse = await leseDiagramme(offen);
  offen.forEach((code, i) => {
    const ergebnis = ergebnisse[i] ?? {};
    bekannt.set(code, ergebnis);
    speicher?.merkeDiagramm(code, ergebnis);
  });
  return diagramme.flatMap((d) => befundeZuDiagramm(d, bekannt.get(d.code) ?? {}));
}

/** Macht aus dem Ergebnis eines Diagramms Befunde; die Zeile ist die der Datei (Zaun + Zeile im Diagramm). */
export function befundeZuDiagramm(d: Diagramm, ergebnis: DiagrammErgebnis): Befund[] {
  const befunde: Befund[] = [];
  const zeilen = d.code.split('\n');
  const melde = (regel: string, zeileImDiagramm: number, meldung: string, hinweis: string) =>
    befunde.push({ datei: d.datei, zeile: d.zeile + zeileImDiagramm, spalte: zeileImDiagramm ? 1 : d.spalte, regel, meldung, hinweis });

  zeilen.forEach((zeile, i) => {
    // Einstellungen im Diagramm (%%{init}%% oder ein Kopf mit „config:“) könnten die Vorgaben der Website aushebeln.
    if (/%%\{/.test(zeile) || (/^\s*config\s*:/.test(zeile) && zeilen[0]?.trim() === '---')) {
      melde(
        'mermaid',
        i + 1,
        'Einstellungen im Diagramm (%%{init: …}%% oder „config:“) sind nicht erlaubt; Darstellung und Sicherheit legt die Website fest.',
        'Entfernen Sie die Zeile; Farben und Schrift kommen von der Website.',
      );
    }
    if (/^\s*click\s/.test(zeile) || /\bhref\s*"/.test(zeile)) {
      melde(
        'mermaid',
        i + 1,
        'Verknüpfungen und Aktionen (click, href) sind in Diagrammen nicht erlaubt: Sie könnten beim Anklicken Code ausführen.',
        'Entfernen Sie die Zeile und setzen Sie den Link als [Linktext](…) unter das Diagramm.',
      );
    }
  });

  if (ergebnis.fehler) {
    const n = ergebnis.fehler.zeile;
    if (ergebnis.fehler.unbekannterTyp) {
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
  const fehlt = [!ergebnis.accTitle?.trim() && 'accTitle', !ergebnis.accDescr?.trim() && 'accDescr'].filter(Boolean);
  if (fehlt.length) {
    melde(
      'mermaid-barrierefreiheit',
      0,
      `Dem Diagramm ${fehlt.length === 2 ? 'fehlen' : 'fehlt'} ${fehlt.map((f) => `„${f}“`).join(' und ')}. Ohne Titel und Beschreibung bleibt es für Screenreader stumm.`,
      'Schreiben Sie direkt unter die erste Zeile des Diagramms: „accTitle: Kurzer Titel“ und „accDescr: Was das Diagramm zeigt, in ein bis zwei Sätzen“.',
    );
  }
  return befunde;
}
