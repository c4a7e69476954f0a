/**
 * Der Mermaid-Worker hält die Prüfung nie auf: Dauert ein Diagramm zu lange,
 * bekommt es einen Befund, und ein neuer Worker liest die übrigen.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { befundeZuDiagramm, leseDiagramme, pruefeDiagramme } from '../../src/pruefung/node/mermaid.ts';
import { PruefCache } from '../../src/pruefung/node/cache.ts';

const gut = 'flowchart TD\n  accTitle: T\n  accDescr: D\n  A --> B';

describe('leseDiagramme', () => {
  it('liest Diagramme in ihrer Reihenfolge', async () => {
    const ergebnisse = await leseDiagramme([gut, 'kein diagramm', gut]);
    expect(ergebnisse.map((e) => (e.fehler ? 'fehler' : e.accTitle))).toEqual(['T', 'fehler', 'T']);
  });

  it('meldet eine Zeitüberschreitung je Diagramm und liest die übrigen weiter', async () => {
    const ergebnisse = await leseDiagramme([gut, gut], { erstes: 1, je: 1 });
    expect(ergebnisse.map((e) => e.fehler?.zeitueberschreitung)).toEqual([true, true]);
    const befunde = befundeZuDiagramm({ datei: 'x.mdx', zeile: 7, spalte: 1, code: gut }, ergebnisse[0]!);
    expect(befunde).toEqual([
      expect.objectContaining({
        regel: 'mermaid',
        zeile: 7,
        hinweis: expect.stringContaining('Vereinfachen Sie das Diagramm'),
      }),
    ]);
  });
});

/** Dasselbe C4-Diagramm mit und ohne accTitle/accDescr: C4 setzt den gemeinsamen Zustand von Mermaid nicht zurück. */
const C4_MIT =
  'C4Context\n  accTitle: Zustellung\n  accDescr: Der Onlinedienst stellt über FIT-Connect zu.\n  Person(a, "Antragsteller")';
const C4_OHNE = 'C4Context\n  Person(a, "Antragsteller")\n  System(b, "Onlinedienst")\n  Rel(a, b, "nutzt")';
/** Bricht nach accTitle und accDescr ab: Was Mermaid bis dahin gelesen hat, darf nicht bleiben. */
const C4_KAPUTT = 'C4Context\n  accTitle: Rest\n  accDescr: Rest\n  Person((';

const regelnFuer = (befunde: { datei: string; zeile: number; regel: string }[], datei: string, zeile: number) =>
  befunde.filter((b) => b.datei === datei && b.zeile === zeile).map((b) => b.regel);

