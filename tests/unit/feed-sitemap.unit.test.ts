import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed, zeitraum } from '../../src/lib/feed.ts';
import { letzteAenderungen, seitenDerDateien } from '../../src/lib/sitemap.ts';
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
    expect(f['@_xml:lang']).toBe('de');
    expect(Date.parse(f.updated)).toBe(Date.parse('2026-03-01T10:00:00+01:00'));
    expect(f.entry.map((e: { id: string }) => e.id)).toEqual(['https://atlas.example/b/', 'https://atlas.example/a/']);
    expect(f.entry[0].author).toHaveLength(2);
  });

  it('maskiert Sonderzeichen und entfernt verbotene Steuerzeichen', () => {
    const { feed: f } = parser.parse(feed);
    // Titel und Zusammenfassung sind type="html": „<b>“ kommt als Text an, nicht als Auszeichnung.
    expect(f.entry[1].title['#text']).toBe('Alt &lt;b&gt;');
    expect(f.entry[1].summary['#text']).toBe('A &quot;zitiert&quot;');
    expect(f.entry[0].summary['#text']).toBe('B');
    expect(feed).not.toContain('\u0001');
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

describe('sitemap: letzte Änderung je Seite', () => {
  it('ordnet Inhaltsdateien ihren Seiten unter dem Pfad der Website zu', () => {
    expect(
      seitenDerDateien(
        [
          'kommunen/musterstadt.yaml',
          'leistungen/wohngeld/index.mdx',
          'leistungen/wohngeld/technisch.mdx',
          'glossar.yaml',
        ],
        'content',
        '/atlas/',
      ),
    ).toEqual([
      { adresse: '/atlas/kommunen/musterstadt/', datei: 'content/kommunen/musterstadt.yaml' },
      { adresse: '/atlas/leistungen/wohngeld/', datei: 'content/leistungen/wohngeld/index.mdx' },
      { adresse: '/atlas/leistungen/wohngeld/technisch/', datei: 'content/leistungen/wohngeld/technisch.mdx' },
    ]);
  });

  it('nimmt den jüngsten Commit der Datei; ohne Geschichte keine Angabe', () => {
    const seiten = [
      { adresse: '/atlas/a/', datei: 'content/a.mdx' },
      { adresse: '/atlas/b/', datei: 'content/b.mdx' },
    ];
    const geschichte: Record<string, { hash: string; datum: string; zeitpunkt: string; nachricht: string }[]> = {
      'content/a.mdx': [
        { hash: '2', datum: '2026-03-01', zeitpunkt: '2026-03-01T10:00:00+01:00', nachricht: 'neu' },
        { hash: '1', datum: '2026-01-01', zeitpunkt: '2026-01-01T10:00:00+01:00', nachricht: 'alt' },
      ],
    };
    const ergebnis = letzteAenderungen(seiten, (d) => geschichte[d] ?? [], 'https://atlas.example');
    expect([...ergebnis]).toEqual([['https://atlas.example/atlas/a/', '2026-03-01T09:00:00.000Z']]);
  });
});
