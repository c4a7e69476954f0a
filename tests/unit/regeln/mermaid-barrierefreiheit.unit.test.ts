/** Regel „mermaid-barrierefreiheit“ (src/pruefung/regeln/mermaid-barrierefreiheit.ts): accTitle und accDescr fehlen. */
import { describe, expect, it } from 'vitest';
import { befundeZuDiagramm } from '../../../src/pruefung/regeln/mermaid-barrierefreiheit.ts';

const d = { datei: 'content/x.mdx', zeile: 10, spalte: 1, code: 'flowchart TD\n  A --> B' };

describe('mermaid-barrierefreiheit', () => {
  it('meldet ein lesbares Diagramm ohne accTitle und accDescr', () => {
    const befunde = befundeZuDiagramm(d, {}).filter((b) => b.regel === 'mermaid-barrierefreiheit');
    expect(befunde.length).toBeGreaterThan(0);
    expect(befunde[0]!.zeile).toBe(10);
  });
  it('nimmt ein Diagramm mit beidem an', () => {
    expect(befundeZuDiagramm(d, { accTitle: 'Ablauf', accDescr: 'A führt zu B.' })).toEqual([]);
  });
});
