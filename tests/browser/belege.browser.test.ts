/**
 * Belege im echten Browser, an einer eigenen Testsite (gültige Inhalte mit
 * Belegen, dazu tests/fixtures/build/belege/): Die Zahl im Text springt zum
 * Beleg und der Rücksprung zurück, auf der Konzeptseite wie im Dossier; im
 * Druck stehen Belege mit Quelle und Adresse da, die Rücksprünge nicht; axe
 * findet auf beiden Seiten nichts (WCAG 2.1 AA).
 */
import { cpSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findeChromium } from '../../werkzeuge/chromium.ts';
import { axePruefen, befundText } from '../helpers/axe.ts';
import { BELEG_INHALTE } from '../helpers/belege.ts';
import { baueFixture, type FixtureBuild } from '../../werkzeuge/fixture-build.ts';
import { testinhalte, type Testinhalte } from '../../werkzeuge/testinhalte.ts';
import { starteServer, type Server } from '../helpers/server.ts';

const CHROMIUM = findeChromium();
const KONZEPT = '/leistungen/testleistung/technisch/';
const DOSSIER = '/leistungen/testleistung/dossier/';

describe.skipIf(!CHROMIUM && process.env.ATLAS_BROWSER_TESTS !== 'required')('Belege im Browser', () => {
  let inhalte: Testinhalte;
  let build: FixtureBuild;
  let server: Server;
  let browser: Browser;

  beforeAll(async () => {
    inhalte = testinhalte();
    cpSync(BELEG_INHALTE, inhalte.ordner, { recursive: true });
    build = baueFixture(inhalte.ordner);
    if (build.status !== 0) throw new Error(build.ausgabe);
    server = await starteServer(build.dist);
    browser = await chromium.launch({ executablePath: CHROMIUM!, headless: true, args: CHROMIUM_ARGS });
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.schliessen();
    build?.aufraeumen();
    inhalte?.aufraeumen();
  });

  async function seite(adresse: string, fn: (page: Page) => Promise<void>) {
    const kontext = await browser.newContext({
      baseURL: server.url,
      locale: 'de-DE',
      viewport: { width: 1280, height: 900 },
    });
    try {
      const page = await kontext.newPage();
      await page.goto(adresse);
      await fn(page);
    } finally {
      await kontext.close();
    }
  }

  /** Klickt den ersten Verweis im Bereich, prüft das Ziel, klickt den Rücksprung und prüft, dass der Verweis Ziel ist. */
  async function hinUndZurueck(page: Page, bereich: string) {
    const verweis = page.locator(`${bereich} a[data-footnote-ref]`).first();
    const verweisId = await verweis.getAttribute('id');
    await verweis.click();
    const ziel = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const beleg = page.locator(`[id="${ziel}"]`);
    expect(await beleg.evaluate((e) => e.tagName)).toBe('LI');
    expect(await beleg.isVisible()).toBe(true);
    expect(await beleg.locator('.beleg-quelle').textContent()).toContain('abgerufen am');
    await beleg.locator(`a[data-footnote-backref][href="#${verweisId}"]`).click();
    expect(decodeURIComponent(new URL(page.url()).hash.slice(1))).toBe(verweisId);
  }

  it('Konzeptseite: Verweis springt zum Beleg, Rücksprung zurück', () =>
    seite(KONZEPT, (page) => hinUndZurueck(page, '.prosa')));

  it('Dossier: Verweis springt zum Beleg im eigenen Dokument und zurück', () =>
    seite(DOSSIER, async (page) => {
      for (const dokument of ['testleistung/technisch', 'testleistung/rechtlich']) {
        await hinUndZurueck(page, `[data-dossier-dokument="${dokument}"]`);
      }
    }));

  it('Druck: Belege mit Quelle und Adresse sichtbar, Rücksprünge nicht, Quellenlinks ohne doppelte Adresse', () =>
    seite(KONZEPT, async (page) => {
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.prosa a[data-footnote-ref]').first().isVisible()).toBe(true);
      expect(await page.locator('section.belege h2').isVisible()).toBe(true);
      const belege = await page.locator('section.belege li').all();
      expect(belege.length).toBe(2);
      for (const beleg of belege) {
        expect(await beleg.locator('.adresse').isVisible()).toBe(true);
        expect(await beleg.locator('a[data-footnote-backref]').first().isVisible()).toBe(false);
        const nachher = await beleg.locator('a.beleg-link').evaluate((a) => getComputedStyle(a, '::after').content);
        expect(nachher).toBe('none');
      }
    }));

  it('axe findet auf Konzeptseite und Dossier nichts', async () => {
    for (const adresse of [KONZEPT, DOSSIER, '/leistungen/testleistung/finanziell/']) {
      await seite(adresse, async (page) => {
        const befunde = await axePruefen(page);
        expect(befunde, befundText(adresse, befunde)).toEqual([]);
      });
    }
  });
});
