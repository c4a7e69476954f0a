/**
 * Liest ein Mermaid-Diagramm mit dem echten mermaid-Paket, ohne es zu
 * zeichnen: Fehler mit Zeile, dazu accTitle und accDescr. Braucht ein DOM;
 * npm run pruefen ruft es im Worker mit happy-dom auf (mermaid-worker.ts), der
 * Beitragseditor im Browser mit dem Mermaid der Seite.
 */
import type { Mermaid } from 'mermaid';
import type { DiagrammErgebnis, DiagrammGroesse } from '../regeln/mermaid-barrierefreiheit.ts';
import { htmlAnfang } from '../regeln/mermaid.ts';

interface MermaidFehler {
  message?: string;
  name?: string;
  hash?: { loc?: { first_line?: number }; line?: number };
}

interface Datenbank {
  getAccTitle?: () => string;
  getAccDescription?: () => string;
  setAccTitle?: (text: string) => void;
  setAccDescription?: (text: string) => void;
  setDiagramTitle?: (text: string) => void;
}

/** Ein Diagramm, das jede Mermaid-Version liest; über seine Datenbank erreicht man den gemeinsamen Zustand. */
const NEUTRAL = 'flowchart TD\n  A';
const zuruecksetzer = new WeakMap<Mermaid, Datenbank>();

/**
 * Setzt zurück, was Mermaid über Diagramme hinweg behält. Titel, accTitle und
 * accDescr liegen in einem Modul, das alle Diagrammarten teilen; das
 * Zurücksetzen je Art (clear) lässt sie bei manchen Arten (C4) stehen. Ohne
 * dies hätte ein C4-Diagramm ohne accTitle den Titel des Diagramms davor, und
 * das Ergebnis hinge von der Reihenfolge ab. Was jede Art sonst hält, setzt
 * Mermaid selbst vor jedem Lesen zurück (db.clear in Diagram.fromText); der
 * Test „Reihenfolge“ in tests/unit/mermaid-worker.unit.test.ts prüft das für
 * jede Art, die wir kennen.
 */
async function setzeZurueck(mermaid: Mermaid): Promise<void> {
  let db = zuruecksetzer.get(mermaid);
  if (!db) {
    db = (await mermaid.mermaidAPI.getDiagramFromText(NEUTRAL)).db as Datenbank;
    zuruecksetzer.set(mermaid, db);
  }
  db.setAccTitle?.('');
  db.setAccDescription?.('');
  db.setDiagramTitle?.('');
}

/**
 * Manche Arten (C4, Git, Zeitleiste …) halten ihre Daten im Modul und geben
 * sie nur über Funktionen heraus; ein Blick in die Datenbank sähe dann nur
 * Funktionen. Deshalb fragen wir jede Funktion „get…“ ohne Argumente ab, außer
 * den Einstellungen der Website. Was dabei scheitert, zählt nicht.
 */
