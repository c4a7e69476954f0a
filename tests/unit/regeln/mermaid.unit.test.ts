import { describe, expect, it } from 'vitest';
import { mermaid } from '../../../src/pruefung/regeln/mermaid.ts';
import { befunde, stellen } from '../../helpers/regeln.ts';

const diagramm = (...zeilen: string[]) => ['Text.', '', '```mermaid', ...zeilen, '```', ''].join('\n');

describe('Regel mermaid', () => {
  it('meldet Einstellungen (%%{init}%%, config:) an der Dateizeile', () => {
    const gefunden = befunde(
      mermaid,
      diagramm('---', 'config:', '  theme: dark', '---', 'flowchart TD', '%%{init: {}}%%', 'A --> B'),
    );
    expect(stellen(gefunden)).toEqual(['8:1', '12:1']);
    expect(gefunden[0]!.hinweis).toContain('Entfernen Sie die Zeile; Farben');
  });

  it.each([
    ['Bild an einem Knoten', 'A@{ img: "https://example.org/x.png", label: "A" }'],
    ['Bild mit Schlüssel in Anführungszeichen', 'A@{ "img": "./x.png" }'],
    ['Icon an einem Knoten', 'A@{ icon: "fa:user", form: "square" }'],
    ['Icon in einer Mindmap', '  ::icon(fa fa-book)'],
    ['CSS mit url()', 'style A fill:url(https://example.org/x.svg#m)'],
    ['Adresse in einem Text', 'A[Mehr unter https://example.org/] --> B'],
    ['Adresse ohne Schema', 'A["//example.org/x"] --> B'],
  ])('meldet fremde Quellen: %s', (_, zeile) => {
    const gefunden = befunde(mermaid, diagramm('flowchart TD', zeile));
    expect(stellen(gefunden)).toEqual(['8:1']);
    expect(gefunden[0]!.meldung).toContain('fremden Server');
  });

  it.each([
    ['click im Flussdiagramm', '  click A "https://example.org/"'],
    ['click mit call', 'click A call rufe()'],
    ['href', 'click A href "/x/"'],
    ['link im Sequenzdiagramm', '  link Alice: Dashboard @ https://example.org/'],
    ['links im Sequenzdiagramm', 'links Alice: {"Dashboard": "https://example.org/"}'],
    ['callback im Klassendiagramm', 'callback Tier "rufe"'],
    ['$link in C4', 'Person(a, "A", $link="https://example.org/")'],
  ])('meldet Verknüpfungen: %s', (_, zeile) => {
    const gefunden = befunde(mermaid, diagramm('sequenceDiagram', zeile));
    expect(stellen(gefunden)).toEqual(['8:1']);
    expect(gefunden[0]!.hinweis).toContain('[Linktext](…) unter das Diagramm');
  });

  it('lässt gewöhnliche Diagramme stehen, auch mit linkStyle, Formen und Daten im Text', () => {
    const text = diagramm(
      'flowchart TD',
      '  accTitle: Ablauf',
      '  accDescr: Antrag bis Bescheid',
      '  A[Antrag: Daten erfassen] --> B@{ shape: doc, label: "Bescheid" }',
      '  linkStyle 0 stroke:#333',
      '  classDef wichtig fill:#fee',
      '  link --> B',
    );
    expect(befunde(mermaid, text)).toEqual([]);
  });
});

describe('Regel mermaid: Anweisungen nach „;“', () => {
  it.each([
    ['click nach ;', 'A-->B; click A "javascript:alert(1)"'],
    ['click ohne Leerzeichen nach ;', 'A-->B;click A call rufe()'],
    ['callback nach ;', 'class T;callback T "rufe"'],
  ])('meldet Verknüpfungen: %s', (_, zeile) => {
    const gefunden = befunde(mermaid, diagramm('flowchart TD', zeile));
    expect(stellen(gefunden)).toEqual(['8:1']);
    expect(gefunden[0]!.meldung).toContain('Verknüpfungen');
  });

  it('lässt „;“ als Trenner gewöhnlicher Anweisungen stehen', () => {
    expect(befunde(mermaid, diagramm('flowchart TD', 'A-->B; B-->C; linkStyle 0 stroke:#333'))).toEqual([]);
  });
});

