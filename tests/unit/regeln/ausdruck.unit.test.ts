import { describe, expect, it } from 'vitest';
import { ausdruck } from '../../../src/pruefung/regeln/ausdruck.ts';
import { befunde, stellen } from '../../helpers/regeln.ts';

describe('Regel ausdruck', () => {
  it('meldet Ausdrücke im Text, als Attribut und als Attributwert', () => {
    const gefunden = befunde(
      ausdruck,
      'Summe {1 + 1}.\n\n<Hinweis {...x}>\nA\n</Hinweis>\n\n<Hinweis titel={titel}>\nB\n</Hinweis>\n',
    );
    expect(stellen(gefunden)).toEqual(['4:7', '6:10', '10:10']);
    expect(gefunden[0]!.hinweis).toContain('\\{');
    expect(gefunden[1]!.hinweis).toContain('name="Wert"');
    expect(gefunden[2]!.hinweis).toContain('titel="…"');
  });

  it('erlaubt Kommentare und überlässt Ereignis-Attribute der Regel „ereignis“', () => {
    expect(
      befunde(ausdruck, '{/* Kommentar */}\n\nText {/* auch hier */}.\n\n<Hinweis onClick={f}>\nA\n</Hinweis>\n'),
    ).toEqual([]);
  });
});
