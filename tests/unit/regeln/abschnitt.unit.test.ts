import { describe, expect, it } from 'vitest';
import { abschnitt } from '../../../src/pruefung/regeln/abschnitt.ts';
import { PLATZHALTER } from '../../../src/schemas/abschnitte.ts';
import { befunde, stellen } from '../../helpers/regeln.ts';

const bericht = (status: string) => `art: erfahrungsbericht\nstatus: ${status}`;

describe('Regel abschnitt', () => {
  it('meldet fehlende Pflichtabschnitte, ähnliche an der Stelle der Überschrift', () => {
    const gefunden = befunde(abschnitt, '## Ausgangslage\n\nText.\n\n## vorgehen\n\nText.\n', {
      yaml: bericht('entwurf'),
    });
    expect(stellen(gefunden)).toEqual(['9:1', '5:1']);
    expect(gefunden[0]!.hinweis).toContain('genau als „## Vorgehen“');
    expect(gefunden[1]!.hinweis).toContain('Fügen Sie die Überschrift „## Ergebnis“');
  });

  it('meldet leere Pflichtabschnitte, sobald das Dokument kein Entwurf mehr ist', () => {
    const text = '## Ausgangslage\n\n{/* nur ein Kommentar */}\n\n## Vorgehen\n\n## Ergebnis\n\nText.\n';
    const gefunden = befunde(abschnitt, text, { yaml: bericht('in-abstimmung') });
    expect(stellen(gefunden)).toEqual(['5:1', '9:1']);
    expect(gefunden[0]!.meldung).toContain('„## Ausgangslage“ ist leer');
    expect(befunde(abschnitt, text, { yaml: bericht('entwurf') })).toEqual([]);
  });

  it('überlässt Abschnitte mit Platzhalter der Regel „platzhalter“ und prüft Dokumente ohne Art nicht', () => {
    const text = `## Ausgangslage\n\n{/* ${PLATZHALTER} */}\n\n## Vorgehen\n\n### Schritt 1\n\nText.\n\n## Ergebnis\n\nText.\n`;
    expect(befunde(abschnitt, text, { yaml: bericht('freigegeben') })).toEqual([]);
    expect(
      befunde(abschnitt, 'Text.\n', { yaml: 'status: freigegeben', sammlung: 'seiten', pfad: 'seiten/x.mdx' }),
    ).toEqual([]);
  });
});
