/**
 * Liest YAML (Front Matter einer MDX-Datei oder eine YAML-Datei) so, dass jedes
 * Feld seine Zeile und Spalte behält: Fehlermeldungen zeigen auf die Stelle,
 * die die Autorin ändern muss.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
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

/**
 * Trennt Front Matter (zwischen zwei Zeilen „---“ am Dateianfang) vom Text.
 *
 * Die einzige Stelle, an der Kopf und Text getrennt werden: Die Prüfung liest
 * genau den Text, den der Build übersetzt (textOhneKopf), und der Build liest
 * die Daten aus genau dem YAML, das die Prüfung geprüft hat (src/content.config.ts).
 * Zeilen enden nur an „\n“ (mit oder ohne „\r“ davor), wie bei remark und
 * Sätteri; ein regulärer Ausdruck mit dem Schalter „m“ sähe auch nach U+2028
 * oder U+2029 einen Zeilenanfang, die Markdown-Leser nicht (Issue 20).
 */
export function zerlegeMdx(quelltext: string): ZerlegteMdx | undefined {
  const anfang = quelltext.startsWith('\uFEFF') ? 1 : 0;
  const ersteZeile = zeileAb(quelltext, anfang);
  if (ersteZeile.inhalt !== '---' || !ersteZeile.umbruch) return undefined;
  let zeilen = 1;
  for (let start = ersteZeile.ende; start < quelltext.length;) {
    const zeile = zeileAb(quelltext, start);
    zeilen++;
    if (/^---[ \t]*$/.test(zeile.inhalt)) {
      return {
        yaml: quelltext.slice(ersteZeile.ende, start),
        text: quelltext.slice(zeile.ende),
        // Der Text beginnt in der Zeile nach „---“, auch wenn die Datei dort endet.
        textStartZeile: zeilen + (zeile.umbruch ? 1 : 0),
      };
    }
    start = zeile.ende;
  }
  return undefined;
}

/** Eine Zeile ab `start`: ihr Inhalt ohne Zeilenende, wo die nächste beginnt und ob ein „\n“ sie beendet. */
function zeileAb(text: string, start: number): { inhalt: string; ende: number; umbruch: boolean } {
  const umbruch = text.indexOf('\n', start);
  const inhalt = text.slice(start, umbruch < 0 ? text.length : umbruch);
  return {
    inhalt: inhalt.endsWith('\r') ? inhalt.slice(0, -1) : inhalt,
    ende: umbruch < 0 ? text.length : umbruch + 1,
    umbruch: umbruch >= 0,
  };
}

/**
 * Der Text, wie Prüfung und Build ihn lesen: die ganze Datei, das Front Matter
 * (mit BOM und „---“-Zeilen) durch Leerzeichen ersetzt. So bleibt jede Stelle
 * (Zeile, Spalte und Offset, etwa eines Diagramms oder eines Fehlers) die der
 * Datei, und Regeln können Auszüge aus dem Quelltext zeigen.
 */
export function textOhneKopf(quelltext: string, teile: Pick<ZerlegteMdx, 'text'>): string {
  const kopf = quelltext.length - teile.text.length;
  return quelltext.slice(0, kopf).replace(/[^\r\n]/g, ' ') + teile.text;
}

/**
 * Liest YAML mit Zeilenangaben. zeilenVersatz verschiebt die Zeilen, z. B. um 1
 * für Front Matter, das nach der ersten Zeile „---“ beginnt.
 */
