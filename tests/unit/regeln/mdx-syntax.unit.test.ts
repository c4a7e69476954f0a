/** Regel „mdx-syntax“ (src/pruefung/regeln/mdx-syntax.ts): der Text lässt sich nicht lesen. */
import { describe, expect, it } from 'vitest';
import { leseMdx } from '../../../src/pruefung/treiber/mdx.ts';
import { roh } from '../../helpers/regeln.ts';

const lies = (text: string) =>
  leseMdx(roh('beitraege', 'beitraege/teststadt/x.mdx', `---\nstatus: entwurf\n---\n${text}`)).befunde;

describe('mdx-syntax', () => {
  it('meldet ein nicht geschlossenes Element mit Zeile und deutschem Hinweis', () => {
    const [befund] = lies('Absatz\n\n<Hinweis>\nText\n');
    expect(befund).toMatchObject({ regel: 'mdx-syntax' });
    expect(befund!.zeile).toBeGreaterThanOrEqual(4);
    expect(befund!.hinweis).toMatch(/schließen|Element|</);
  });
  it('meldet einen HTML-Kommentar, den MDX nicht kennt', () => {
    expect(lies('Text <!-- Notiz -->\n').map((b) => b.regel)).toEqual(['mdx-syntax']);
  });
  it('liest gültiges MDX ohne Befund', () => {
    expect(lies('## Abschnitt\n\nText mit **fett**.\n')).toEqual([]);
  });
});
