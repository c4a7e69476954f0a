import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leseYaml } from '../../../src/lib/content/frontmatter.ts';
import { glossarBelege } from '../../../src/lib/content/regeln/glossar-belege.ts';
import { BELEG_FIXTURES } from '../../helpers/belege.ts';
import { stellen } from '../../helpers/regeln.ts';

const gefunden = glossarBelege.pruefe(
  'content/glossar.yaml',
  leseYaml(readFileSync(join(BELEG_FIXTURES, 'glossar.yaml'), 'utf8')),
);

describe('Regel glossar-beleg', () => {
  it('meldet eine Definition mit Norm ohne Quelle und eine Quelle ohne Abrufdatum, als Fehler mit Feld', () => {
    const einzeln = gefunden.filter((b) => !b.feld?.startsWith('[4]'));
    expect(stellen(einzeln)).toEqual(['9:3', '12:3']);
    expect(einzeln.map((b) => b.feld)).toEqual(['[1].definition', '[2].quelle']);
    expect(einzeln[0]!.meldung).toContain('„Beschluss 2024/13 des IT-Planungsrats“');
    expect(einzeln[1]!.hinweis).toMatch(/abgerufen: \d{4}-\d{2}-\d{2}/);
    expect(gefunden.every((b) => b.regel === 'glossar-beleg' && b.schwere === undefined)).toBe(true);
  });

  it('prüft in einer Liste von Quellen jede einzelne auf ihr Abrufdatum', () => {
    const liste = gefunden.filter((b) => b.feld?.startsWith('[4]'));
    expect(liste.map((b) => b.feld)).toEqual(['[4].quelle[1]']);
  });

  it('lässt belegte Einträge und Einträge ohne Norm in Ruhe', () => {
    expect(gefunden.filter((b) => b.feld?.startsWith('[0]') || b.feld?.startsWith('[3]'))).toEqual([]);
  });
});