export function leseYaml(roh: string, zeilenVersatz = 0): GelesenesYaml {
  // Ein BOM am Dateianfang (Windows-Editoren) gehört nicht zum YAML; vor einer Liste läse das yaml-Paket es als Text.
  const quelltext = roh.startsWith('\uFEFF') ? roh.slice(1) : roh;
  const zaehler = new LineCounter();
  const stelleAus = (offset: number): Stelle => {
    const { line, col } = zaehler.linePos(offset);
    return { zeile: line + zeilenVersatz, spalte: col };
  };
  // Astro liest Front Matter mit js-yaml, das Steuerzeichen ablehnt; das yaml-Paket nimmt sie hin. Ohne diese
  // Prüfung bestünde eine Datei die Prüfung und bräche den Build ab.
  const steuer = STEUERZEICHEN.exec(quelltext);
  if (steuer) {
    const vorher = quelltext.slice(0, steuer.index);
    const zeichen = steuer[0].codePointAt(steuer[0].length - 1)!;
    return ohneDaten(
      {
        code: 'STEUERZEICHEN',
        meldung: `Im YAML steht ein unsichtbares Steuerzeichen (U+${zeichen.toString(16).toUpperCase().padStart(4, '0')}), das die Website nicht lesen kann.`,
        hinweis:
          'Löschen Sie das Zeichen (es entsteht oft beim Kopieren aus PDF oder Word): Schreiben Sie das Wort an dieser Stelle neu.',
      },
      { zeile: vorher.split('\n').length + zeilenVersatz, spalte: vorher.length - vorher.lastIndexOf('\n') },
    );
  }
  // Zeilentrenner, die YAML als Zeilenende liest, remark und Sätteri aber nicht: Kopf und Text sähen anders aus.
  const trenner = ZEILENTRENNER.exec(quelltext);
  if (trenner) {
    const vorher = quelltext.slice(0, trenner.index);
    return ohneDaten(
      {
        code: 'ZEILENTRENNER',
        meldung: `Im YAML steht ein unsichtbarer Zeilentrenner (U+${trenner[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}).`,
        hinweis:
          'Löschen Sie das Zeichen (es entsteht oft beim Kopieren aus PDF oder Word): Schreiben Sie die Zeile neu.',
      },
      { zeile: vorher.split('\n').length + zeilenVersatz, spalte: vorher.length - vorher.lastIndexOf('\n') },
    );
  }
  let dokument: Document.Parsed;
  try {
    // logLevel „error“: Warnungen des Pakets gingen sonst als englische Prozesswarnung an die Autorin.
    dokument = parseDocument(quelltext, {
      lineCounter: zaehler,
      prettyErrors: false,
      uniqueKeys: true,
      logLevel: 'error',
    });
  } catch (ausnahme) {
    // Der Parser steigt rekursiv in verschachtelte Listen ab; zu tief wird ein Fehler der Datei.
    return ohneDaten(yamlAusnahme(ausnahme), { zeile: 1 + zeilenVersatz, spalte: 1 });
  }
  let daten: unknown;
  let fehler: GelesenesYaml['fehler'] = [
    ...dokument.errors.map((e) => ({ meldung: e.message, code: e.code, stelle: stelleAus(e.pos[0]) })),
    // Warnungen (etwa eine unbekannte Typangabe) sind Fehler: Ein anderer YAML-Leser lehnte die Datei ab.
    ...dokument.warnings
      .filter((e) => e.code !== 'TAG_RESOLVE_FAILED')
      .map((e) => ({ meldung: e.message, code: e.code, stelle: stelleAus(e.pos[0]) })),
    // Unbekannte Typangaben meldet typangaben() zusammen mit den bekannten.
    ...typangaben(dokument).map((offset) => ({
      code: 'TYPANGABE',
      meldung: 'Im YAML steht eine Typangabe (ein Wert mit „!“ davor), die Inhalte nicht brauchen.',
      hinweis:
        'Löschen Sie die Angabe mit „!“; ein Text, der mit „!“ beginnt, gehört in Anführungszeichen: "!wichtig".',
      stelle: stelleAus(offset),
    })),
  ];
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

/** Zeichen, die js-yaml (Astros Front-Matter-Leser) als nicht druckbar ablehnt; wie PATTERN_NON_PRINTABLE dort. */
const STEUERZEICHEN =
  /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

/** U+2028, U+2029 und U+0085: für YAML Zeilenenden, für remark und Sätteri gewöhnliche Zeichen. */
const ZEILENTRENNER = /[\u2028\u2029\u0085]/;

/**
 * Offsets aller ausdrücklichen Typangaben (`!Sub`, `!!str`, `!<tag:…>`). Das
 * yaml-Paket kennt andere als js-yaml; Inhalte brauchen keine, also ist jede
 * ein Fehler, statt dass zwei Leser dieselbe Datei verschieden verstehen.
 */
function typangaben(dokument: Document.Parsed): number[] {
  const offsets: number[] = [];
  visit(dokument, {
    Node(_schluessel, knoten) {
      if (knoten.tag !== undefined) offsets.push(knoten.range?.[0] ?? 0);
    },
  });
  return offsets;
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
