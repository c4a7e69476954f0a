/**
 * Liest ein Mermaid-Diagramm mit dem echten mermaid-Paket, ohne es zu
 * zeichnen: Fehler mit Zeile, dazu accTitle und accDescr. Braucht ein DOM;
 * npm run pruefen ruft es im Worker mit happy-dom auf (mermaid-worker.ts), der
 * Beitragseditor im Browser mit dem Mermaid der Seite.
 */
import type { Mermaid } from 'mermaid';
import type { DiagrammErgebnis } from './mermaid-befunde.ts';

interface MermaidFehler {
  message?: string;
  name?: string;
  hash?: { loc?: { first_line?: number }; line?: number };
}

interface Datenbank {
  getAccTitle?: () => string;
  getAccDescription?: () => string;
}

/** Liest ein Diagramm; ein Fehler beim Lesen wird zum Ergebnis, nicht zur Ausnahme. */
export async function liesDiagramm(mermaid: Mermaid, code: string): Promise<DiagrammErgebnis> {
  try {
    // Meldet Mermaids Diagrammarten an, ohne die Einstellungen anzufassen (initialize würde das Zeichnen
    // der Website umstellen); getDiagramFromText kennt sonst im Browser noch keine Art.
    await mermaid.registerExternalDiagrams([]);
    const diagramm = await mermaid.mermaidAPI.getDiagramFromText(code);
    const db = diagramm.db as Datenbank;
    // Diagrammarten ohne diese Felder im Parser: dann zählt, was im Text steht.
    return {
      accTitle: db.getAccTitle ? db.getAccTitle() : /^\s*accTitle\s*:\s*(.+)$/m.exec(code)?.[1],
      accDescr: db.getAccDescription
        ? db.getAccDescription()
        : /^\s*accDescr\s*(?::\s*(.+)$|\{([^}]+)\})/m.exec(code)?.slice(1).find(Boolean),
    };
  } catch (fehler) {
    const f = fehler as MermaidFehler;
    const meldung = f.message ?? String(fehler);
    const zeile = f.hash?.loc?.first_line ?? (Number(/on line (\d+)/.exec(meldung)?.[1]) || undefined);
    return {
      fehler: {
        meldung,
        zeile,
        unbekannterTyp: f.name === 'UnknownDiagramError' || meldung.startsWith('No diagram type detected'),
      },
    };
  }
}
