/** Platzhalter für Komponenten im HTML der Inhalte (src/mdx/platzhalter.ts). */
import { describe, expect, it } from 'vitest';
import { platzhalter, zerlege } from '../../src/mdx/platzhalter.ts';

describe('platzhalter und zerlege', () => {
  it('geben Name, Attribute und Inhalt unverändert zurück, auch verschachtelt', () => {
    const begriff = platzhalter('Begriff', { begriff: 'Zustellpunkt' }, 'Zustellpunkte');
    const html = `<p>Vor ${platzhalter('Hinweis', { art: 'warnung', titel: 'A "B" --> C' }, `<p>mit ${begriff}</p>`)} nach</p>`;
    expect(zerlege(html)).toEqual([
      '<p>Vor ',
      {
        name: 'Hinweis',
        props: { art: 'warnung', titel: 'A "B" --> C' },
        kinder: ['<p>mit ', { name: 'Begriff', props: { begriff: 'Zustellpunkt' }, kinder: ['Zustellpunkte'] }, '</p>'],
      },
      ' nach</p>',
    ]);
  });

  it('lässt HTML ohne Platzhalter als ein Stück', () => {
    expect(zerlege('<p>a &lt;!--atlas-komponente Hinweis %7B%7D--&gt;</p>')).toEqual([
      '<p>a &lt;!--atlas-komponente Hinweis %7B%7D--&gt;</p>',
    ]);
    expect(zerlege('')).toEqual([]);
  });

  it('meldet unvollständige Platzhalter, statt still etwas zu zeigen', () => {
    const offen = platzhalter('Hinweis', {}, '').replace('<!--/atlas-komponente-->', '');
    expect(() => zerlege(offen)).toThrow(/<Hinweis> ohne Ende/);
    expect(() => zerlege('x<!--/atlas-komponente-->')).toThrow(/ohne Anfang/);
  });
});
