/**
 * Worker-Thread für mermaid.ts: richtet happy-dom als globales DOM ein, lädt
 * erst danach mermaid und liest jedes Diagramm. Führt nichts aus, was das
 * Diagramm verlangt (securityLevel „strict“), und zeichnet nichts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Window } from 'happy-dom';
import type { DiagrammErgebnis } from './mermaid.ts';

const fenster = new Window();
const global = globalThis as Record<string, unknown>;
for (const name of ['window', 'document', 'navigator', 'DOMParser', 'Element', 'HTMLElement', 'SVGElement', 'Node', 'DocumentFragment']) {
  // navigator gibt es in Node 24 schon als Getter; dort genügt das vorhandene.
  if (!(name in global)) global[name] = name === 'window' ? fenster : (fenster as unknown as Record<string, unknown>)[name];
}

const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });

interface MermaidFehler {
  message?: string;
  name?: string;
  hash?: { loc?: { first_line?: number }; line?: number };
}

interface Datenbank {
  getAccTitle?: () => string;
  getAccDescription?: () => string;
}

async function lies(code: string): Promise<DiagrammErgebnis> {
  try {
    const diagramm = await mermaid.mermaidAPI.getDiagramFromText(code);
    const db = diagramm.db as Datenbank;
    // Diagrammarten ohne diese Felder im Parser: dann zählt, was im Text steht.
    return {
      accTitle: db.getAccTitle ? db.getAccTitle() : /^\s*accTitle\s*:\s*(.+)$/m.exec(code)?.[1],
      accDescr: db.getAccDescription ? db.getAccDescription() : /^\s*accDescr\s*(?::\s*(.+)$|\{([^}]+)\})/m.exec(code)?.slice(1).find(Boolean),
    };
  } catch (fehler) {
    const f = fehler as MermaidFehler;
    const meldung = f.message ?? String(fehler);
    const zeile = f.hash?.loc?.first_line ?? (Number(/on line (\d+)/.exec(meldung)?.[1]) || undefined);
    return { fehler: { meldung, zeile, unbekannterTyp: f.name === 'UnknownDiagramError' || meldung.startsWith('No diagram type detected') } };
  }
}

// Jedes Ergebnis sofort: Hängt ein Diagramm, weiß mermaid.ts, welches, und liest die übrigen neu.
for (const code of workerData as string[]) parentPort!.postMessage(await lies(code));
