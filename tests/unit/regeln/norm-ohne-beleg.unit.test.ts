import { describe, expect, it } from 'vitest';
import { normOhneBeleg } from '../../../src/pruefung/regeln/norm-ohne-beleg.ts';
import { befundeFuer, zeilenMitSchwere } from '../../helpers/belege.ts';
import { befunde, stellen } from '../../helpers/regeln.ts';

describe('Regel norm-ohne-beleg', () => {
  it('meldet Normen ohne Fußnote in Absatz, Listenpunkt und Tabellenzelle mit Zeile und Spalte', () => {
    const gefunden = befundeFuer(normOhneBeleg, 'fehler.mdx');
    expect(stellen(gefunden)).toEqual(['21:22', '23:47', '24:32', '29:3']);
    expect(gefunden.map((b) => b.meldung)).toEqual([
      '„§ 8a Abs. 4 OZG verantwortlich“ nennt eine Norm, aber keine Fußnote belegt sie in diesem Absatz.',
      '„Beschluss 2024/13“ nennt eine Norm, aber keine Fußnote belegt sie in diesem Listenpunkt.',
      '„GewAnzV“ nennt eine Norm, aber keine Fußnote belegt sie in diesem Listenpunkt.',
      '„Art. 26 DSGVO“ nennt eine Norm, aber keine Fußnote belegt sie in diesem Tabellenfeld.',
    ]);
    expect(gefunden[0]!.hinweis).toContain('[^ozg-8a]');
    expect(gefunden.every((b) => b.schwere === undefined)).toBe(true);
  });

  it('ist in freigegebenen Dokumenten und Bausteinen ein Fehler, im Entwurf eine Warnung', () => {
    const frei = befundeFuer(normOhneBeleg, 'fehler.mdx', 'querschnitt', [['in-abstimmung', 'freigegeben']]);
    expect(zeilenMitSchwere(frei)).toEqual(['21:fehler', '23:fehler', '24:fehler', '29:fehler']);
    const entwurf = befundeFuer(normOhneBeleg, 'fehler.mdx', 'konzepte', [['in-abstimmung', 'entwurf']]);
    expect(zeilenMitSchwere(entwurf)).toEqual(['21:warnung', '23:warnung', '24:warnung', '29:warnung']);
  });

  it('lässt belegte Normen, Fußnotendefinitionen, Überschriften und Code in Ruhe', () => {
    expect(befundeFuer(normOhneBeleg, 'gut.mdx')).toEqual([]);
  });

  it('Beiträge: eigene Erfahrung braucht keinen Beleg, Recht schon', () => {
    const yaml = 'status: freigegeben';
    expect(befunde(normOhneBeleg, 'Wir haben drei Wochen für den Anschluss gebraucht.\n', { yaml })).toEqual([]);
    const recht = befunde(normOhneBeleg, 'Nach § 9 OZG darf der Bescheid ins Postfach.\n', { yaml });
    expect(stellen(recht)).toEqual(['4:6']);
  });

  it('Leistungsseiten: Ein Link im selben Absatz belegt auch, ohne Link ist es ein Fehler', () => {
    const optionen = {
      yaml: 'titel: Test',
      sammlung: 'leistungen' as const,
      pfad: 'leistungen/testleistung/index.mdx',
    };
    expect(
      befunde(
        normOhneBeleg,
        'Rechtsgrundlage ist § 23a BMG ([rechtlicher Rahmen](/leistungen/testleistung/rechtlich/)).\n',
        optionen,
      ),
    ).toEqual([]);
    const ohne = befunde(normOhneBeleg, 'Rechtsgrundlage ist § 23a BMG.\n', optionen);
    expect(ohne).toHaveLength(1);
    expect(ohne[0]!.schwere).toBeUndefined();
    expect(ohne[0]!.hinweis).toContain('Verlinken Sie');
  });

  it('feste Seiten (Impressum, Datenschutz) sind Erklärungen des Betreibers und brauchen keine Belege', () => {
    const optionen = { yaml: 'titel: Impressum', sammlung: 'seiten' as const, pfad: 'seiten/impressum.mdx' };
    expect(befunde(normOhneBeleg, 'Angaben gemäß § 5 DDG.\n', optionen)).toEqual([]);
  });

  it('erkennt Verordnungen als Wort und Abkürzung, aber nicht das bloße Wort „Verordnung“', () => {
    const yaml = 'status: freigegeben';
    const zahl = (text: string) => befunde(normOhneBeleg, `${text}\n`, { yaml }).length;
    expect(zahl('Die Gewerbeanzeigeverordnung regelt die Vordrucke.')).toBe(1);
    expect(zahl('Nach der SDG-VO gilt das auch grenzüberschreitend.')).toBe(1);
    expect(zahl('Eine Verordnung oder Rechtsverordnung kann das regeln.')).toBe(0);
    expect(zahl('DVDV und OSCI transportieren die Nachricht.')).toBe(0);
  });
});