describe('Regel mermaid: Links in C4', () => {
  it.each([
    ['Person mit Link als 6. Argument', 'Person(a, "A", "Beschreibung", "", "", "/intern/")'],
    ['System_Ext mit Link', 'System_Ext(b, "B", "d", "s", "t", "https://example.org/")'],
    ['Container mit Link als 7. Argument', 'Container(c, "C", "Java", "d", "s", "t", "seite.html")'],
    ['Boundary mit Link als 5. Argument', 'Boundary(g, "G", "Typ", "t", "javascript&#58;x")'],
    ['Deployment_Node mit Link', 'Deployment_Node(n, "N", "Typ", "d", "s", "t", "/x")'],
    ['Rel mit Link als 8. Argument', 'Rel(a, b, "nutzt", "HTTPS", "d", "s", "t", "/x")'],
    ['Rel mit $link', 'Rel(a, b, "nutzt", "HTTPS", $link="/x")'],
    ['UpdateElementStyle mit $link', 'UpdateElementStyle(a, $link="/x")'],
    ['$link mit Leerzeichen', 'UpdateElementStyle(a, $ link="/x")'],
    ['Link nach ;', 'Person(x, "X"); Person(a, "A", "d", "s", "t", "/x")'],
  ])('meldet %s', (_, zeile) => {
    const gefunden = befunde(mermaid, diagramm('C4Context', zeile));
    expect(stellen(gefunden)).toEqual(['8:1']);
    expect(gefunden[0]!.meldung).toContain('C4');
  });

  it('lässt C4-Elemente und Beziehungen ohne Link stehen, auch mit Kommas im Text', () => {
    const text = diagramm(
      'C4Context',
      'Person(a, "Antragstellerin, Antragsteller", "stellt den Antrag")',
      'System(b, "Onlinedienst")',
      'Container(c, "Fachverfahren", "Java", "d, e, f")',
      'Rel(a, b, "nutzt", "HTTPS")',
      'UpdateElementStyle(a, $bgColor="grey")',
    );
    expect(befunde(mermaid, text)).toEqual([]);
  });
});

describe('Regel mermaid: Kopf des Diagramms', () => {
  const kopf = (...zeilen: string[]) => diagramm('---', ...zeilen, '---', 'flowchart TD', 'A --> B');

  it.each([
    ['config in doppelten Anführungszeichen', '"config":', '  theme: dark'],
    ['config in einfachen Anführungszeichen', "'config': {theme: dark}"],
    ['config in Großbuchstaben', 'CONFIG: {}'],
  ])('meldet %s als Einstellung', (_, ...zeilen) => {
    const gefunden = befunde(mermaid, kopf(...zeilen));
    expect(stellen(gefunden)).toEqual(['8:1']);
    expect(gefunden[0]!.meldung).toContain('Einstellungen im Diagramm');
  });

  it.each([
    ['Flow-Schreibweise', '{title: x, config: {theme: dark}}'],
    ['displayMode', 'displayMode: compact'],
    ['Anker', 'title: &t Ablauf'],
    ['Tag', 'title: !!str Ablauf'],
    ['Zusammenführung', '<<: {config: {theme: dark}}'],
    ['Titel als Map', 'title: {config: 1}'],
    ['doppelter Schlüssel', 'title: a', 'title: b'],
    ['kaputtes YAML', 'title: "offen'],
  ])('meldet %s', (_, ...zeilen) => {
    const gefunden = befunde(mermaid, kopf(...zeilen));
    expect(gefunden.length, JSON.stringify(gefunden)).toBeGreaterThan(0);
    expect(gefunden[0]!.hinweis).toMatch(/title|Zeile/);
  });

  it('meldet einen Kopf, der nicht geschlossen wird', () => {
    const gefunden = befunde(mermaid, diagramm('---', 'title: x', 'flowchart TD', 'A --> B'));
    expect(stellen(gefunden)).toEqual(['7:1']);
    expect(gefunden[0]!.meldung).toContain('nicht mit „---“ geschlossen');
  });

  it('liest einen eingerückten Kopf wie Mermaid, auch mit geschütztem Leerzeichen oder BOM davor', () => {
    for (const vor of ['  ', '\t', '\u00a0', '\ufeff']) {
      const gefunden = befunde(
        mermaid,
        diagramm(`${vor}---`, `${vor}title: x`, `${vor}config: {}`, `${vor}---`, 'flowchart TD'),
      );
      expect(stellen(gefunden), JSON.stringify(vor)).toEqual(['9:1']);
    }
  });

  it('lässt einen Kopf mit Titel stehen, auch in Anführungszeichen, und einen leeren', () => {
    expect(befunde(mermaid, kopf('title: Weg eines Antrags'))).toEqual([]);
    expect(befunde(mermaid, kopf("title: 'Weg: Antrag'"))).toEqual([]);
    expect(befunde(mermaid, kopf())).toEqual([]);
  });

  it.each([
    ['init', '%%{init: {"theme": "dark"}}%%'],
    ['mit Leerzeichen', '%%{ init: { "securityLevel": "loose" } }%%'],
    ['ohne Schlüssel', '%%{wrap}%%'],
    ['hinter einer Anweisung', 'A --> B %%{init: {}}%%'],
  ])('meldet Direktiven: %s', (_, zeile) => {
    const gefunden = befunde(mermaid, diagramm('flowchart TD', zeile));
    expect(stellen(gefunden)).toEqual(['8:1']);
    expect(gefunden[0]!.meldung).toContain('Einstellungen im Diagramm');
  });
});