// Jeder Aufruf startet einen Worker, der Mermaid lädt (auf einem ausgelasteten Rechner einige Sekunden).
describe('Reihenfolge: jedes Diagramm wie allein gelesen', { timeout: 180_000 }, () => {
  it('ein C4-Diagramm ohne accTitle/accDescr fehlt allein, nach einem mit und vor einem mit', async () => {
    const [allein] = await leseDiagramme([C4_OHNE]);
    const [, danach, , nachKaputt] = await leseDiagramme([C4_MIT, C4_OHNE, C4_KAPUTT, C4_OHNE]);
    const [davor, mit] = await leseDiagramme([C4_OHNE, C4_MIT]);
    expect(allein).toEqual({});
    for (const e of [danach, nachKaputt, davor]) expect(e).toEqual(allein);
    expect(mit).toMatchObject({ accTitle: 'Zustellung', accDescr: expect.stringContaining('FIT-Connect') });
  });

  it('meldet die fehlenden Angaben in derselben Datei und in verschiedenen Dateien, kalt und aus dem Cache', async () => {
    const mit = (datei: string, zeile: number) => ({ datei, zeile, spalte: 1, code: C4_MIT });
    const ohne = (datei: string, zeile: number) => ({ datei, zeile, spalte: 1, code: C4_OHNE });
    const faelle = [
      { name: 'dieselbe Datei, mit zuerst', diagramme: [mit('a.mdx', 5), ohne('a.mdx', 20)], ohne: ['a.mdx', 20] },
      { name: 'dieselbe Datei, ohne zuerst', diagramme: [ohne('a.mdx', 5), mit('a.mdx', 20)], ohne: ['a.mdx', 5] },
      { name: 'zwei Dateien, mit zuerst', diagramme: [mit('a.mdx', 5), ohne('b.mdx', 5)], ohne: ['b.mdx', 5] },
      { name: 'zwei Dateien, ohne zuerst', diagramme: [ohne('a.mdx', 5), mit('b.mdx', 5)], ohne: ['a.mdx', 5] },
    ] as const;
    // Kalt, und mit dem Cache des Builds (PruefCache im Cache-Ordner), den ein früherer Lauf gefüllt hat:
    // dort las Mermaid das Diagramm ohne Angaben direkt nach dem mit Angaben.
    const ordner = mkdtempSync(join(tmpdir(), 'mermaid-cache-'));
    try {
      const frueher = PruefCache.lade(ordner);
      await pruefeDiagramme([mit('x.mdx', 1), ohne('x.mdx', 9)], frueher);
      frueher.speichere();
      for (const fall of faelle) {
        for (const cache of [undefined, PruefCache.lade(ordner)]) {
          if (cache) expect(cache.diagramm(C4_OHNE), 'aus dem Cache').toEqual({});
          const befunde = await pruefeDiagramme(fall.diagramme, cache);
          expect(regelnFuer(befunde, fall.ohne[0], fall.ohne[1]), `${fall.name}, ${cache ? 'Cache' : 'kalt'}`).toEqual([
            'mermaid-barrierefreiheit',
          ]);
          expect(befunde, fall.name).toHaveLength(1);
        }
      }
    } finally {
      rmSync(ordner, { recursive: true, force: true });
    }
  });

  it('hängt für keine Diagrammart von den Diagrammen davor ab', async () => {
    const acc = 'accTitle: T\naccDescr: D\n';
    // Je Art ein Diagramm mit Titel, Beschreibung und Inhalt, und eines ohne.
    const arten: [string, string, string][] = [
      ['flowchart', `flowchart TD\n${acc}A-->B`, 'flowchart TD\nC-->D'],
      ['sequence', `sequenceDiagram\n${acc}A->>B: x`, 'sequenceDiagram\nC->>D: y'],
      ['class', `classDiagram\n${acc}class A`, 'classDiagram\nclass C'],
      ['state', `stateDiagram-v2\n${acc}[*] --> A`, 'stateDiagram-v2\n[*] --> C'],
      ['er', `erDiagram\n${acc}A ||--o{ B : hat`, 'erDiagram\nC ||--o{ D : hat'],
      [
        'gantt',
        `gantt\n${acc}dateFormat YYYY-MM-DD\nsection S\nT :a, 2026-01-01, 3d`,
        'gantt\ndateFormat YYYY-MM-DD\nsection S\nU :b, 2026-01-01, 3d',
      ],
      ['pie', `pie\n${acc}"a" : 1`, 'pie\n"b" : 2'],
      ['journey', `journey\n${acc}section S\nT: 5: A`, 'journey\nsection S\nU: 3: B'],
      ['git', `gitGraph\n${acc}commit`, 'gitGraph\ncommit'],
      ['c4', C4_MIT, C4_OHNE],
      ['quadrant', `quadrantChart\n${acc}A: [0.3, 0.6]`, 'quadrantChart\nB: [0.1, 0.2]'],
      ['timeline', `timeline\n${acc}2020 : a`, 'timeline\n2021 : b'],
      ['xychart', `xychart-beta\n${acc}x-axis [a, b]\nbar [1, 2]`, 'xychart-beta\nline [3, 4]'],
      ['packet', `packet-beta\n${acc}0-15: "A"`, 'packet-beta\n0-7: "B"'],
      ['radar', `radar-beta\n${acc}axis a, b, c\ncurve x{1,2,3}`, 'radar-beta\naxis d, e, f\ncurve y{3,2,1}'],
      ['treemap', `treemap-beta\n${acc}"A"\n  "B": 10`, 'treemap-beta\n"C"\n  "D": 5'],
      ['mindmap', 'mindmap\nroot\n  A', 'mindmap\nr\n  B'],
      ['sankey', 'sankey-beta\nA,B,5', 'sankey-beta\nC,D,3'],
    ];
    const codes = arten.flatMap(([, mit, ohne]) => [ohne, mit, ohne]);
    // Über Arten hinweg: danach noch einmal jedes Diagramm ohne Angaben, nach dem mit Angaben der nächsten Art.
    const alle = await leseDiagramme([
      ...codes,
      ...arten.flatMap(([, mit], i) => [mit, arten[(i + 1) % arten.length]![2]]),
    ]);
    arten.forEach(([art], i) => {
      const [vorher, mit, nachher] = alle.slice(3 * i, 3 * i + 3);
      expect(vorher?.fehler, art).toBeUndefined();
      expect(mit?.fehler, art).toBeUndefined();
      expect(nachher, art).toEqual(vorher);
      const nachAndererArt = alle[codes.length + 2 * ((i + arten.length - 1) % arten.length) + 1];
      expect(nachAndererArt, `${art} nach einer anderen Art`).toEqual(vorher);
    });
  });
});

