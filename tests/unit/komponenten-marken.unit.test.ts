/** Komponentenmarken im HTML der Inhalte (src/mdx/komponenten-marken.ts). */
import { describe, expect, it } from 'vitest';
import { marke, zerlegeMarken } from '../../src/mdx/komponenten-marken.ts';

describe('marke und zerlegeMarken', () => {
  it('geben Name, Attribute und Inhalt unverändert zurück, auch verschachtelt', () => {
    const begriff = marke('Begriff', { begriff: 'Zustellpunkt' }, 'Zustellpunkte');
    const html = `<p>Vor ${marke('Hinweis', { art: 'warnung', titel: 'A "B" --> C' }, `<p>mit ${begriff}</p>`)} nach</p>`;
    expect(zerlegeMarken(html)).toEqual([
      '<p>Vor ',
      {
        name: 'Hinweis',
        props: { art: 'warnung', titel: 'A "B" --> C' },
        kinder: ['<p>mit ', { name: 'Begriff', props: { begriff: 'Zustellpunkt' }, kinder: ['Zustellpunkte'] }, '</p>'],
      },
      ' nach</p>',
    ]);
  });

  it('lässt HTML ohne Marken als ein Stück', () => {
    expect(zerlegeMarken('<p>a &lt;!--atlas-komponente Hinweis %7B%7D--&gt;</p>')).toEqual([
      '<p>a &lt;!--atlas-komponente Hinweis %7B%7D--&gt;</p>',
    ]);
    expect(zerlegeMarken('')).toEqual([]);
  });

  it('meldet unvollständige Marken, statt still etwas zu zeigen', () => {
    const offen = marke('Hinweis', {}, '').replace('<!--/atlas-komponente-->', '');
    expect(() => zerlegeMarken(offen)).toThrow(/<Hinweis> ohne Ende/);
    expect(() => zerlegeMarken('x<!--/atlas-komponente-->')).toThrow(/ohne Anfang/);
  });
});
