/**
 * Belege am Satz in der gebauten Website, mit eigenen Testinhalten (die
 * gültigen Inhalte und ein rechtliches Konzept, das dieselbe Quellenkennung
 * zitiert wie das technische): Die Zahl im Text springt zum Beleg und zurück,
 * der Beleg zeigt Titel, Link, Art und Abrufdatum der Quelle; im Dossier, wo
 * beide Dokumente auf einer Seite stehen, bleibt jede ID eindeutig und jeder
 * Sprung trifft sein Ziel im eigenen Dokument. Das HTML ist gültig.
 */
import { cpSync } from 'node:fs';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import type { HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baueFixture, type FixtureBuild } from '../../werkzeuge/fixture-build.ts';
import { BELEG_INHALTE } from '../helpers/belege.ts';
import { testinhalte, type Testinhalte } from '../../werkzeuge/testinhalte.ts';

const BUILD_ZEIT = 180_000;
let inhalte: Testinhalte;
let build: FixtureBuild;

beforeAll(() => {
  inhalte = testinhalte();
  cpSync(BELEG_INHALTE, inhalte.ordner, { recursive: true });
  build = baueFixture(inhalte.ordner);
}, BUILD_ZEIT);
afterAll(() => {
  build?.aufraeumen();
  inhalte?.aufraeumen();
});

