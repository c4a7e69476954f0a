import { describe, expect, it } from 'vitest';
import { html } from '../../../src/pruefung/regeln/html.ts';
import { befunde, stellen } from '../../helpers/regeln.ts';

describe('Regel html', () => {
  it('meldet unbekannte HTML-Elemente mit der Markdown-Schreibweise und falsche Attribute', () => {
    const gefunden = befunde(
      html,
      '<b>fett</b> und <abbr>AGS</abbr> und <sub class="x">2</sub> und <blink>x</blink>\n',
    );
    expect(stellen(gefunden)).toEqual(['4:1', '4:17', '4:43', '4:65']);
    expect(gefunden[0]!.hinweis).toContain('**fett**');
    expect(gefunden[1]!.meldung).toContain('braucht das Attribut „title“');
    expect(gefunden[2]!.hinweis).toContain('<sub> hat keine Attribute');
    expect(gefunden[3]!.hinweis).toContain('Verwenden Sie Markdown');
  });

  it('behandelt Namen wie <constructor> als unbekanntes HTML, nicht als Eintrag der Tabellen', () => {
    const gefunden = befunde(html, '<constructor />\n');
    expect(gefunden.map((b) => b.hinweis)).toEqual([
      expect.stringMatching(/^Verwenden Sie Markdown\. Erlaubte HTML-Elemente/),
    ]);
  });

  it('erlaubt br, sub, sup, kbd und abbr mit title; gefährliche und Komponenten prüfen andere Regeln', () => {
    const text =
      'Zeile<br />Zeile, CO<sub>2</sub>, m<sup>2</sup>, <kbd>Strg</kbd>, <abbr title="Lang">L</abbr>, <script>x</script>, <Hinweis>x</Hinweis>, <Quatsch />\n';
    expect(befunde(html, text)).toEqual([]);
  });

  it('meldet ein Inline-Element mit Überschrift, Liste oder Absatz darin, und nicht im Satz', () => {
    const gefunden = befunde(html, '<kbd>\n\n## Versteckt\n\n- Punkt\n\n</kbd>\n\n<sub>\nText\n</sub>\n');
    expect(stellen(gefunden)).toEqual(['4:1', '12:1']);
    expect(gefunden[0]!.meldung).toContain('gehört in den laufenden Text');
    expect(befunde(html, 'Drücken Sie <kbd>Strg</kbd> und <kbd>F</kbd>.\n\n<br />\n')).toEqual([]);
  });
});
