/** Regel „pruefung“ (src/pruefung/regeln/pruefung.ts): eine Ausnahme beim Prüfen wird ein Befund, kein Absturz. */
import { describe, expect, it } from 'vitest';
import { befundAusAusnahme } from '../../../src/pruefung/regeln/pruefung.ts';
import { pruefeMdx } from '../../../src/pruefung/treiber/mdx.ts';
import { dokument, kontext } from '../../helpers/regeln.ts';

describe('pruefung', () => {
  it('macht aus einer unbekannten Ausnahme einen deutschen Befund ohne Stacktrace', () => {
    const befund = befundAusAusnahme('content/x.mdx', new TypeError('x is undefined'));
    expect(befund).toMatchObject({ regel: 'pruefung', datei: 'content/x.mdx', zeile: 1 });
    expect(befund.meldung).not.toContain('TypeError');
  });
  it('eine Regel, die scheitert, hält die anderen nicht auf', () => {
    const kaputt = {
      name: 'kaputt',
      beschreibung: 'Scheitert.',
      pruefe: () => {
        throw new Error('x');
      },
    };
    const befunde = pruefeMdx(dokument('Text.\n'), kontext(), [kaputt]);
    expect(befunde).toMatchObject([{ regel: 'kaputt', zeile: 1 }]);
  });
});
