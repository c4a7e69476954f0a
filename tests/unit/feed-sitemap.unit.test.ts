import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed, xmlText, zeitraum } from '../../src/lib/feed.ts';
import { seitenFuerSitemap, sitemapXml } from '../../src/lib/sitemap.ts';
import { wohlgeformt } from '../helpers/xml.ts';

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'author', 'url'].includes(name) });

describe('atomFeed', () => {
  const feed = atomFeed({
    titel: 'Atlas & Co',
    untertitel: 'Neu',
    selbst: 'https://atlas.example/feed.xml',
    startseite: 'https://atlas.example/',
    autor: 'Redaktion',
    eintraege: [
      {
        titel: 'Alt <b>',
        url: 'https://atlas.example/a/',
        aktualisiert: '2026-01-01T00:00:00Z',
        veroeffentlicht: '2026-01-01T00:00:00Z',
        zusammenfassung: 'A "zitiert"',
        autoren: ['X'],
        kategorien: ['Entwurf'],
      },
      {
        titel: 'Neu',
        url: 'https://atlas.example/b/',
        aktualisiert: '2026-03-01T10:00:00+01:00',
        veroeffentlicht: '2026-02-01T00:00:00Z',
        zusammenfassung: 'B\u0001',
        autoren: ['Y', 'Z'],
        kategorien: [],
      },
    ],
  });

  it('ist wohlgeformtes XML mit neuestem Eintrag zuerst', () => {
    expect(wohlgeformt(feed)).toBe(true);
    const { feed: f } = parser.parse(feed);
    expect(f.title).toBe('Atlas & Co');
    expect(f.updated).toBe('2026-03-01T10:00:00+01:00');
    expect(f.entry.map((e: { id: string }) => e.id)).toEqual(['https://atlas.example/b/', 'https://atlas.example/a/']);
    expect(f.entry[0].author).toHaveLength(2);
  });

  it('maskiert Sonderzeichen und entfernt verbotene Steuerzeichen', () => {
    expect(xmlText('a<b>&"\'\u0001')).toBe('a&lt;b&gt;&amp;&quot;&apos;');
  });
});

describe('zeitraum', () => {
  it('nimmt git, wo vorhanden, sonst das Datum im Dokument', () => {
    expect(
      zeitraum([{ zeitpunkt: '2026-03-01T10:00:00+01:00' }, { zeitpunkt: '2026-01-01T09:00:00+01:00' }], '2025-01-01'),
    ).toEqual({
      aktualisiert: '2026-03-01T10:00:00+01:00',
      veroeffentlicht: '2026-01-01T09:00:00+01:00',
    });
    expect(zeitraum([], '2025-01-01')).toEqual({
      aktualisiert: '2025-01-01T00:00:00Z',
      veroeffentlicht: '2025-01-01T00:00:00Z',
    });
  });
});

describe('sitemap', () => {
  it('nimmt HTML-Seiten ohne Fehlerseite, sortiert und ohne Doppelte', () => {
    const seiten = seitenFuerSitemap(['', 'glossar/', '404/', 'feed.xml', 'api/v1/leistungen.json', 'glossar/']);
    expect(seiten).toEqual(['/', '/glossar/', '/glossar/']);
    const xml = sitemapXml(seiten.map((s) => `https://atlas.example${s}`));
    expect(wohlgeformt(xml)).toBe(true);
    expect(parser.parse(xml).urlset.url.map((u: { loc: string }) => u.loc)).toEqual([
      'https://atlas.example/',
      'https://atlas.example/glossar/',
    ]);
  });
});
