/**
 * Tests über die gebaute Website mit den echten Inhalten aus content/:
 * Jede Seite existiert, jeder interne Link und Anker führt irgendwohin, und
 * was Leserinnen und Leser auf Übersichten erwarten, steht dort.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pruefeInhaltsordner } from '../../src/pruefung/node/index.ts';
import type { Beitrag, GlossarEintrag, Leistung } from '../../src/schemas/index.ts';
import { t } from '../../src/i18n/de.ts';
import { adresseJeSammlung, festeSeiten, url } from '../../src/modell/urls.ts';
import { adresseVon, dateiFuer, DIST, htmlSeiten, pruefeDist, seite } from '../helpers/dist.ts';

const roherText = (datei: string) => readFileSync(join(DIST, datei), 'utf8');

const { eintraege } = await pruefeInhaltsordner('content');
const von = (sammlung: string) => eintraege.filter((e) => e.sammlung === sammlung);

beforeAll(pruefeDist);

describe('jeder Inhalt hat seine Seite', () => {
  // Dieselbe Menge, gegen die die Inhaltsprüfung Links prüft: Was sie für vorhanden hält, muss es geben.
  const erwartet = [
    ...festeSeiten(),
    ...eintraege.flatMap((e) => (e.sammlung === 'glossar' ? [] : [adresseJeSammlung[e.sammlung](e.id)])),
    ...von('leistungen').map((e) => url.dossier(e.id)),
  ];

  it.each(erwartet)('%s', (adresse) => {
    expect(dateiFuer(adresse), `${adresse} fehlt in dist/`).toBeDefined();
  });

  it('jeder Glossarbegriff hat einen Anker auf /glossar/', () => {
    const glossar = seite('glossar/index.html');
    const begriffe = von('glossar')[0]!.daten as GlossarEintrag[];
    expect(begriffe.length).toBeGreaterThan(0);
    for (const b of begriffe) {
      const ziel = url.begriff(b.begriff).split('#')[1]!;
      expect(glossar.getElementById(ziel), `Anker #${ziel} für „${b.begriff}“`).not.toBeNull();
    }
  });

  it('hat eine deutsche 404-Seite', () => {
    const dom = seite('404.html');
    expect(dom.querySelector('html')?.getAttribute('lang')).toBe('de');
    expect(dom.querySelector('h1')?.text).toBe('Seite nicht gefunden');
  });
});

describe('Links', () => {
  it('jeder interne Link und jeder Anker in dist/ führt zu einem Ziel', () => {
    const kaputt: string[] = [];
    let gezaehlt = 0;
    for (const datei of htmlSeiten()) {
      const dom = seite(datei);
      for (const element of dom.querySelectorAll('a[href], link[href], img[src], script[src]')) {
        const ziel = element.getAttribute('href') ?? element.getAttribute('src')!;
        if (/^(?:[a-z]+:|\/\/)/i.test(ziel)) continue; // extern, mailto: usw.
        gezaehlt++;
        const absolut = new URL(ziel, `https://atlas.invalid${adresseVon(datei)}`);
        const zielDatei = ziel.startsWith('#') ? datei : dateiFuer(absolut.pathname);
        if (!zielDatei) {
          kaputt.push(`${datei}: ${ziel} (Seite fehlt)`);
          continue;
        }
        const anker = decodeURIComponent(absolut.hash.slice(1));
        if (anker && !seite(zielDatei).getElementById(anker)) kaputt.push(`${datei}: ${ziel} (Anker fehlt)`);
      }
    }
    expect(gezaehlt).toBeGreaterThan(100);
    expect(kaputt).toEqual([]);
  });
});

describe('Übersichten', () => {
  it('die Startseite zeigt jede Leistung als Karte', () => {
    const karten = seite('index.html')
      .querySelectorAll('[data-leistungen] a')
      .map((a) => a.getAttribute('href'));
    const leistungen = von('leistungen');
    expect(leistungen.length).toBeGreaterThan(0);
    expect(karten.sort()).toEqual(leistungen.map((l) => url.leistung(l.id)).sort());
  });

  it('jede Leistungsseite vergleicht alle Umsetzungen dieser Leistung', () => {
    for (const leistung of von('leistungen')) {
      const umsetzungen = von('beitraege')
        .filter((b) => (b.daten as Beitrag).leistung === leistung.id && (b.daten as Beitrag).art === 'umsetzung')
        .map((b) => b.id)
        .sort();
      const dom = seite(dateiFuer(url.leistung(leistung.id))!);
      const spalten = dom
        .querySelectorAll('[data-vergleich] th[data-beitrag]')
        .map((th) => th.getAttribute('data-beitrag'));
      expect(spalten.sort(), (leistung.daten as Leistung).titel).toEqual(umsetzungen);
    }
  });

  it('Beispiel-Leistungen trennen auf Seite und Dossier-Titelseite Belegtes von Beispielhaftem', () => {
    for (const leistung of von('leistungen').filter((l) => (l.daten as Leistung).beispiel)) {
      for (const adresse of [url.leistung(leistung.id), url.dossier(leistung.id)]) {
        const text = seite(dateiFuer(adresse)!).text;
        expect(text, adresse).toContain(t('kennzeichen.beispiel.titel'));
        expect(text, adresse).toContain('stammen aus öffentlichen Quellen');
        expect(text, adresse).toContain('Pilotkommunen mit ihren Erfahrungsberichten (erfunden');
        // Die alte Formel las ein Ausschuss als „nicht verlässlich“ (Issue 24).
        expect(text, adresse).not.toContain('zeigt, wie ein Konzept aussehen kann');
      }
    }
  });

  it('fiktive Kommunen sagen es auf ihrer Seite', () => {
    for (const kommune of von('kommunen').filter((k) => (k.daten as { fiktiv: boolean }).fiktiv)) {
      expect(seite(dateiFuer(url.kommune(kommune.id))!).text).toContain('Diese Kommune ist erfunden');
    }
  });
});

describe('Inhalte als HTML (src/mdx/mdx-html.ts)', () => {
  it('jeder Platzhalter einer Komponente ist auf der Seite durch die Komponente ersetzt', () => {
    const uebrig = htmlSeiten().filter((datei) => /atlas-komponente/.test(roherText(datei)));
    expect(uebrig).toEqual([]);
    // Die Komponenten sind wirklich da: Begriffe mit Tooltip, Hinweiskästen, Diagramme.
    const konzept = roherText('querschnitt/fit-connect/index.html');
    expect(konzept).toContain('class="begriff-tipp"');
    expect(htmlSeiten().some((datei) => roherText(datei).includes('class="hinweis '))).toBe(true);
    expect(htmlSeiten().some((datei) => roherText(datei).includes('data-diagramm'))).toBe(true);
  });
});
