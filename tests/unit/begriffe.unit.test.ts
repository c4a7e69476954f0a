import { describe, expect, it } from 'vitest';
import { begriffeImQuelltext, begriffSchluessel, findeBegriff, ordneVerwendungen } from '../../src/modell/begriffe.ts';

const glossar = [
  { id: 'fit-connect', begriff: 'FIT-Connect', synonyme: ['FIT Connect'] },
  { id: 'efa', begriff: 'EfA', synonyme: ['Einer für Alle'] },
  { id: 'ags', begriff: 'AGS', synonyme: [] },
  { id: 'a-und-b', begriff: 'A & B', synonyme: [] },
];

describe('findeBegriff', () => {
  it('findet Begriff oder Synonym ohne Unterschied der Schreibweise, auch mit Tags im Text', () => {
    expect(findeBegriff(glossar, 'fit-connect')?.id).toBe('fit-connect');
    expect(findeBegriff(glossar, '<em>Einer  für\nAlle</em>')?.id).toBe('efa');
    expect(findeBegriff(glossar, ' EFA ')?.id).toBe('efa');
    // Gerendertes HTML maskiert „&“; die Regel gilt für Quelltext und HTML gleich.
    expect(findeBegriff(glossar, 'A &amp; B')?.id).toBe('a-und-b');
    expect(findeBegriff(glossar, 'A & B')?.id).toBe('a-und-b');
    expect(findeBegriff(glossar, 'Zustellpunkt')).toBeUndefined();
  });

  it('vergleicht ganze Begriffe, keine Teile', () => {
    expect(begriffSchluessel('FIT-Connect-Zustellpunkt')).not.toBe(begriffSchluessel('FIT-Connect'));
    expect(findeBegriff(glossar, 'FIT')).toBeUndefined();
  });
});

describe('begriffeImQuelltext', () => {
  it('liest Inhalt und Attribut „begriff“, übergeht Code und Kommentare', () => {
    const mdx = [
      'Die <Begriff>FIT-Connect</Begriff>-Anbindung und <Begriff begriff="EfA">das Prinzip</Begriff>.',
      "Auch <Begriff begriff='AGS' /> und <Begriff>",
      '  Einer für Alle',
      '</Begriff>.',
      'So schreiben Sie es: `<Begriff>Nicht</Begriff>`',
      '```mdx',
      '<Begriff>Auch nicht</Begriff>',
      '```',
      '{/* <Begriff>Kommentar</Begriff> */}',
    ].join('\n');
    expect(begriffeImQuelltext(mdx)).toEqual(['FIT-Connect', 'EfA', 'AGS', '\n  Einer für Alle\n']);
  });
});

describe('ordneVerwendungen', () => {
  it('nennt je Begriff die Seiten in Reihenfolge, jede einmal, und übergeht Unbekanntes', () => {
    const seiten = [
      { titel: 'Eins', href: '/eins/', text: '<Begriff>EfA</Begriff> und <Begriff>Einer für Alle</Begriff>' },
      { titel: 'Zwei', href: '/zwei/', text: '<Begriff>FIT Connect</Begriff>, <Begriff>Unbekannt</Begriff>' },
      { titel: 'Drei', href: '/drei/', text: '<Begriff begriff="efa">hier</Begriff>' },
    ];
    const ergebnis = ordneVerwendungen(seiten, glossar);
    expect(ergebnis.get('efa')?.map((s) => s.href)).toEqual(['/eins/', '/drei/']);
    expect(ergebnis.get('fit-connect')?.map((s) => s.titel)).toEqual(['Zwei']);
    expect(ergebnis.has('ags')).toBe(false);
  });
});
