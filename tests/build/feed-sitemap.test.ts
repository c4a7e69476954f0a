/**
 * Feed, Sitemap und robots.txt in dist/: wohlgeformtes XML, die richtigen
 * Adressen (absolut), und jede Seite verweist im Kopf auf Feed und Daten.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { pruefeInhaltsordner } from '../../src/pruefung/node/index.ts';
import { historie } from '../../src/lib/git.ts';
import { url } from '../../src/modell/urls.ts';
import { adresseVon, DIST, htmlSeiten, pruefeDist, seite } from '../helpers/dist.ts';
import { wohlgeformt } from '../helpers/xml.ts';

const { eintraege } = await pruefeInhaltsordner('content');
const lies = (datei: string) => readFileSync(join(DIST, datei), 'utf8');
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'url', 'link'].includes(name) });
const site = () => new URL(JSON.parse(lies('api/v1/index.json')).quelle);

beforeAll(pruefeDist);

describe('Atom-Feed', () => {
  it('ist wohlgeformt und enthält jeden Beitrag und jedes Konzeptdokument genau einmal', () => {
    const xml = lies('feed.xml');
    expect(wohlgeformt(xml)).toBe(true);
    const { feed } = parser.parse(xml);
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    const erwartet = eintraege
      .filter((e) => e.sammlung === 'konzepte' || e.sammlung === 'beitraege')
      .map((e) => new URL(e.sammlung === 'konzepte' ? url.konzept(e.id) : url.beitrag(e.id), site()).href)
      .sort();
    const ids = feed.entry.map((e: { id: string }) => e.id);
    expect([...ids].sort()).toEqual(erwartet);
    expect(feed.link.find((l: Record<string, string>) => l['@_rel'] === 'self')['@_href']).toBe(
      new URL(url.feed(), site()).href,
    );
  });

  it('Einträge sind nach letzter Änderung sortiert, mit gültigen Zeitpunkten', () => {
    const { feed } = parser.parse(lies('feed.xml'));
    const zeiten = feed.entry.map((e: { updated: string }) => Date.parse(e.updated));
    expect(zeiten.every((z: number) => !Number.isNaN(z))).toBe(true);
    expect(zeiten).toEqual([...zeiten].sort((a, b) => b - a));
    expect(Date.parse(feed.updated)).toBe(zeiten[0]);
    for (const e of feed.entry) expect(Date.parse(e.published), e.id).toBeLessThanOrEqual(Date.parse(e.updated));
  });
});

describe('Sitemap und robots.txt', () => {
  it('die Sitemap ist wohlgeformt und nennt jede HTML-Seite außer der Fehlerseite, absolut', () => {
    const index = lies('sitemap-index.xml');
    expect(wohlgeformt(index)).toBe(true);
    const teile = [parser.parse(index).sitemapindex.sitemap].flat().map((s: { loc: string }) => s.loc);
    expect(teile).toEqual([new URL('sitemap-0.xml', new URL(url.start(), site())).href]);
    const xml = lies('sitemap-0.xml');
    expect(wohlgeformt(xml)).toBe(true);
    const adressen = parser
      .parse(xml)
      .urlset.url.map((u: { loc: string }) => u.loc)
      .sort();
    const erwartet = htmlSeiten()
      .filter((d) => d !== '404.html')
      .map((d) => new URL(adresseVon(d), site()).href)
      .sort();
    expect(adressen).toEqual(erwartet);
    expect(adressen).toContain(new URL(url.dossier('wohngeld'), site()).href);
  });

  it('Seiten aus einer Inhaltsdatei tragen deren letzte Änderung aus git (lastmod)', () => {
    const eintraege = parser.parse(lies('sitemap-0.xml')).urlset.url as { loc: string; lastmod?: string }[];
    const kommune = eintraege.find((u) => u.loc === new URL(url.kommune('beispieltal'), site()).href);
    const geschichte = historie();
    const erwartet = geschichte.aenderungen('content/kommunen/beispieltal.yaml')[0]?.zeitpunkt;
    if (!geschichte.verfuegbar || !erwartet) return; // flacher Klon: keine Geschichte, keine Angabe
    expect(Date.parse(kommune!.lastmod!)).toBe(Date.parse(erwartet));
    // Übersichten haben keine eigene Datei und damit keine Angabe.
    expect(eintraege.find((u) => u.loc === new URL(url.start(), site()).href)!.lastmod).toBeUndefined();
  });

  it('robots.txt verweist auf die Sitemap', () => {
    expect(lies('robots.txt')).toContain(`Sitemap: ${new URL(url.sitemap(), site()).href}`);
  });

  it('jede Seite nennt Feed und offene Daten im Kopf', () => {
    for (const datei of htmlSeiten()) {
      const typen = seite(datei)
        .querySelectorAll('link[rel="alternate"]')
        .map((l) => `${l.getAttribute('type')} ${l.getAttribute('href')}`);
      expect(typen, datei).toEqual([`application/atom+xml ${url.feed()}`, 'application/json /api/v1/index.json']);
    }
  });
});
