import { describe, expect, it } from 'vitest';
import { quelleAngaben } from '../../../src/pruefung/regeln/quelle-angaben.ts';
import { befundeFuer, zeilenMitSchwere } from '../../helpers/belege.ts';
import { befunde, stellen } from '../../helpers/regeln.ts';

describe('Regel quelle-angaben', () => {
  it('meldet fehlende id und fehlendes Abrufdatum an der Quelle', () => {
    const gefunden = befundeFuer(quelleAngaben, 'fehler.mdx');
    expect(stellen(gefunden)).toEqual(['15:5', '15:5']);
    expect(gefunden.map((b) => b.meldung)).toEqual([
      'Die Quelle „Quelle ohne Kennung und Datum“ hat keine id; der Text kann sie nicht als Fußnote zitieren.',
      'Bei der Quelle „Quelle ohne Kennung und Datum“ fehlt „abgerufen“, das Datum, an dem sie gelesen wurde.',
    ]);
    expect(gefunden[1]!.hinweis).toMatch(/abgerufen: \d{4}-\d{2}-\d{2}/);
  });

  it('ist im Entwurf eine Warnung, in freigegebenen Dokumenten ein Fehler', () => {
    expect(
      zeilenMitSchwere(befundeFuer(quelleAngaben, 'fehler.mdx', 'konzepte', [['in-abstimmung', 'entwurf']])),
    ).toEqual(['15:warnung', '15:warnung']);
    expect(
      zeilenMitSchwere(befundeFuer(quelleAngaben, 'fehler.mdx', 'konzepte', [['in-abstimmung', 'freigegeben']])),
    ).toEqual(['15:fehler', '15:fehler']);
  });

  it('lässt vollständige Quellen und Seiten ohne Quellen in Ruhe', () => {
    expect(befundeFuer(quelleAngaben, 'gut.mdx')).toEqual([]);
    expect(befunde(quelleAngaben, 'Text.\n', { yaml: 'status: freigegeben' })).toEqual([]);
  });
});
