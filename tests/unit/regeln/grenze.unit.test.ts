/** Regel „grenze“ (src/pruefung/regeln/grenze.ts): Datei, Zeile oder Verschachtelung über einer Grenze. */
import { describe, expect, it } from 'vitest';
import { GRENZEN } from '../../../src/pruefung/kern/grenzen.ts';
import { pruefeGroesse, vorpruefeTiefe } from '../../../src/pruefung/regeln/grenze.ts';

describe('grenze', () => {
  it('meldet eine zu lange Zeile mit ihrer Nummer', () => {
    const text = `a\n${'x'.repeat(GRENZEN.zeilenZeichen + 1)}\n`;
    expect(pruefeGroesse('content/x.mdx', text)).toMatchObject([{ regel: 'grenze', zeile: 2 }]);
  });
  it('meldet zu tief verschachtelte Zitate, bevor remark sie liest', () => {
    const text = '>'.repeat(GRENZEN.vorpruefungTiefe + 5) + ' tief\n';
    expect(vorpruefeTiefe('content/x.mdx', text).map((b) => b.regel)).toContain('grenze');
  });
  it('lässt gewöhnlichen Text durch', () => {
    expect(pruefeGroesse('content/x.mdx', 'Ein Satz.\n')).toEqual([]);
    expect(vorpruefeTiefe('content/x.mdx', '> Zitat\n')).toEqual([]);
  });
});
