/**
 * Auf dem Telefon (390 × 844 px): Der Vergleich der Umsetzungen bleibt
 * lesbar. Die Beschriftung ist ganz zu sehen, die Merkmale bleiben beim
 * waagerechten Scrollen links stehen, und die Daten bekommen den größeren Teil
 * der Breite (vorher etwa 110 px von 358 px, die Merkmale scrollten weg).
 */
import { expect, it } from 'vitest';
import { browserTests } from '../helpers/browser.ts';
import { adresseVon, htmlSeiten, seite } from '../helpers/dist.ts';

const TELEFON = { width: 390, height: 844 };

/** Leistungsseiten mit Vergleichstabelle. */
function seitenMitVergleich(): string[] {
  return htmlSeiten()
    .filter((d) => /^leistungen\/[^/]+\/index\.html$/.test(d))
    .filter((d) => seite(d).querySelector('[data-vergleich]'))
    .map(adresseVon);
}

browserTests('Telefon: Umsetzungen im Vergleich', (umgebung) => {
  it('Beschriftung ganz, Merkmale bleiben beim Scrollen stehen, Daten haben mehr als die halbe Breite', async () => {
    const adressen = seitenMitVergleich();
    expect(adressen.length).toBeGreaterThan(0);
    const kontext = await umgebung().kontext({ viewport: TELEFON, deviceScaleFactor: 1 });
    try {
      for (const adresse of adressen) {
        const page = await kontext.newPage();
        await page.goto(adresse);
        const titel = page.locator('[data-vergleich-titel]');
        await titel.scrollIntoViewIfNeeded();
        const befund = await page.evaluate(() => {
          const titel = document.querySelector<HTMLElement>('[data-vergleich-titel]')!;
          const tabelle = document.querySelector<HTMLElement>('[data-vergleich]')!;
          const rahmen = tabelle.closest<HTMLElement>('.tabelle-rahmen')!;
          rahmen.scrollLeft = rahmen.scrollWidth;
          const r = rahmen.getBoundingClientRect();
          const merkmal = tabelle.querySelector<HTMLElement>('tbody th[scope="row"]')!.getBoundingClientRect();
          const t = titel.getBoundingClientRect();
          return {
            titelGanz: t.left >= 0 && t.right <= innerWidth && titel.scrollWidth <= titel.clientWidth + 1,
            titelText: titel.textContent?.trim() ?? '',
            gescrollt: rahmen.scrollLeft > 0,
            merkmalLinks: Math.abs(merkmal.left - r.left),
            datenAnteil: (r.width - merkmal.width) / r.width,
          };
        });
        expect(befund.titelText.length, adresse).toBeGreaterThan(10);
        expect(befund.titelGanz, adresse).toBe(true);
        // Mehr Spalten als Platz: Es wird gescrollt, und die Merkmale stehen danach noch links im Rahmen.
        if (befund.gescrollt) expect(befund.merkmalLinks, adresse).toBeLessThanOrEqual(2);
        expect(befund.datenAnteil, adresse).toBeGreaterThan(0.5);
        if (adresse === adressen[0]) {
          await page
            .locator('.tabelle-rahmen:has([data-vergleich])')
            .screenshot({ path: '/tmp/atlas-vergleich-390.png' });
        }
        await page.close();
      }
    } finally {
      await kontext.close();
    }
  });
});
