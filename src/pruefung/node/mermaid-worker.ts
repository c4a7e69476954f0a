/**
 * Worker-Thread für mermaid.ts: richtet happy-dom als globales DOM ein, lädt
 * erst danach mermaid und liest jedes Diagramm. Führt nichts aus, was das
 * Diagramm verlangt (securityLevel „strict“), und zeichnet nichts.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { Window } from 'happy-dom';
import type { Mermaid } from 'mermaid';
import { MERMAID_EINSTIEG } from '../../config/mermaid-ort.ts';
import { liesDiagramm } from '../treiber/mermaid-lesen.ts';

const fenster = new Window();
const global = globalThis as Record<string, unknown>;
for (const name of [
  'window',
  'document',
  'navigator',
  'DOMParser',
  'Element',
  'HTMLElement',
  'SVGElement',
  'Node',
  'DocumentFragment',
]) {
  // navigator gibt es in Node 24 schon als Getter; dort genügt das vorhandene.
  if (!(name in global))
    global[name] = name === 'window' ? fenster : (fenster as unknown as Record<string, unknown>)[name];
}

// Dasselbe fertig gebündelte Mermaid, das die Website ausliefert (config/mermaid-ort.ts): Es lädt in
// etwa 0,1 s statt 0,4 s, weil Node nicht Hunderte einzelne Module auflösen muss (docs/leistung.md).
const paket = createRequire(import.meta.url).resolve('mermaid/package.json');
const einstieg = pathToFileURL(join(dirname(paket), 'dist', MERMAID_EINSTIEG)).href;
const { default: mermaid } = (await import(einstieg)) as { default: Mermaid };
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });

// Jedes Ergebnis sofort: Hängt ein Diagramm, weiß mermaid.ts, welches, und liest die übrigen neu.
for (const code of workerData as string[]) parentPort!.postMessage(await liesDiagramm(mermaid, code));
