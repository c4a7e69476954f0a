/**
 * Der Mermaid-Worker hält die Prüfung nie auf: Dauert ein Diagramm zu lange,
 * bekommt es einen Befund, und ein neuer Worker liest die übrigen.
 */
import { describe, expect, it } from 'vitest';
import { befundeZuDiagramm, leseDiagramme } from '../../src/lib/content/mermaid.ts';

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
