/**
 * Regel „grenze“: Was die Prüfung annimmt, muss der Build bauen und der Browser
 * anzeigen können (Werte in kern/grenzen.ts). Rein und ohne Rekursion.
 */
import type { Root } from 'mdast';
import type { Befund } from '../kern/befund.ts';
import { GRENZEN } from '../kern/grenzen.ts';
import type { RegelInfo } from '../kern/typen.ts';

export const grenze: RegelInfo = {
  name: 'grenze',
  beschreibung:
    'Datei, Zeile, Verschachtelung, Tabellen, Bilder oder Diagramme überschreiten eine Grenze (GRENZEN in kern/grenzen.ts).',
};
const REGEL = grenze.name;

const befund = (datei: string, zeile: number, meldung: string, hinweis: string): Befund => ({
  datei,
  zeile,
  spalte: 1,
  regel: REGEL,
  meldung,
  hinweis,
});

const zahl = (n: number) => n.toLocaleString('de-DE');

/** Befund für eine zu große Datei; `groesse` in Worten („250.000 Zeichen“, „3 MB“). */
export function dateiZuGross(datei: string, groesse: string): Befund {
  return befund(
    datei,
    1,
    `Die Datei ist mit ${groesse} zu groß (höchstens ${zahl(GRENZEN.dateiZeichen)} Zeichen).`,
    'Teilen Sie den Text auf mehrere Dokumente auf oder kürzen Sie ihn; lange Tabellen und Listen gehören oft in eine verlinkte Quelle.',
  );
}

/**
 * Größe und Zeilenlänge einer Datei (MDX oder YAML); höchstens ein Befund je
 * Art, damit eine riesige Datei nicht tausend Meldungen erzeugt.
 */
export function pruefeGroesse(datei: string, quelltext: string): Befund[] {
  const befunde: Befund[] = [];
  if (quelltext.length > GRENZEN.dateiZeichen) befunde.push(dateiZuGross(datei, `${zahl(quelltext.length)} Zeichen`));
  let zeile = 1;
  let start = 0;
  for (;;) {
    const ende = quelltext.indexOf('\n', start);
    const laenge = (ende < 0 ? quelltext.length : ende) - start;
    if (laenge > GRENZEN.zeilenZeichen) {
      befunde.push(
        befund(
          datei,
          zeile,
          `Die Zeile ist mit ${zahl(laenge)} Zeichen zu lang (höchstens ${zahl(GRENZEN.zeilenZeichen)}).`,
          'Setzen Sie Zeilenumbrüche, z. B. nach jedem Satz; ein Absatz darf über mehrere Zeilen gehen.',
        ),
      );
      break;
    }
    if (ende < 0) break;
    start = ende + 1;
    zeile++;
  }
  return befunde;
}

/**
 * Vorprüfung der Verschachtelung am rohen MDX-Text, ohne ihn zu lesen: je
 * Zeile Zitatzeichen, Listenmarken und Einrückung am Zeilenanfang, dazu offene
 * minus geschlossene Tags. Zählt eher zu viel als zu wenig; schützt remark und
 * die genaue Prüfung vor Texten, an denen sie selbst scheitern könnten.
 */
export function vorpruefeTiefe(datei: string, quelltext: string, ersteZeile = 1): Befund[] {
  const grenze = GRENZEN.vorpruefungTiefe;
  const zeilen = quelltext.split('\n');
  let tags = 0;
  for (let i = 0; i < zeilen.length; i++) {
    const zeile = zeilen[i]!;
    let tiefe = 0;
    let spalten = 0;
    let j = 0;
    // Präfix: Leerraum, „>“, Listenmarken („-“, „*“, „+“, „1.“, „1)“) mit folgendem Leerzeichen.
    while (j < zeile.length) {
      const z = zeile[j]!;
      if (z === ' ') spalten++;
      else if (z === '\t') spalten += 4;
      else if (z === '>') tiefe++;
      else if ((z === '-' || z === '*' || z === '+') && /\s/.test(zeile[j + 1] ?? ' ')) tiefe++;
      else if (z >= '0' && z <= '9') {
        const marke = /^\d{1,9}[.)](?=\s|$)/.exec(zeile.slice(j, j + 11));
        if (!marke) break;
        tiefe++;
        j += marke[0].length - 1;
      } else break;
      j++;
    }
    tiefe += Math.floor(spalten / 2);
    // Tags: „<Name“ öffnet, „</“ und „/>“ schließen. Ohne Stapel, also nur eine Schätzung.
    for (let k = j; k < zeile.length; k++) {
      const z = zeile[k];
      if (z === '<') {
        const n = zeile[k + 1];
        if (n === '/') tags--;
        else if (n !== undefined && /[A-Za-z>]/.test(n)) tags++;
      } else if (z === '/' && zeile[k + 1] === '>') tags--;
    }
    if (tags < 0) tags = 0;
    // Tabellenspalten: remark-gfm liest sehr breite Tabellen sehr langsam (1.600 Spalten: bis 37 s, Issue 20).
    let striche = 0;
    for (let k = j; k < zeile.length && striche <= GRENZEN.tabellenSpalten; k++) if (zeile[k] === '|') striche++;
    if (striche > GRENZEN.tabellenSpalten) {
      return [
        befund(
          datei,
          ersteZeile + i,
          `Die Zeile hat mehr als ${zahl(GRENZEN.tabellenSpalten)} senkrechte Striche „|“; so breite Tabellen kann niemand lesen, und die Prüfung bräuchte sehr lange.`,
          `Teilen Sie die Tabelle auf (höchstens ${zahl(GRENZEN.tabellenSpalten)} Spalten) oder setzen Sie die Daten als Liste.`,
        ),
      ];
    }
    if (tiefe > grenze || tags > grenze) {
      return [
        befund(
          datei,
          ersteZeile + i,
          tiefe > grenze
            ? `Hier sind Zitate oder Listen zu tief verschachtelt (etwa ${zahl(tiefe)} Ebenen); die Website kann das nicht bauen.`
            : `Hier sind Elemente zu tief verschachtelt (etwa ${zahl(tags)} offene Tags); die Website kann das nicht bauen.`,
          `Verschachteln Sie höchstens ${GRENZEN.zitatTiefe} Zitate, ${GRENZEN.listenTiefe} Listen und ${GRENZEN.elementTiefe} Elemente ineinander; schließen Sie jedes Element, das Sie öffnen.`,
        ),
      ];
    }
  }
  return [];
}

