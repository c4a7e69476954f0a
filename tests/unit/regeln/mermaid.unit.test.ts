import { describe, expect, it } from 'vitest';
import { mermaid } from '../../../src/lib/content/regeln/mermaid.ts';
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
