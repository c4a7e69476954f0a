import { describe, expect, it } from 'vitest';
import { geschaetzteHoehe, mermaidAngaben } from '../../src/lib/mermaid-quelle.ts';

describe('mermaidAngaben', () => {
  it('liest Art, Richtung, Titel und einzeilige Beschreibung', () => {
    const angaben = mermaidAngaben(
      [
        'flowchart LR',
        '  accTitle: Weg des Antrags ins Fachverfahren',
        '  accDescr: Der Antrag geht vom Onlinedienst über FIT-Connect an das Fachverfahren.',
        '  A --> B',
        '  B --> C',
      ].join('\n'),
    );
    expect(angaben).toEqual({
      art: 'flowchart',
      richtung: 'LR',
      titel: 'Weg des Antrags ins Fachverfahren',
      beschreibung: 'Der Antrag geht vom Onlinedienst über FIT-Connect an das Fachverfahren.',
      inhaltsZeilen: 2,
    });
  });

  it('liest mehrzeilige Beschreibungen in geschweiften Klammern und überspringt Kopf und Kommentare', () => {
    const angaben = mermaidAngaben(
      [
        '---',
        'title: Statusmodell',
        '---',
        '%%{init: {"theme": "forest"}}%%',
        '%% ein Kommentar',
        'stateDiagram-v2',
        '  accTitle: Status eines Antrags',
        '  accDescr {',
        '    Ein Antrag ist eingegangen,',
        '    dann in Bearbeitung, dann beschieden.',
        '  }',
        '  [*] --> Eingegangen',
      ].join('\n'),
    );
    expect(angaben).toMatchObject({
      art: 'stateDiagram-v2',
      richtung: '',
      titel: 'Status eines Antrags',
      beschreibung: 'Ein Antrag ist eingegangen, dann in Bearbeitung, dann beschieden.',
      inhaltsZeilen: 1,
    });
  });

  it('lässt Titel und Beschreibung weg, wenn sie fehlen oder leer sind', () => {
    const angaben = mermaidAngaben('sequenceDiagram\n  accTitle:   \n  A->>B: Hallo');
    expect(angaben).not.toHaveProperty('titel');
    expect(angaben).not.toHaveProperty('beschreibung');
    expect(angaben.art).toBe('sequenceDiagram');
  });
});

describe('geschaetzteHoehe', () => {
  const hoehe = (quelle: string) => geschaetzteHoehe(mermaidAngaben(quelle));

  it('gibt längeren Diagrammen mehr Platz, in festen Grenzen', () => {
    const kurz = hoehe('flowchart TD\n A-->B');
    const lang = hoehe(`flowchart TD\n${'A-->B\n'.repeat(8)}`);
    expect(lang).toBeGreaterThan(kurz);
    expect(hoehe(`flowchart TD\n${'A-->B\n'.repeat(200)}`)).toBe(36);
    expect(kurz).toBeGreaterThanOrEqual(8);
  });

  it('hält Flussdiagramme von links nach rechts flacher als von oben nach unten', () => {
    const kanten = 'A-->B\nB-->C\nC-->D\nD-->E\n';
    expect(hoehe(`flowchart LR\n${kanten}`)).toBeLessThan(hoehe(`flowchart TD\n${kanten}`));
  });
});
