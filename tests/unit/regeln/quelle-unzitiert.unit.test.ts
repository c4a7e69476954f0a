import { describe, expect, it } from 'vitest';
import { quelleUnzitiert } from '../../../src/pruefung/regeln/quelle-unzitiert.ts';
import { befundeFuer, zeilenMitSchwere } from '../../helpers/belege.ts';
import { stellen } from '../../helpers/regeln.ts';

describe('Regel quelle-unzitiert', () => {
  it('meldet eine Quelle, die keine Fußnote zitiert, an ihrer id im Front Matter', () => {
    const gefunden = befundeFuer(quelleUnzitiert, 'fehler.mdx');
    expect(stellen(gefunden)).toEqual(['10:5']);
    expect(gefunden[0]!.meldung).toBe(
      'Die Quelle „Nie zitierte Quelle“ (id „nie-zitiert“) wird im Text nicht zitiert.',
    );
    expect(gefunden[0]!.hinweis).toContain('[^nie-zitiert]');
  });

  it('ist im Entwurf eine Warnung, sonst ein Fehler', () => {
    expect(
      zeilenMitSchwere(befundeFuer(quelleUnzitiert, 'fehler.mdx', 'querschnitt', [['in-abstimmung', 'entwurf']])),
    ).toEqual(['10:warnung']);
    expect(
      zeilenMitSchwere(befundeFuer(quelleUnzitiert, 'fehler.mdx', 'beitraege', [['in-abstimmung', 'freigegeben']])),
    ).toEqual(['10:fehler']);
  });

  it('lässt zitierte Quellen in Ruhe', () => {
    expect(befundeFuer(quelleUnzitiert, 'gut.mdx')).toEqual([]);
  });
});