function abgefragt(db: object): unknown[] {
  const namen = new Set<string>();
  for (let o: object | null = db; o && o !== Object.prototype; o = Object.getPrototypeOf(o) as object | null) {
    for (const name of Object.getOwnPropertyNames(o)) namen.add(name);
  }
  const werte: unknown[] = [];
  for (const name of namen) {
    const f = (db as Record<string, unknown>)[name];
    if (!/^get[A-Z]/.test(name) || /Config$/.test(name) || typeof f !== 'function') continue;
    try {
      werte.push((f as () => unknown).call(db));
    } catch {
      // Eine Abfrage, die Argumente braucht oder erst beim Zeichnen gilt: übergehen.
    }
  }
  return werte;
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
function sucheFremdes(db: object): { fremd?: string; html?: string } {
  const stapel: unknown[] = [db, ...abgefragt(db)];
  const gesehen = new Set<unknown>();
  let html: string | undefined;
  for (let schritte = 0; stapel.length && schritte < 50_000; schritte++) {
    const wert = stapel.pop();
    if (typeof wert === 'string') {
      if (ADRESSE.test(wert)) return { fremd: wert, ...(html ? { html } : {}) };
      // HTML, das erst nach Escapes entsteht („\x3cimg …“ in den Daten eines Knotens); dieselbe Regel wie am Text.
      if (!html && htmlAnfang(wert, true)) html = wert;
      continue;
    }
    if (!wert || typeof wert !== 'object' || gesehen.has(wert)) continue;
    gesehen.add(wert);
    const eintraege: [unknown, unknown][] =
      wert instanceof Map
        ? [...wert.entries()]
        : wert instanceof Set
          ? [...wert].map((w) => [undefined, w])
          : Object.entries(wert);
    for (const [schluessel, kind] of eintraege) {
      // Die Einstellungen der Website (config) stehen auch in der Datenbank; sie kommen nicht vom Diagramm.
      if (schluessel === 'config' || typeof kind === 'function') continue;
      // Eine Liste unter „links“ sind Daten (Sankey: Quelle, Ziel, Wert); ihre Texte prüft ADRESSE weiter unten.
      if (
        typeof schluessel === 'string' &&
        FREMDE_SCHLUESSEL.has(schluessel) &&
        kind &&
        (typeof kind !== 'object' || (!Array.isArray(kind) && Object.keys(kind).length))
      ) {
        return {
          fremd: `${schluessel}: ${typeof kind === 'string' ? kind : JSON.stringify(kind)?.slice(0, 80)}`,
          ...(html ? { html } : {}),
        };
      }
      stapel.push(kind);
    }
  }
  return html ? { html } : {};
}

/**
 * Erkennt, ob Mermaid das Diagramm nicht wegen eines Fehlers ablehnt, sondern
 * weil es zu groß ist: Mermaid zählt z. B. Kanten nach dem Ausmultiplizieren
 * von „A & B --> C & D“ (Meldung „Edge limit exceeded. 4900 edges found, but
 * the limit is 500.“), und sehr tief Verschachteltes sprengt den Stapel.
 */
function zuGross(fehler: unknown, meldung: string): DiagrammGroesse | undefined {
  const grenze = /(\w+) limit exceeded\.\s*(\d+) \w+ found, but the limit is (\d+)/i.exec(meldung);
  if (grenze)
    return {
      was: grenze[1]!.toLowerCase() === 'edge' ? 'kanten' : 'elemente',
      anzahl: Number(grenze[2]),
      grenze: Number(grenze[3]),
    };
  if (fehler instanceof RangeError || /maximum call stack|too much recursion/i.test(meldung)) return { was: 'tiefe' };
  return undefined;
}

/** Liest ein Diagramm; ein Fehler beim Lesen wird zum Ergebnis, nicht zur Ausnahme. */
export async function liesDiagramm(mermaid: Mermaid, code: string): Promise<DiagrammErgebnis> {
  try {
    // Meldet Mermaids Diagrammarten an, ohne die Einstellungen anzufassen (initialize würde das Zeichnen
    // der Website umstellen); getDiagramFromText kennt sonst im Browser noch keine Art.
    await mermaid.registerExternalDiagrams([]);
    await setzeZurueck(mermaid);
    const diagramm = await mermaid.mermaidAPI.getDiagramFromText(code);
    const db = diagramm.db as Datenbank;
    // Was nicht im Text steht, kann nicht von diesem Diagramm sein: Ein Rest aus einem anderen Diagramm zählt
    // so nie. Manche Arten legen accTitle anders ab (C4 als Titel) oder gar nicht: Dann zählt der Text.
    return {
      ...sucheFremdes(diagramm.db as object),
      accTitle: /accTitle/.test(code)
        ? db.getAccTitle?.() || /^[ \t]*accTitle[ \t]*:[ \t]*(\S.*)$/m.exec(code)?.[1]
        : undefined,
      accDescr: /accDescr/.test(code)
        ? db.getAccDescription?.() ||
          /^[ \t]*accDescr[ \t]*(?::[ \t]*(\S.*)$|\{([^}]*\S[^}]*)\})/m.exec(code)?.slice(1).find(Boolean)
        : undefined,
    };
  } catch (fehler) {
    const f = fehler as MermaidFehler;
    const meldung = f.message ?? String(fehler);
    const zeile = f.hash?.loc?.first_line ?? (Number(/on line (\d+)/.exec(meldung)?.[1]) || undefined);
    return {
      fehler: {
        meldung,
        zeile,
        zuGross: zuGross(fehler, meldung),
        unbekannterTyp: f.name === 'UnknownDiagramError' || meldung.startsWith('No diagram type detected'),
      },
    };
  }
}
