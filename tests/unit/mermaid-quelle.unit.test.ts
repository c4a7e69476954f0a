import { describe, expect, it } from 'vitest';
import { diagrammId, geschaetzteGroesse, mermaidAngaben } from '../../src/lib/mermaid-quelle.ts';
import { hochkant } from '../../src/browser/diagramm/hochkant.ts';

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

describe('geschaetzteGroesse', () => {
  it('macht Flussdiagramme von oben nach unten hoch und schmal, von links nach rechts breit und flach', () => {
    const kanten = 'A-->B\nB-->C\nC-->D\nD-->E\nE-->F\nF-->G\nG-->H\n';
    const td = geschaetzteGroesse(`flowchart TD\n${kanten}`);
    const lr = geschaetzteGroesse(`flowchart LR\n${kanten}`);
    expect(td.hoehe).toBeGreaterThan(td.breite);
    expect(lr.breite).toBeGreaterThan(lr.hoehe);
    expect(lr.hoehe).toBeLessThan(td.hoehe);
  });

  it('misst Sequenzdiagramme an Teilnehmern (Breite) und Nachrichten (Höhe)', () => {
    const zwei = geschaetzteGroesse('sequenceDiagram\n  A->>B: eins\n  B-->>A: zwei');
    const vier = geschaetzteGroesse('sequenceDiagram\n  participant A\n  A->>B: eins\n  C-)D: zwei\n  D--xA: drei');
    expect(vier.breite).toBe(2 * zwei.breite);
    expect(vier.hoehe).toBeGreaterThan(zwei.hoehe);
  });

  it('bleibt in festen Grenzen, auch für riesige Diagramme', () => {
    const riesig = geschaetzteGroesse(`flowchart TD\n${'A-->B\n'.repeat(500)}`);
    expect(riesig.hoehe).toBe(160);
    expect(geschaetzteGroesse('pie').hoehe).toBeGreaterThanOrEqual(6);
  });
});

describe('diagrammId', () => {
  it('ist stabil und unterscheidet Quelltext und Zeile', () => {
    expect(diagrammId('graph TD', 3)).toBe(diagrammId('graph TD', 3));
    expect(diagrammId('graph TD', 3)).not.toBe(diagrammId('graph TD', 4));
    expect(diagrammId('graph TD', 3)).not.toBe(diagrammId('graph LR', 3));
    expect(diagrammId('Ä', 1)).toMatch(/^diagramm-[a-z0-9]+$/);
  });
});

describe('hochkant', () => {
  it('dreht quere Flussdiagramme nach unten und lässt alles andere, wie es ist', () => {
    expect(hochkant('flowchart LR\n  A --> B')).toBe('flowchart TB\n  A --> B');
    expect(hochkant('graph RL\nA-->B')).toBe('graph TB\nA-->B');
    expect(hochkant('%%{init: {}}%%\nflowchart LR\nA-->B')).toBe('%%{init: {}}%%\nflowchart TB\nA-->B');
    expect(hochkant('---\ntitle: LR\n---\nflowchart LR\nA-->B')).toBe('---\ntitle: LR\n---\nflowchart TB\nA-->B');
    expect(hochkant('flowchart TD\nA-->B')).toBeUndefined();
    expect(hochkant('sequenceDiagram\nA->>B: LR')).toBeUndefined();
  });
});
