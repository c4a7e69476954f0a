/**
 * Liest YAML (Front Matter einer MDX-Datei oder eine YAML-Datei) so, dass jedes
 * Feld seine Zeile und Spalte behält: Fehlermeldungen zeigen auf die Stelle,
 * die die Autorin ändern muss.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { GRENZEN } from './grenzen.ts';

export interface Stelle {
  zeile: number;
  spalte: number;
}

export interface GelesenesYaml {
  /** Die Daten als einfache JavaScript-Werte; undefined bei Syntaxfehlern. */
  daten: unknown;
  /** Syntaxfehler im YAML, mit Stelle; `hinweis` bei Fehlern, die nicht Einrückung oder Zeichen betreffen. */
  fehler: { meldung: string; code: string; stelle: Stelle; hinweis?: string }[];
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
  const stelleAus = (offset: number): Stelle => {
    const { line, col } = zaehler.linePos(offset);
    return { zeile: line + zeilenVersatz, spalte: col };
  };
  let dokument: Document.Parsed;
  try {
    // logLevel „error“: Warnungen des Pakets gingen sonst als englische Prozesswarnung an die Autorin.
    dokument = parseDocument(quelltext, { lineCounter: zaehler, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  } catch (ausnahme) {
    // Der Parser steigt rekursiv in verschachtelte Listen ab; zu tief wird ein Fehler der Datei.
    return ohneDaten(yamlAusnahme(ausnahme), { zeile: 1 + zeilenVersatz, spalte: 1 });
  }
  let daten: unknown;
  let fehler: GelesenesYaml['fehler'] = dokument.errors.map((e) => ({ meldung: e.message, code: e.code, stelle: stelleAus(e.pos[0]) }));
  if (!fehler.length) {
    try {
      // Verweise (*anker) vervielfachen Daten; eine „Alias-Bombe“ wüchse sonst ins Unermessliche.
      daten = dokument.toJS({ maxAliasCount: GRENZEN.yamlVerweise });
    } catch (ausnahme) {
      fehler = [{ ...yamlAusnahme(ausnahme), stelle: stelleAus(ersterVerweis(quelltext)) }];
    }
  }
  return {
    daten,
    fehler,
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

/** Ein Ergebnis ohne Daten mit einem Fehler an einer Stelle. */
function ohneDaten(f: { meldung: string; code: string; hinweis: string }, stelle: Stelle): GelesenesYaml {
  return { daten: undefined, fehler: [{ ...f, stelle }], stelleVon: () => stelle };
}

/** Offset des ersten Verweises („*name“) für die Zeilenangabe, sonst 0. */
function ersterVerweis(quelltext: string): number {
  return Math.max(0, quelltext.search(/(?:^|[\s:,[{-])\*[^\s*]/m));
}

/** Deutsche Meldung zu einer Ausnahme des yaml-Pakets (nie ein Stacktrace). */
function yamlAusnahme(ausnahme: unknown): { meldung: string; code: string; hinweis: string } {
  const text = ausnahme instanceof Error ? ausnahme.message : String(ausnahme);
  if (/Excessive alias count/i.test(text)) {
    return {
      code: 'ALIAS_GRENZE',
      meldung: `Das YAML verwendet zu viele Verweise (&anker und *anker); erlaubt sind höchstens ${GRENZEN.yamlVerweise}.`,
      hinweis: 'Schreiben Sie die Werte aus, statt mit &name und *name auf sie zu verweisen.',
    };
  }
  if (/Unresolved alias/i.test(text)) {
    return {
      code: 'ALIAS_UNBEKANNT',
      meldung: 'Das YAML verweist mit *name auf einen Anker, den es nicht gibt.',
      hinweis: 'Schreiben Sie den Wert aus; ein Wert, der mit * beginnt, gehört in Anführungszeichen: "*wichtig*".',
    };
  }
  return {
    code: 'ZU_TIEF',
    meldung: 'Das YAML ist zu tief verschachtelt oder zu groß, um es zu lesen.',
    hinweis: 'Vereinfachen Sie das Front Matter: Felder mit einfachen Werten und Listen, nicht tiefer als nötig.',
  };
}
