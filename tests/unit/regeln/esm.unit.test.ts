import { describe, expect, it } from 'vitest';
import { esm } from '../../../src/pruefung/regeln/esm.ts';
import { befunde, stellen } from '../../helpers/regeln.ts';

describe('Regel esm', () => {
  it('meldet import und export mit Zeile und nennt die Zeile im Auszug', () => {
    const gefunden = befunde(esm, "import X from './x.js'\n\nexport const y = 1\n\nText.\n");
    expect(stellen(gefunden)).toEqual(['4:1', '6:1']);
    expect(gefunden[0]!.meldung).toContain('„import“');
    expect(gefunden[1]!.meldung).toContain('„export“');
    expect(gefunden[0]!.hinweis).toContain('Entfernen Sie die Zeile');
  });

  it('lässt das Wort „import“ mitten im Satz und in Code stehen', () => {
    expect(befunde(esm, 'Der Import der Daten läuft nachts.\n\n`import x`\n')).toEqual([]);
  });
});