const verweiseIn = (dom: HTMLElement, wurzel = '') => dom.querySelectorAll(`${wurzel} a[data-footnote-ref]`);
const id = (href: string | undefined) => decodeURIComponent((href ?? '').replace(/^#/, ''));

describe('Konzeptseite mit Belegen', () => {
  const seite = () => build.seite('leistungen/testleistung/technisch/index.html');

  it('baut', () => {
    expect(build.status, build.ausgabe).toBe(0);
  });

  it('zeigt nummerierte Verweise mit zugänglichem Namen, die zum Beleg springen, und zurück', () => {
    const dom = seite();
    const verweise = verweiseIn(dom);
    expect(verweise.map((a) => a.text)).toEqual(['1', '2', '1']);
    expect(verweise.map((a) => a.getAttribute('aria-label'))).toEqual(['Beleg 1', 'Beleg 2', 'Beleg 1']);
    for (const a of verweise) {
      expect(a.parentNode?.tagName).toBe('SUP');
      const ziel = dom.getElementById(id(a.getAttribute('href')));
      expect(ziel?.tagName, a.getAttribute('href')).toBe('LI');
      // Vom Beleg führt ein Rücksprung genau zu diesem Verweis.
      const zurueck = ziel!.querySelectorAll('a[data-footnote-backref]').map((b) => id(b.getAttribute('href')));
      expect(zurueck).toContain(a.id);
    }
    const rueck = dom.querySelectorAll('a[data-footnote-backref]').map((b) => b.getAttribute('aria-label'));
    expect(rueck).toEqual(['Zurück zur Textstelle 1', 'Zurück zur Textstelle 1, Verweis 2', 'Zurück zur Textstelle 2']);
  });

  it('die Belege haben eine sichtbare Überschrift und zeigen Titel, Link, Art und Abrufdatum der Quelle', () => {
    const abschnitt = seite().querySelector('section[data-footnotes]')!;
    const ueberschrift = abschnitt.querySelector('h2')!;
    expect(ueberschrift.text).toBe('Belege');
    expect(ueberschrift.classList.contains('sr-only')).toBe(false);
    const belege = abschnitt.querySelectorAll('li');
    expect(belege.map((li) => li.getAttribute('data-quelle'))).toEqual(['testgesetz-3', 'testleitfaden']);
    const erster = belege[0]!;
    expect(erster.text).toContain('§ 3 Abs. 1 Testgesetz (Zuständigkeit).');
    const quelle = erster.querySelector('.beleg-quelle')!;
    expect(quelle.querySelector('a')?.getAttribute('href')).toBe('https://example.org/testgesetz/3');
    expect(quelle.querySelector('a')?.text).toBe('Testgesetz, § 3');
    expect(quelle.text).toContain('Gesetz');
    expect(quelle.text).toContain('abgerufen am 1. Mai 2026');
    expect(quelle.querySelector('time')?.getAttribute('datetime')).toBe('2026-05-01');
    // Die Adresse steht ausgeschrieben da, auch für den Druck.
    expect(quelle.querySelector('.adresse')?.text).toBe('https://example.org/testgesetz/3');
    expect(belege[1]!.text).toContain('abgerufen am 15. April 2026');
  });

  it('alle Quellen sind zitiert: keine zweite Quellenliste darunter; das Inhaltsverzeichnis führt zu den Belegen', () => {
    const dom = seite();
    expect(dom.querySelector('section.quellen')).toBeNull();
    expect(dom.querySelector('nav a[href="#footnote-label"]')?.text).toBe('Belege');
  });

  it('ein Entwurf mit unzitierter Quelle baut (nur eine Warnung) und nennt sie unter „Weitere Quellen“', () => {
    expect(build.ausgabe).toMatch(/Warnung \[quelle-unzitiert\]/);
    const dom = build.seite('leistungen/testleistung/finanziell/index.html');
    expect(dom.querySelectorAll('section[data-footnotes] li').map((li) => li.getAttribute('data-quelle'))).toEqual([
      'testgesetz-3',
    ]);
    const weitere = dom.querySelector('section.quellen')!;
    expect(weitere.querySelector('h2')?.text).toBe('Weitere Quellen');
    const eintraege = weitere.querySelectorAll('li');
    expect(eintraege.map((li) => li.id)).toEqual(['quelle-unzitiert']);
    expect(eintraege[0]!.text).toContain('Leitfaden');
    expect(eintraege[0]!.text).toContain('abgerufen am 4. Mai 2026');
    expect(eintraege[0]!.querySelector('a')?.getAttribute('href')).toBe('https://example.org/unzitiert');
  });
});

describe('Dossier mit Belegen aus zwei Dokumenten', () => {
  const dossier = () => build.seite('leistungen/testleistung/dossier/index.html');

  it('jede ID ist eindeutig, obwohl beide Dokumente „[^testgesetz-3]“ zitieren', () => {
    const ids = dossier()
      .querySelectorAll('[id]')
      .map((e) => e.id);
    const doppelt = ids.filter((x, i) => ids.indexOf(x) !== i);
    expect(doppelt).toEqual([]);
  });

  it('jeder Verweis springt zum Beleg im eigenen Dokument, jeder Rücksprung zurück', () => {
    const dom = dossier();
    for (const dokument of ['testleistung/technisch', 'testleistung/rechtlich']) {
      const wurzel = `[data-dossier-dokument="${dokument}"]`;
      const verweise = verweiseIn(dom, wurzel);
      expect(verweise.length, dokument).toBeGreaterThan(0);
      for (const a of verweise) {
        const ziel = dom.querySelector(wurzel)!.querySelector(`[id="${id(a.getAttribute('href'))}"]`);
        expect(ziel?.tagName, `${dokument}: ${a.getAttribute('href')}`).toBe('LI');
        expect(ziel!.querySelector('.beleg-quelle')?.text).toContain('abgerufen am');
      }
      for (const b of dom.querySelector(wurzel)!.querySelectorAll('a[data-footnote-backref]')) {
        expect(
          dom.querySelector(wurzel)!.querySelector(`[id="${id(b.getAttribute('href'))}"]`),
          b.getAttribute('href')!,
        ).not.toBeNull();
      }
    }
    const rechtlich = dom.querySelector('[data-dossier-dokument="testleistung/rechtlich"] section[data-footnotes]')!;
    expect(rechtlich.text).toContain('abgerufen am 2. Mai 2026');
  });

  it('Konzeptseite und Dossier sind gültiges HTML', async () => {
    const pruefer = new HtmlValidate(new FileSystemConfigLoader());
    for (const pfad of [
      'leistungen/testleistung/technisch/index.html',
      'leistungen/testleistung/rechtlich/index.html',
      'leistungen/testleistung/dossier/index.html',
    ]) {
      const bericht = await pruefer.validateString(build.datei(pfad), pfad);
      const meldungen = bericht.results.flatMap((r) =>
        r.messages.map((m) => `${pfad}:${m.line} ${m.ruleId}: ${m.message}`),
      );
      expect(meldungen).toEqual([]);
    }
  });
});

describe('offene Daten', () => {
  it('/api/v1/konzepte.json trägt je Quelle id, art und abgerufen, und das JSON-Schema beschreibt sie', () => {
    const daten = JSON.parse(build.datei('api/v1/konzepte.json')) as {
      daten: { id: string; quellen: Record<string, string>[] }[];
    };
    const rechtlich = daten.daten.find((k) => k.id === 'testleistung/rechtlich')!;
    expect(rechtlich.quellen).toEqual([
      expect.objectContaining({ id: 'testgesetz-3', art: 'Gesetz', abgerufen: '2026-05-02' }),
      expect.objectContaining({ id: 'testbeschluss', art: 'Beschluss', abgerufen: '2026-05-03' }),
    ]);
    // Die Liste der zitierten Kennungen ist eine Angabe für die Seite, kein Datenfeld.
    expect(JSON.stringify(daten)).not.toContain('belegteQuellen');
    const schema = JSON.parse(build.datei('api/v1/schemas/konzepte.schema.json')) as {
      properties: {
        daten: {
          items: { properties: { quellen: { items: { properties: Record<string, { description?: string }> } } } };
        };
      };
    };
    const felder = schema.properties.daten.items.properties.quellen.items.properties;
    expect(Object.keys(felder)).toEqual(['id', 'titel', 'url', 'art', 'abgerufen']);
    expect(felder.abgerufen!.description).toContain('gelesen');
  });
});
