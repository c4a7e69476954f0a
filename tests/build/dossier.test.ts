/**
 * Dossier je Leistung in dist/: enthält die Leistungsseite und jedes
 * Konzeptdokument der Leistung in der Reihenfolge der Leistungsseite, mit
 * vollständigem Text, Titelseite und Druckvorbereitung.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { pruefeInhaltsordner } from '../../src/pruefung/node/index.ts';
import { url } from '../../src/modell/urls.ts';
import type { Konzept, Leistung } from '../../src/schemas/index.ts';
import { dateiFuer, pruefeDist, seite } from '../helpers/dist.ts';

const { eintraege } = await pruefeInhaltsordner('content');
const leistungen = eintraege.filter((e) => e.sammlung === 'leistungen');
const konzepteVon = (leistung: string) =>
  eintraege.filter((e) => e.sammlung === 'konzepte' && e.id.startsWith(`${leistung}/`));

beforeAll(pruefeDist);

describe.each(leistungen.map((l) => [l.id] as const))('Dossier %s', (leistung) => {
  const dossier = () => seite(dateiFuer(url.dossier(leistung))!);
  const hub = () => seite(dateiFuer(url.leistung(leistung))!);

  it('ist von der Leistungsseite verlinkt', () => {
    expect(hub().querySelector(`a[href="${url.dossier(leistung)}"]`)).not.toBeNull();
  });

  it('enthält Leistungsseite und jedes Konzeptdokument in der Reihenfolge der Leistungsseite', () => {
    const reihenfolge = hub()
      .querySelectorAll('section[aria-labelledby="konzepte"] li > a')
      .map((a) => a.getAttribute('href')!.replace(/^\/leistungen\/|\/$/g, ''));
    expect([...reihenfolge].sort()).toEqual(
      konzepteVon(leistung)
        .map((k) => k.id)
        .sort(),
    );
    const abschnitte = dossier()
      .querySelectorAll('[data-dossier-dokument]')
      .map((s) => s.getAttribute('data-dossier-dokument'));
    expect(abschnitte).toEqual([leistung, ...reihenfolge]);
  });

  it('gibt jedes Dokument vollständig wieder: alle Überschriften, eine Ebene tiefer', () => {
    for (const k of konzepteVon(leistung)) {
      const einzeln = seite(dateiFuer(url.konzept(k.id))!)
        .querySelectorAll('.prosa h2, .prosa h3')
        .map((h) => `${h.tagName}:${h.text.trim()}`);
      const imDossier = dossier()
        .querySelector(`[data-dossier-dokument="${k.id}"]`)!
        .querySelectorAll('.prosa h3, .prosa h4')
        .map((h) => `${h.tagName === 'H3' ? 'H2' : 'H3'}:${h.text.trim()}`);
      expect(einzeln.length, k.id).toBeGreaterThan(0);
      expect(imDossier, k.id).toEqual(einzeln);
    }
  });

  it('nennt auf der Titelseite Leistung, Version und Status jedes Dokuments', () => {
    const dom = dossier();
    expect(dom.querySelector('h1')?.text).toBe((leistungen.find((l) => l.id === leistung)!.daten as Leistung).titel);
    const zeilen = dom.querySelectorAll('[data-dossier-uebersicht] tbody tr');
    const konzepte = konzepteVon(leistung);
    expect(zeilen).toHaveLength(konzepte.length);
    for (const k of konzepte) {
      const d = k.daten as Konzept;
      const zeile = zeilen.find((z) => z.querySelector('a')?.text === d.titel);
      expect(zeile, k.id).toBeDefined();
      expect(zeile!.text).toContain(d.version);
      expect(zeile!.querySelector(`.status-${d.status}`), k.id).not.toBeNull();
    }
  });

  it('ist druckfertig: Knopf „Als PDF speichern“, Seitenzahlen, Inhaltsverzeichnis mit Ankern', () => {
    const dom = dossier();
    expect(dom.querySelector('button[data-drucken]')?.text.trim()).toBe('Als PDF speichern');
    const stile = dom.querySelectorAll('head style').map((s) => s.text);
    expect(stile.some((s) => /@bottom-right\s*\{[^}]*counter\(page\)/.test(s))).toBe(true);
    const anker = dom.querySelectorAll('.dossier-toc a').map((a) => a.getAttribute('href')!);
    expect(anker.length).toBeGreaterThan(konzepteVon(leistung).length);
    for (const a of anker) expect(dom.getElementById(a.slice(1)), a).not.toBeNull();
  });
});