describe('Regel mermaid: HTML in Beschriftungen', () => {
  it.each([
    ['Element mit Handler', 'A[<img src=x onerror=alert(1)>] --> B'],
    ['schließendes Tag', 'A["fett</b>"] --> B'],
    ['Tag in einer Kantenbeschriftung', 'A -- <b>ja</b> --> B'],
    ['HTML-Entity', 'A[&lt;img src=x onerror=alert(1)&gt;] --> B'],
    ['Entity als Zahl', 'A["&#60;svg onload=alert(1)>"] --> B'],
    ['Mermaids Entity', 'A["#lt;img src=x#gt;"] --> B'],
    ['Mermaids Zahl-Entity', 'A["#60;b#62;"] --> B'],
    ['Kommentar-Anfang', 'A["<!-- x -->"] --> B'],
    ['Stereotyp, der ein Element ist', 'A["<<script>>"] --> B'],
    ['Stereotyp mit Attribut', 'A["<<img src=x onerror=alert(1)>>"] --> B'],
    ['Vergleich ohne Leerzeichen', 'A[Betrag <b] --> B'],
    ['Zeilenumbruch mit Attribut', 'A[Zeile<br onclick=alert(1)>] --> B'],
    ['Escape in den Daten eines Knotens', 'A@{ label: "\\x3cimg src=x onerror=alert(1)>" }'],
    ['Unicode-Escape', 'A@{ label: "\\u003csvg onload=alert(1)>" }'],
  ])('meldet %s', (_, zeile) => {
    const gefunden = befunde(mermaid, diagramm('flowchart TD', zeile));
    expect(stellen(gefunden)).toContain('8:1');
    const html = gefunden.find((b) => b.meldung.includes('HTML'));
    expect(html?.hinweis).toContain('kleiner als');
  });

  it('meldet HTML auch in Sequenz-, Klassen- und Zustandsdiagrammen und in accDescr', () => {
    for (const [art, zeile] of [
      ['sequenceDiagram', 'A->>B: <img src=x onerror=alert(1)>'],
      ['classDiagram', 'class T["<b onmouseover=x>T</b>"]'],
      ['stateDiagram-v2', 'S: <a title=x>'],
      ['flowchart TD', 'accDescr: <svg onload=x>'],
    ] as const) {
      expect(stellen(befunde(mermaid, diagramm(art, zeile))), art).toEqual(['8:1']);
    }
  });

  it('lässt Pfeile, Stereotypen, Vergleiche mit Leerzeichen und Kommentare stehen', () => {
    for (const [art, ...zeilen] of [
      ['flowchart LR', 'A <--> B', 'A<-->B', 'A <-- nein --> B', 'A<-.->B', 'A <==> B', 'C[Betrag < 100 Euro]'],
      ['sequenceDiagram', 'A->>B: Antrag', 'A<<->>B: Abgleich', 'A<<-->>B: x', 'B-->>A: Bescheid'],
      ['classDiagram', 'class Zustellung {', '  <<interface>>', '}', 'Basis <|-- Abgeleitet', 'A <.. B', 'A <-- B'],
      ['stateDiagram-v2', 'state Wahl <<choice>>', 'state Gabel <<fork>>', '[*] --> Wahl'],
      ['flowchart TD', '%% <b>Notiz</b> zeichnet Mermaid nicht', 'U[<<include>>] --> V'],
      ['flowchart TD', 'A[Zeile 1<br>Zeile 2] --> B[Zeile 1<br/>Zeile 2]', 'C[x<BR />y]'],
    ] as const) {
      expect(befunde(mermaid, diagramm(art, ...zeilen)), art).toEqual([]);
    }
  });
});

describe('Regel mermaid: was Mermaid anders liest als die Zeile', () => {
  it('meldet Verknüpfungen, HTML und Kopf hinter einem einzelnen „\\r“, das Mermaid als Zeilenumbruch liest', () => {
    expect(stellen(befunde(mermaid, diagramm('flowchart TD', 'A-->B\rclick A call rufe()')))).toEqual(['8:1']);
    expect(stellen(befunde(mermaid, diagramm('flowchart TD', '%% Notiz\r<img src=x onerror=alert(1)>')))).toEqual([
      '8:1',
    ]);
    const crlf = befunde(mermaid, diagramm('---\r', '"config": {}\r', '---\r', 'flowchart TD'));
    expect(stellen(crlf)).toEqual(['8:1']);
  });

  it('meldet HTML, Links und Adressen im Titel des Kopfs, auch hinter YAML-Escapes', () => {
    for (const titel of ['"\\x3cimg src=x onerror=alert(1)>"', '"\\u003cb>"', '"https\\x3a//example.org/"']) {
      const gefunden = befunde(mermaid, diagramm('---', `title: ${titel}`, '---', 'flowchart TD'));
      expect(gefunden.length, titel).toBeGreaterThan(0);
      expect(gefunden.map((b) => b.zeile)).toContain(8);
    }
  });

  it('meldet details im Sequenzdiagramm (liest Links aus der Seite)', () => {
    expect(stellen(befunde(mermaid, diagramm('sequenceDiagram', 'details Alice: @ menu')))).toEqual(['8:1']);
  });
});
