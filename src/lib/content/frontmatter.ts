/**
 * Liest YAML (Front Matter einer MDX-Datei oder eine YAML-Datei) so, dass jedes
 * Feld seine Zeile und Spalte behält: Fehlermeldungen zeigen auf die Stelle,
 * die die Autorin ändern muss.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface Stelle {
  zeile: number;
  spalte: number;
}

export interface GelesenesYaml {
  /** Die Daten als einfache JavaScript-Werte; undefined bei Syntaxfehlern. */
  daten: unknown;
  /** Syntaxfehler im YAML, mit Stelle. */
  fehler: { meldung: string; code: string; stelle: Stelle }[];
  /** Stelle eines Feldes; fehlt es, die des nächsten vorhandenen Elternteils. */
  stelleVon(pfad: readonly PropertyKey[]): Stelle;
}

export interface ZerlegteMdx {
  yaml: string;
  /** Der Text nach dem Front Matter. */
  text: string;
  /** Zeile (1-basiert), in der der Text beginnt. */
  textStartZeile: number;
}

/** Trennt Front Matter (zwischen zwei Zeilen „---“ am Dateianfang) vom Text. */
export function zerlegeMdx(quelltext: string): ZerlegteMdx | undefined {
  const treffer = /^\uFEFF?---\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m.exec(quelltext);
  if (!treffer || treffer.index !== 0) return undefined;
  const kopf = treffer[0];
  return {
    yaml: treffer[1] ?? '',
    text: quelltext.slice(kopf.length),
    textStartZeile: kopf.split('\n').length - (kopf.endsWith('\n') ? 0 : 1),
  };
}

/**
 * Liest YAML mit Zeilenangaben. zeilenVersatz verschiebt die Zeilen, z. B. um 1
 * für Front Matter, das nach der ersten Zeile „---“ beginnt.
 */
export function leseYaml(quelltext: string, zeilenVersatz = 0): GelesenesYaml {
  const zaehler = new LineCounter();
  const dokument = parseDocument(quelltext, { lineCounter: zaehler, prettyErrors: false, uniqueKeys: true });
  const stelleAus = (offset: number): Stelle => {
    const { line, col } = zaehler.linePos(offset);
    return { zeile: line + zeilenVersatz, spalte: col };
  };
  return {
    daten: dokument.errors.length ? undefined : dokument.toJS(),
    fehler: dokument.errors.map((e) => ({ meldung: e.message, code: e.code, stelle: stelleAus(e.pos[0]) })),
    stelleVon(pfad) {
      let knoten: unknown = dokument.contents;
      let offset = (knoten as Node | null)?.range?.[0] ?? 0;
      for (const teil of pfad) {
        let naechster: unknown;
        if (isMap(knoten)) {
          const paar = knoten.items.find((p) => isScalar(p.key) && p.key.value === teil);
          if (!paar) break;
          offset = (paar.key as Node).range?.[0] ?? offset;
          naechster = paar.value;
        } else if (isSeq(knoten) && typeof teil === 'number') {
          naechster = knoten.items[teil];
          offset = (naechster as Node | undefined)?.range?.[0] ?? offset;
        }
        if (!naechster) break;
        knoten = naechster;
      }
      return stelleAus(offset);
    },
  };
}
