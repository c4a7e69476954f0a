/**
 * Prüft Mermaid-Diagramme mit dem echten mermaid-Paket, wie es auch im Browser
 * zeichnet. Mermaid braucht ein DOM; die happy-dom-Globals dafür entstehen in
 * einem eigenen Worker-Thread (mermaid-worker.ts), damit „window“ und
 * „document“ nicht in den Prozess von Astro und Vite gelangen, die daran
 * Browser und Server unterscheiden.
 */
import { Worker } from 'node:worker_threads';
import { liesDiagramme } from '../treiber/index.ts';
import type { Befund } from '../kern/befund.ts';
import {
  ZEIT_ERSTES_DIAGRAMM_MS,
  ZEIT_JE_DIAGRAMM_MS,
  type Diagramm,
  type DiagrammErgebnis,
} from '../regeln/mermaid-barrierefreiheit.ts';

export {
  befundeZuDiagramm,
  ZEIT_ERSTES_DIAGRAMM_MS,
  ZEIT_JE_DIAGRAMM_MS,
  type Diagramm,
  type DiagrammErgebnis,
} from '../regeln/mermaid-barrierefreiheit.ts';

/**
 * Liest alle Diagramme in einem Worker und gibt die Ergebnisse in derselben
 * Reihenfolge zurück. Hängt ein Diagramm oder stürzt der Worker daran ab,
 * bekommt dieses Diagramm einen Fehler, und ein neuer Worker liest die übrigen:
 * Ein Diagramm hält nie die Prüfung der anderen auf.
 */
export async function leseDiagramme(
  codes: readonly string[],
  zeiten: { erstes: number; je: number } = { erstes: ZEIT_ERSTES_DIAGRAMM_MS, je: ZEIT_JE_DIAGRAMM_MS },
): Promise<DiagrammErgebnis[]> {
  const ergebnisse: DiagrammErgebnis[] = [];
  while (ergebnisse.length < codes.length) {
    const start = ergebnisse.length;
    const rest = codes.slice(start);
    const worker = new Worker(new URL('./mermaid-worker.ts', import.meta.url), { workerData: rest });
    try {
      await new Promise<void>((fertig) => {
        let uhr: ReturnType<typeof setTimeout>;
        const stelleUhr = (ms: number) => {
          clearTimeout(uhr);
          uhr = setTimeout(() => {
            ergebnisse.push({ fehler: { meldung: 'Zeitüberschreitung', zeitueberschreitung: true } });
            fertig();
          }, ms);
        };
        const abbruch = () => {
          clearTimeout(uhr);
          // Das Diagramm, an dem der Worker endete, bekommt den Fehler; die übrigen liest ein neuer Worker.
          if (ergebnisse.length < codes.length) ergebnisse.push({ fehler: { meldung: 'Absturz', absturz: true } });
          fertig();
        };
        stelleUhr(start === 0 ? zeiten.erstes : zeiten.je);
        worker.on('message', (ergebnis: DiagrammErgebnis) => {
          ergebnisse.push(ergebnis);
          if (ergebnisse.length === codes.length) {
            clearTimeout(uhr);
            fertig();
          } else stelleUhr(zeiten.je);
        });
        worker.once('error', abbruch);
        worker.once('exit', abbruch);
      });
    } finally {
      worker.removeAllListeners();
      await worker.terminate();
    }
  }
  return ergebnisse;
}

/** Was Mermaid zu einem Code gesagt hat, über Builds hinweg (cache.ts). */
export interface DiagrammSpeicher {
  diagramm(code: string): DiagrammErgebnis | undefined;
  merkeDiagramm(code: string, ergebnis: DiagrammErgebnis): void;
}

/**
 * Liest Diagramme mit mermaid im Worker. Jeden Code nur einmal; was der
 * Speicher schon kennt, gar nicht. Die Befunde daraus macht der Treiber
 * (regeln/mermaid-barrierefreiheit.ts).
 */
export async function leseDiagrammeMitSpeicher(
  diagramme: readonly Diagramm[],
  speicher?: DiagrammSpeicher,
): Promise<DiagrammErgebnis[]> {
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
    // Zeitüberschreitung und Absturz hängen von der Last ab, nicht vom Code: nicht merken.
    if (!ergebnis.fehler?.zeitueberschreitung && !ergebnis.fehler?.absturz) speicher?.merkeDiagramm(code, ergebnis);
  });
  return diagramme.map((d) => bekannt.get(d.code) ?? {});
}

/** Prüft Diagramme mit mermaid und macht Befunde daraus (für Tests und Werkzeuge ohne Treiber). */
export async function pruefeDiagramme(diagramme: readonly Diagramm[], speicher?: DiagrammSpeicher): Promise<Befund[]> {
  return (await liesDiagramme(diagramme, (d) => leseDiagrammeMitSpeicher(d, speicher))).befunde;
}
