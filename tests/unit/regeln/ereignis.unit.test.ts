import { describe, expect, it } from 'vitest';
import { ereignis } from '../../../src/pruefung/regeln/ereignis.ts';
import { befunde, stellen } from '../../helpers/regeln.ts';

describe('Regel ereignis', () => {
  it('meldet on…-Attribute in jeder Schreibweise, auch mit Code als Wert', () => {
    const gefunden = befunde(
      ereignis,
      'Text <sub onclick="alert(1)">x</sub> und <Hinweis OnMouseOver={f}>y</Hinweis>.\n',
    );
    expect(stellen(gefunden)).toEqual(['4:11', '4:51']);
    expect(gefunden[0]!.meldung).toContain('„onclick“');
    expect(gefunden[0]!.hinweis).toContain('Entfernen Sie das Attribut');
  });

  it('lässt gewöhnliche Attribute in Ruhe', () => {
    expect(befunde(ereignis, '<Hinweis art="info" titel="online">\nText\n</Hinweis>\n')).toEqual([]);
  });
});
