import { describe, expect, it } from 'vitest';
import { basisPfad, indexHtmlGewuenscht as indexHtmlAus } from '../../src/config/site.ts';
import { adressen, mitBasis, mitIndexHtml, normalisiereBasis, pfad, url } from '../../src/modell/urls.ts';

describe('Pfad der Website (ATLAS_BASE_PATH)', () => {
  it('basisPfad normalisiert und nimmt ohne Angabe „/“', () => {
    expect(basisPfad({})).toBe('/');
    expect(basisPfad({ ATLAS_BASE_PATH: '' })).toBe('/');
    expect(basisPfad({ ATLAS_BASE_PATH: '/atlas' })).toBe('/atlas/');
    expect(basisPfad({ ATLAS_BASE_PATH: 'gruppe/atlas/' })).toBe('/gruppe/atlas/');
    expect(basisPfad({ ATLAS_BASE_PATH: '/-/atlas/-/jobs/12/artifacts/dist/' })).toBe(
      '/-/atlas/-/jobs/12/artifacts/dist/',
    );
  });

  it('basisPfad lehnt Pfade ab, die keine sind', () => {
    expect(() => basisPfad({ ATLAS_BASE_PATH: '/../x/' })).toThrow(/ATLAS_BASE_PATH/);
    expect(() => basisPfad({ ATLAS_BASE_PATH: '/a b/' })).toThrow(/Beispiel: \/atlas\//);
    expect(() => basisPfad({ ATLAS_BASE_PATH: 'https://example.org/atlas/' })).toThrow(/ATLAS_BASE_PATH/);
    expect(() => basisPfad({ ATLAS_BASE_PATH: '/atlas/?x' })).toThrow(/ATLAS_BASE_PATH/);
  });

  it('mitBasis setzt den Pfad nur vor Adressen der Website', () => {
    expect(mitBasis('/glossar/', '/atlas/')).toBe('/atlas/glossar/');
    expect(mitBasis('/', '/atlas/')).toBe('/atlas/');
    expect(mitBasis('/atlas/glossar/', '/atlas/')).toBe('/atlas/glossar/');
    expect(mitBasis('https://example.org/', '/atlas/')).toBe('https://example.org/');
    expect(mitBasis('//example.org/', '/atlas/')).toBe('//example.org/');
    expect(mitBasis('#anker', '/atlas/')).toBe('#anker');
    expect(mitBasis('/glossar/', '/')).toBe('/glossar/');
    expect(normalisiereBasis('atlas')).toBe('/atlas/');
  });

  it('adressen(basis) liefert jede Adresse unter dem Pfad; pfad und url (Tests: Basis „/“) ohne', () => {
    const atlas = adressen('/atlas/');
    expect(atlas.start()).toBe('/atlas/');
    expect(atlas.begriff('FIT-Connect')).toBe('/atlas/glossar/#fit-connect');
    expect(atlas.apiDatei('index.json')).toBe('/atlas/api/v1/index.json');
    expect(atlas.datei('favicon.svg')).toBe('/atlas/favicon.svg');
    expect(pfad.querschnitt('fit-connect')).toBe('/querschnitt/fit-connect/');
    expect(url.glossar()).toBe('/glossar/');
  });

  it('mit index.html (GitLab-Artefakte) enden Seitenadressen auf index.html, Dateien nicht', () => {
    expect(indexHtmlAus({ ATLAS_INDEX_HTML: '1' })).toBe(true);
    expect(indexHtmlAus({})).toBe(false);
    const vorschau = adressen('/-/atlas/-/jobs/7/artifacts/dist/', true);
    expect(vorschau.start()).toBe('/-/atlas/-/jobs/7/artifacts/dist/index.html');
    expect(vorschau.begriff('FIT-Connect')).toBe('/-/atlas/-/jobs/7/artifacts/dist/glossar/index.html#fit-connect');
    expect(vorschau.feed()).toBe('/-/atlas/-/jobs/7/artifacts/dist/feed.xml');
    expect(mitIndexHtml('/a/?q=x')).toBe('/a/index.html?q=x');
    expect(mitIndexHtml('https://example.org/')).toBe('https://example.org/');
  });
});
