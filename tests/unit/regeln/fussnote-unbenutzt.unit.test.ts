import { describe, expect, it } from 'vitest';
import { fussnoteUnbenutzt } from '../../../src/pruefung/regeln/fussnote-unbenutzt.ts';
import { befundeFuer } from '../../helpers/belege.ts';
import { stellen } from '../../helpers/regeln.ts';

describe('Regel fussnote-unbenutzt', () => {
  it('meldet eine Definition ohne Verweis und eine doppelte Definition', () => {
    const gefunden = befundeFuer(fussnoteUnbenutzt, 'fehler.mdx');
    expect(stellen(gefunden)).toEqual(['35:1', '36:1']);
    expect(gefunden[0]!.meldung).toContain('verweist keine Stelle');
    expect(gefunden[1]!.meldung).toContain('zweimal definiert');
  });

  it('lässt benutzte Definitionen in Ruhe', () => {
    expect(befundeFuer(fussnoteUnbenutzt, 'gut.mdx')).toEqual([]);
  });
});
