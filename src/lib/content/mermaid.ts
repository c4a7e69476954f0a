/**
 * Prüft Mermaid-Diagramme mit dem echten mermaid-Paket, wie es auch im Browser
 * zeichnet. Mermaid braucht ein DOM; die happy-dom-Globals dafür entstehen in
 * einem eigenen Worker-Thread (mermaid-worker.ts), damit „window“ und
 * „document“ nicht in den Prozess von Astro und Vite gelangen, die daran
 * Browser und Server unterscheiden.
 */
import { Worker } from 'node:worker_threads';
import type { Befund } from './befund.ts';
import { befundeZuDiagramm, type Diagramm, type DiagrammErgebnis } from './mermaid-befunde.ts';

export { befundeZuDiagramm, type Diagramm, type DiagrammErgebnis } from './mermaid-befunde.ts';

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

/** Prüft Diagramme mit mermaid: lesbar, mit accTitle und accDescr. Was im Text verboten ist, prüft regeln/mermaid.ts. */
export async function pruefeDiagramme(diagramme: readonly Diagramm[]): Promise<Befund[]> {
  const ergebnisse = await leseDiagramme(diagramme.map((d) => d.code));
  return diagramme.flatMap((d, i) => befundeZuDiagramm(d, ergebnisse[i] ?? {}));
}
