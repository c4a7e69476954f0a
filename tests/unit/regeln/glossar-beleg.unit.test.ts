import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leseYaml } from '../../../src/pruefung/kern/frontmatter.ts';
import { glossarBeleg } from '../../../src/pruefung/regeln/glossar-beleg.ts';
import { BELEG_FIXTURES } from '../../helpers/belege.ts';
import { stellen } from '../../helpers/regeln.ts';

const gefunden = glossarBeleg.pruefeYaml(
  'content/glossar.yaml',
  leseYaml(readFileSync(join(BELEG_FIXTURES, 'glossar.yaml'), 'utf8')),
);

describe('Regel glossar-beleg', () => {
  it('meldet eine Definition mit Norm ohne Quelle und eine Quelle ohne Abrufdatum, als Fehler mit Feld', () => {
    expect(stellen(gefunden)).toEqual(['9:3', '12:3', '23:7']);
    expect(gefunden.map((b) => b.feld)).toEqual(['[1].definition', '[2].quelle', '[4].quelle[1]']);
    expect(gefunden[0]!.meldung).toContain('„Beschluss 2024/13 des IT-Planungsrats“');
    expect(gefunden[1]!.hinweis).toMatch(/abgerufen: \d{4}-\d{2}-\d{2}/);
    expect(gefunden.every((b) => b.regel === 'glossar-beleg' && b.schwere === undefined)).toBe(true);
  });

  it('„quelle“ darf eine Liste sein: Jede Quelle darin braucht ihr Abrufdatum', () => {
    expect(gefunden[2]!.meldung).toBe(
      'Bei der Quelle „Ohne Datum“ von „Liste von Quellen“ fehlt „abgerufen“, das Datum, an dem sie gelesen wurde.',
    );
  });

  it('lässt belegte Einträge und Einträge ohne Norm in Ruhe', () => {
    expect(gefunden.filter((b) => b.feld?.startsWith('[0]') || b.feld?.startsWith('[3]'))).toEqual([]);
  });
});
