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

/** Schlüssel, unter denen Mermaid Bilder, Icons und Verknüpfungen ablegt (Flussdiagramm, Sequenz, Klassen …). */
const FREMDE_SCHLUESSEL = new Set(['img', 'icon', 'link', 'links', 'href', 'callback', 'haveCallback', 'tooltip']);
/** Eine Adresse mit Schema, das der Browser lädt oder ausführt, oder „//Server“. */
const ADRESSE = /(?:^|[^a-z0-9+.-])(?:https?|ftps?|file|data|javascript|vbscript|blob|wss?):|^\s*\/\/[^\s/]/i;

/**
 * Sucht in dem, was Mermaid gelesen hat, nach Bildern, Icons, Verknüpfungen
 * und Adressen. Die Textprüfung (regeln/mermaid.ts) sieht die Zeilen; hier
 * zählt, was nach Escapes („\x69mg“) und YAML-Schreibweisen wirklich ankommt.
 * Ohne Rekursion und begrenzt, damit ein großes Diagramm nichts aufhält.
 */
function sucheFremdes(db: unknown): string | undefined {
  const stapel: unknown[] = [db];
  const gesehen = new Set<unknown>();
  for (let schritte = 0; stapel.length && schritte < 50_000; schritte++) {
    const wert = stapel.pop();
    if (typeof wert === 'string') {
      if (ADRESSE.test(wert)) return wert;
      continue;
    }
    if (!wert || typeof wert !== 'object' || gesehen.has(wert)) continue;
    gesehen.add(wert);
    const eintraege: [unknown, unknown][] =
      wert instanceof Map ? [...wert.entries()] : wert instanceof Set ? [...wert].map((w) => [undefined, w]) : Object.entries(wert);
    for (const [schluessel, kind] of eintraege) {
      // Die Einstellungen der Website (config) stehen auch in der Datenbank; sie kommen nicht vom Diagramm.
      if (schluessel === 'config' || typeof kind === 'function') continue;
      if (typeof schluessel === 'string' && FREMDE_SCHLUESSEL.has(schluessel) && kind && (typeof kind !== 'object' || Object.keys(kind).length)) {
        return `${schluessel}: ${typeof kind === 'string' ? kind : JSON.stringify(kind)?.slice(0, 80)}`;
      }
      stapel.push(kind);
    }
  }
  return undefined;
}

async function lies(code: string): Promise<DiagrammErgebnis> {
  try {
    const diagramm = await mermaid.mermaidAPI.getDiagramFromText(code);
    const db = diagramm.db as Datenbank;
    // Diagrammarten ohne diese Felder im Parser: dann zählt, was im Text steht.
    return {
      fremd: sucheFremdes(diagramm.db),
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