describe('Links in C4 und die Größe eines Diagramms', () => {
  it('sieht Links, die C4 als Argument ohne Namen oder mit $link trägt', async () => {
    const c4 = (zeile: string) =>
      `C4Context\n  accTitle: T\n  accDescr: D\n  Person(a, "A")\n  System(b, "B")\n  ${zeile}`;
    const ergebnisse = await leseDiagramme([
      c4('Person(c, "C", "d", "s", "t", "/intern/")'),
      c4('Rel(a, b, "nutzt", "HTTPS", "d", "s", "t", "seite.html")'),
      c4('UpdateElementStyle(a, $link="/x")'),
      c4('Rel(a, b, "nutzt", "HTTPS")'),
    ]);
    expect(ergebnisse.map((e) => e.fremd)).toEqual([
      expect.stringContaining('/intern/'),
      expect.stringContaining('seite.html'),
      expect.stringContaining('/x'),
      undefined,
    ]);
  });

  it('sieht HTML, das erst hinter einem Escape entsteht, und lässt <br>, Generics und Stereotypen stehen', async () => {
    const kopf = 'accTitle: T\n  accDescr: D';
    const ergebnisse = await leseDiagramme([
      `flowchart TD\n  ${kopf}\n  A@{ label: "\\x3cimg src=x onerror=alert(1)>" }`,
      `flowchart TD\n  ${kopf}\n  A[Zeile 1<br>Zeile 2] --> U[<<include>>]`,
      `classDiagram\n  ${kopf}\n  class Liste~T~ {\n    <<interface>>\n    +List~int~ werte\n  }`,
    ]);
    expect(ergebnisse.map((e) => e.html)).toEqual([expect.stringContaining('<img'), undefined, undefined]);
    const code = 'flowchart TD\n  A@{ label: "x" }';
    const befunde = befundeZuDiagramm(
      { datei: 'x.mdx', zeile: 3, spalte: 1, code },
      { ...ergebnisse[0]!, html: '<img src=x>' },
    );
    expect(befunde).toEqual([
      expect.objectContaining({ regel: 'mermaid', zeile: 3, hinweis: expect.stringContaining('kleiner als') }),
    ]);
  });

  it('nennt ein Diagramm mit zu vielen Kanten zu groß, nicht unlesbar, mit der Grenze', async () => {
    const knoten = (p: string) => Array.from({ length: 70 }, (_, i) => `${p}${i}`).join(' & ');
    const code = `flowchart TD\n  accTitle: T\n  accDescr: D\n  ${knoten('a')} --> ${knoten('b')}`;
    const [ergebnis] = await leseDiagramme([code]);
    expect(ergebnis?.fehler?.zuGross).toMatchObject({ was: 'kanten', grenze: 500 });
    const befunde = befundeZuDiagramm({ datei: 'x.mdx', zeile: 7, spalte: 1, code }, ergebnis!);
    expect(befunde).toEqual([
      expect.objectContaining({
        regel: 'grenze',
        zeile: 7,
        meldung: expect.stringMatching(/zu groß.*höchstens 500/),
        hinweis: expect.stringContaining('A & B & C --> D & E'),
      }),
    ]);
    expect(befunde[0]!.meldung).not.toContain('nicht lesen');
  });
});
