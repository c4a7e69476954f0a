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
      fremd: sucheFremdes(diagramm.db),
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
