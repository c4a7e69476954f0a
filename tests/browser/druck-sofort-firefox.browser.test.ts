/**
 * Drucken gleich nach dem Öffnen in Firefox ESR (puppeteer-core über WebDriver
 * BiDi): wie druck-sofort.browser.test.ts für Chromium. Das Druckmedium wird
 * nachgebildet (DRUCKMEDIUM_NACHBILDEN), weil puppeteer es in Firefox nicht einstellen kann.
 */
import { expect, it } from 'vitest';
import { firefoxTests } from '../helpers/firefox.ts';
import { DRUCKMEDIUM_NACHBILDEN, dossiers, PRUEFE_FIGUREN, type Figurbefund } from './druck-sofort.ts';

firefoxTests('Drucken gleich nach dem Laden (Firefox ESR)', (umgebung) => {
  it('jedes Dossier: Druckstile sofort nach „load“, jede Figur zeigt Bild oder Text', async () => {
    const adressen = dossiers();
    expect(adressen.length).toBeGreaterThan(0);
    const { browser, basis } = umgebung();
    for (const adresse of adressen) {
      const page = await browser.newPage();
      try {
        await page.goto(`${basis}${adresse}`, { waitUntil: 'load' });
        await page.evaluate(DRUCKMEDIUM_NACHBILDEN);
        const figuren = (await page.evaluate(PRUEFE_FIGUREN)) as Figurbefund[];
        expect(figuren.length, adresse).toBeGreaterThan(0);
        for (const f of figuren) {
          expect(f.bild || f.text, `${adresse}#${f.id} (${f.zustand})`).toBe(true);
          expect(f.leer, `${adresse}#${f.id}: leere Fläche`).toBe(false);
        }
      } finally {
        await page.close();
      }
    }
  }, 120_000);

  it('jedes Dossier: „Als PDF speichern“ gleich nach dem Laden druckt erst mit allen Diagrammen', async () => {
    const { browser, basis } = umgebung();
    for (const adresse of dossiers()) {
      const page = await browser.newPage();
      try {
        await page.evaluateOnNewDocument(
          `window.print = () => { window.gedruckt = [...document.querySelectorAll('figure[data-diagramm]')].map((f) => f.dataset.zustand); };`,
        );
        await page.goto(`${basis}${adresse}`, { waitUntil: 'load' });
        await page.click('[data-drucken]');
        await page.waitForFunction('"gedruckt" in window', { timeout: 30_000 });
        const zustaende = (await page.evaluate('window.gedruckt')) as string[];
        expect(zustaende.length, adresse).toBeGreaterThan(0);
        expect(new Set(zustaende), adresse).toEqual(new Set(['fertig']));
      } finally {
        await page.close();
      }
    }
  }, 120_000);
});
