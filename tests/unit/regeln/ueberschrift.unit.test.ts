import { describe, expect, it } from 'vitest';
import { ueberschrift } from '../../../src/pruefung/regeln/ueberschrift.ts';
import { befunde, stellen } from '../../helpers/regeln.ts';

describe('Regel ueberschrift', () => {
  it('meldet Ebene 1, einen Start mit Ebene 3, Sprünge und leere Überschriften', () => {
    const gefunden = befunde(ueberschrift, '### Start\n\n# Titel\n\n## A\n\n#### Tief\n\n## \n');
    expect(stellen(gefunden)).toEqual(['4:1', '6:1', '10:1', '12:1']);
    expect(gefunden[0]!.hinweis).toBe('Schreiben Sie „## Start“.');
    expect(gefunden[2]!.hinweis).toContain('„### Tief“');
    expect(gefunden[3]!.meldung).toBe('Die Überschrift ist leer.');
  });

  it('erlaubt lückenlose Ebenen ab 2', () => {
    expect(befunde(ueberschrift, '## A\n\n### B\n\n#### C\n\n## D\n')).toEqual([]);
  });
});
