import { describe, expect, it } from 'vitest';
import { htmlVerboten } from '../../../src/pruefung/regeln/html-verboten.ts';
import { befunde, stellen } from '../../helpers/regeln.ts';

describe('Regel html-verboten', () => {
  it('meldet script, iframe und svg in jeder Schreibweise, mit eigenem Hinweis für iframe', () => {
    const gefunden = befunde(
      htmlVerboten,
      '<script>x</script>\n\n<IFrame src="https://example.org" />\n\n<svg></svg>\n',
    );
    expect(stellen(gefunden)).toEqual(['4:1', '6:1', '8:1']);
    expect(gefunden[1]!.hinweis).toContain('verlinken Sie den Inhalt');
    expect(gefunden[2]!.hinweis).toContain('mermaid');
  });

  it('meldet erlaubte und nur unbekannte Elemente nicht', () => {
    expect(befunde(htmlVerboten, 'CO<sub>2</sub> <div>x</div> <Hinweis>y</Hinweis>\n')).toEqual([]);
  });
});
