/**
 * Das Leselayout auf den Bildschirmen, die in Rathäusern stehen (1280 × 900,
 * 1920 × 1080): Jedes Diagramm auf einer Konzeptseite ist ganz zu sehen (nichts
 * abgeschnitten, kein Scrollen im Rahmen, Schrift nicht unter 10 px), und das
 * Inhaltsverzeichnis bleibt beim Lesen neben dem Text im Blick, ohne etwas zu
 * überdecken. Darunter (1024 px) steht es wie bisher über dem Text.
 */
import { afterEach, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { browserTests } from '../helpers/browser.ts';
import { adresseVon, htmlSeiten, seite } from '../helpers/dist.ts';
import { diagrammeZeichnen, parallel } from '../helpers/seiten.ts';

/** Konzeptseiten (/leistungen/<leistung>/<art>/) aus dist/, mit der Zahl ihrer Diagramme. */
const konzeptseiten = htmlSeiten()
  .map((datei) => ({
    adresse: adresseVon(datei),
    diagramme: seite(datei).querySelectorAll('figure[data-diagramm]').length,
  }))
  .filter(({ adresse }) => /^\/leistungen\/[^/]+\/(?!dossier\/)[^/]+\/$/.test(adresse));

/** Mermaid schreibt Beschriftungen in 16 px (src/browser/diagramm/farben.ts); so klein darf die Schrift werden. */
const MINDESTSCHRIFT_PX = 10;
const MERMAID_SCHRIFT_PX = 16;

interface DiagrammMass {
  titel: string;
  /** Breite des sichtbaren Rahmens und des Inhalts darin (scrollWidth > clientWidth: es wird abgeschnitten). */
  rahmen: number;
  inhalt: number;
  /** Gezeichnete Breite im Verhältnis zur natürlichen (viewBox). */
  massstab: number;
  /** Rechter Rand des Bildes und des Hauptbereichs: nichts ragt aus der Seite. */
  rechts: number;
  seitenRand: number;
}

async function diagrammMasse(page: Page): Promise<DiagrammMass[]> {
  return page.evaluate(() => {
    const main = document.querySelector('main')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('figure[data-diagramm]')].map((figur) => {
      const bild = figur.querySelector<HTMLElement>('[data-diagramm-bild]')!;
      const svg = bild.querySelector('svg');
      const box = svg?.getBoundingClientRect();
      const natuerlich = svg?.viewBox.baseVal?.width || box?.width || 1;
      return {
        titel: figur.dataset['titel'] ?? '',
        rahmen: bild.clientWidth,
        inhalt: bild.scrollWidth,
        massstab: (box?.width ?? 0) / natuerlich,
        rechts: box?.right ?? 0,
        seitenRand: main.right,
      };
    });
  });
}

browserTests('Leselayout auf breiten Bildschirmen', (umgebung) => {
  const offen: BrowserContext[] = [];
  afterEach(async () => {
    await Promise.all(offen.splice(0).map((k) => k.close()));
  });

  async function kontext(breite: number, hoehe: number): Promise<BrowserContext> {
    const k = await umgebung().kontext({ viewport: { width: breite, height: hoehe } });
    offen.push(k);
    return k;
  }

  it('findet Konzeptseiten mit Diagrammen', () => {
    expect(konzeptseiten.filter((s) => s.diagramme > 0).length).toBeGreaterThan(5);
  });

  for (const [breite, hoehe] of [
    [1280, 900],
    [1920, 1080],
  ] as const) {
    it(`${breite} × ${hoehe}: jedes Diagramm einer Konzeptseite ist ganz zu sehen, Schrift mindestens ${MINDESTSCHRIFT_PX} px`, async () => {
      const k = await kontext(breite, hoehe);
      const abgeschnitten: string[] = [];
      let gezaehlt = 0;
      await parallel(
        konzeptseiten.filter((s) => s.diagramme > 0),
        2,
        async ({ adresse }) => {
          const page = await k.newPage();
          await page.goto(adresse);
          await diagrammeZeichnen(page);
          for (const m of await diagrammMasse(page)) {
            gezaehlt++;
            const schrift = m.massstab * MERMAID_SCHRIFT_PX;
            if (m.inhalt > m.rahmen + 1 || m.rechts > m.seitenRand + 1) {
              abgeschnitten.push(`${adresse} „${m.titel}“: Inhalt ${m.inhalt} px im Rahmen von ${m.rahmen} px`);
            }
            if (schrift < MINDESTSCHRIFT_PX - 0.05)
              abgeschnitten.push(`${adresse} „${m.titel}“: Schrift ${schrift.toFixed(1)} px`);
          }
          await page.close();
        },
      );
      expect(gezaehlt).toBeGreaterThan(10);
      expect(abgeschnitten).toEqual([]);
    });

    it(`${breite} × ${hoehe}: das Inhaltsverzeichnis steht neben dem Text, bleibt bei 70 % der Seite im Blick und markiert den Abschnitt`, async () => {
      const k = await kontext(breite, hoehe);
      const page = await k.newPage();
      // Die längste Konzeptseite: Dort muss das Verzeichnis am weitesten mitwandern.
      let laengste = { adresse: konzeptseiten[0]!.adresse, hoehe: 0 };
      for (const { adresse } of konzeptseiten) {
        await page.goto(adresse);
        const h = await page.evaluate(() => document.documentElement.scrollHeight);
        if (h > laengste.hoehe) laengste = { adresse, hoehe: h };
      }
      await page.goto(laengste.adresse);
      await page.evaluate(() => window.scrollTo(0, 0.7 * (document.documentElement.scrollHeight - innerHeight)));
      await page.waitForTimeout(200);
      const lage = await page.evaluate(() => {
        const toc = document.querySelector('nav.toc')!.getBoundingClientRect();
        const text = document.querySelector('.dokument-text .prosa')!.getBoundingClientRect();
        const markiert = document.querySelector('nav.toc a[aria-current="location"]')?.textContent ?? null;
        return {
          toc: { oben: toc.top, unten: toc.bottom, links: toc.left },
          textRechts: text.right,
          markiert,
          fenster: innerHeight,
        };
      });
      expect(lage.toc.oben, laengste.adresse).toBeGreaterThanOrEqual(0);
      expect(lage.toc.unten).toBeLessThanOrEqual(lage.fenster);
      // Neben dem Text, nicht darüber: Es überdeckt nichts.
      expect(lage.toc.links).toBeGreaterThanOrEqual(lage.textRechts);
      expect(lage.markiert).toBeTruthy();
    });
  }

  it('1024 × 768: das Inhaltsverzeichnis steht über dem Text und rollt mit', async () => {
    const k = await kontext(1024, 768);
    const page = await k.newPage();
    const adresse = konzeptseiten.find((s) => s.diagramme > 0)!.adresse;
    await page.goto(adresse);
    const lage = await page.evaluate(() => {
      const toc = document.querySelector('nav.toc')!;
      const text = document.querySelector('.dokument-text')!;
      return {
        position: getComputedStyle(toc).position,
        davor: Boolean(toc.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING),
        tocUnten: toc.getBoundingClientRect().bottom,
        textOben: text.getBoundingClientRect().top,
      };
    });
    expect(lage.position).toBe('static');
    expect(lage.davor).toBe(true);
    expect(lage.tocUnten).toBeLessThanOrEqual(lage.textOben);
  });
});