/**
 * Genaue Tiefen im Syntaxbaum, mit eigenem Stapel statt Rekursion: Zitate,
 * Listen, Elemente und der Baum insgesamt. Ein Befund je Art, an der ersten
 * Stelle, an der die Grenze überschritten wird.
 */
export function pruefeBaumTiefe(datei: string, baum: Root): Befund[] {
  type Knoten = { type: string; children?: unknown[] | undefined; position?: { start: { line: number } } | undefined };
  type Eintrag = { knoten: Knoten; zitat: number; liste: number; element: number; baum: number };
  const stapel: Eintrag[] = [{ knoten: baum, zitat: 0, liste: 0, element: 0, baum: 0 }];
  const gemeldet = new Set<string>();
  const befunde: Befund[] = [];
  const arten = [
    ['zitat', GRENZEN.zitatTiefe, 'Zitate', 'Schreiben Sie höchstens {n} Zitatebenen („> > …“); meist genügt eine.'],
    [
      'liste',
      GRENZEN.listenTiefe,
      'Listen',
      'Verschachteln Sie höchstens {n} Listen ineinander; tiefere Gliederungen werden als Abschnitte mit „### “ lesbarer.',
    ],
    ['element', GRENZEN.elementTiefe, 'Elemente', 'Verschachteln Sie höchstens {n} Elemente wie <Hinweis> ineinander.'],
    [
      'baum',
      GRENZEN.baumTiefe,
      'Zitate, Listen, Elemente und Hervorhebungen zusammen',
      'Vereinfachen Sie die Stelle: höchstens {n} Ebenen aus Zitaten, Listen, Elementen, Links und Hervorhebungen.',
    ],
  ] as const;
  while (stapel.length) {
    const e = stapel.pop()!;
    for (const [art, grenze, name, hinweis] of arten) {
      if (e[art] > grenze && !gemeldet.has(art)) {
        gemeldet.add(art);
        befunde.push(
          befund(
            datei,
            e.knoten.position?.start.line ?? 1,
            `Hier sind ${name} ${zahl(e[art])} Ebenen tief verschachtelt (höchstens ${grenze}).`,
            hinweis.replace('{n}', String(grenze)),
          ),
        );
      }
    }
    if (gemeldet.size === arten.length || !Array.isArray(e.knoten.children)) continue;
    for (let i = e.knoten.children.length - 1; i >= 0; i--) {
      const kind = e.knoten.children[i] as Knoten;
      stapel.push({
        knoten: kind,
        zitat: e.zitat + (kind.type === 'blockquote' ? 1 : 0),
        liste: e.liste + (kind.type === 'list' ? 1 : 0),
        element: e.element + (kind.type === 'mdxJsxFlowElement' || kind.type === 'mdxJsxTextElement' ? 1 : 0),
        baum: e.baum + 1,
      });
    }
  }
  return befunde;
}

/** Anzahl und Größe der Mermaid-Diagramme einer Datei. */
export function pruefeDiagrammGrenzen(datei: string, diagramme: readonly { zeile: number; code: string }[]): Befund[] {
  const befunde: Befund[] = [];
  if (diagramme.length > GRENZEN.diagrammeJeDatei) {
    befunde.push(
      befund(
        datei,
        diagramme[GRENZEN.diagrammeJeDatei]!.zeile,
        `Die Datei enthält ${diagramme.length} Mermaid-Diagramme (höchstens ${GRENZEN.diagrammeJeDatei}).`,
        'Verteilen Sie die Diagramme auf mehrere Dokumente oder fassen Sie sie zusammen.',
      ),
    );
  }
  for (const d of diagramme) {
    if (d.code.length > GRENZEN.diagrammZeichen) {
      befunde.push(
        befund(
          datei,
          d.zeile,
          `Das Mermaid-Diagramm ist mit ${zahl(d.code.length)} Zeichen zu groß (höchstens ${zahl(GRENZEN.diagrammZeichen)}).`,
          'Teilen Sie das Diagramm in mehrere kleinere; große Diagramme sind auch auf dem Bildschirm kaum lesbar.',
        ),
      );
    }
  }
  return befunde;
}
