/**
 * Prüfzyklus und Status in dist/ mit den echten Inhalten: /redaktion/ führt
 * jedes Konzeptdokument und jeden Baustein in der Reihenfolge der Redaktion;
 * Dokumente zeigen Status, Prüfhinweis und Änderungen.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { pruefeInhaltsordner } from '../../src/pruefung/node/index.ts';
import { istUeberfaellig, nachPruefung } from '../../src/lib/wiedervorlage.ts';
import { url } from '../../src/modell/urls.ts';
import { heute, type Konzept, type Querschnitt } from '../../src/schemas/index.ts';
import { dateiFuer, pruefeDist, seite } from '../helpers/dist.ts';

const { eintraege } = await pruefeInhaltsordner('content');
const dokumente = eintraege
  .filter((e) => e.sammlung === 'konzepte' || e.sammlung === 'querschnitt')
  .map((e) => ({
    id: e.id,
    href: e.sammlung === 'konzepte' ? url.konzept(e.id) : url.querschnitt(e.id),
    ...(e.daten as Konzept | Querschnitt),
  }));

beforeAll(pruefeDist);

describe('/redaktion/', () => {
  it('führt jedes Dokument einmal, überfällige zuerst, dann nach Prüfdatum und Status', () => {
    const zeilen = seite('redaktion/index.html')
      .querySelectorAll('tr[data-dokument]')
      .map((tr) => tr.getAttribute('data-dokument'));
    expect(zeilen).toEqual(nachPruefung(dokumente, heute()).map((d) => d.id));
  });

  it('zeigt den Status jedes Dokuments als Abzeichen', () => {
    const dom = seite('redaktion/index.html');
    for (const d of dokumente) {
      const zeile = dom.querySelector(`tr[data-dokument="${d.id}"]`)!;
      expect(zeile.querySelector(`.status-${d.status}`), d.id).not.toBeNull();
      expect(zeile.querySelector('a')?.getAttribute('href')).toBe(d.href);
    }
  });
});

describe('Dokumentseiten', () => {
  it.each(dokumente.map((d) => [d.id, d] as const))(
    '%s: Status, Prüfhinweis nur wenn überfällig, Änderungen',
    (_, d) => {
      const dom = seite(dateiFuer(d.href)!);
      expect(dom.querySelector('article[data-status]')?.getAttribute('data-status')).toBe(d.status);
      expect(dom.querySelector('[data-pruefung-ueberfaellig]') !== null).toBe(
        istUeberfaellig(d.pruefung.naechste, heute()),
      );
      const aenderungen = dom.querySelector('[data-aenderungen]');
      expect(aenderungen?.querySelector('h2')?.text).toBe('Änderungen');
      // Dieses Repository ist kein flacher Klon: Jede eingecheckte Datei hat mindestens einen Commit.
      expect(aenderungen?.querySelectorAll('li').length, d.id).toBeGreaterThan(0);
    },
  );

  it('Entwürfe sagen auf ihrer Seite, dass sie Entwürfe sind', () => {
    const entwuerfe = dokumente.filter((d) => d.status === 'entwurf');
    expect(entwuerfe.length).toBeGreaterThan(0);
    for (const d of entwuerfe) {
      expect(seite(dateiFuer(d.href)!).querySelector('[role="note"]')?.text, d.id).toContain(
        'Dieses Dokument ist ein Entwurf',
      );
    }
  });

  it('Leistungskarten nennen den Status ihrer Konzeptdokumente', () => {
    const karten = seite('leistungen/index.html').querySelectorAll('.karte');
    expect(karten.length).toBeGreaterThan(0);
    for (const karte of karten) expect(karte.querySelectorAll('.status').length, karte.text).toBeGreaterThan(0);
  });
});
