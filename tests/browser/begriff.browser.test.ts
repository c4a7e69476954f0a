/**
 * Glossarbegriffe im echten Browser: Die Erklärung erscheint bei Zeiger und
 * Fokus, bleibt beim Überfahren des Tooltips stehen, schließt mit Escape
 * (WCAG 1.4.13), und der Link führt ohne JavaScript ins Glossar.
 */
import { expect, it } from 'vitest';
import { htmlSeiten, adresseVon, seite } from '../helpers/dist.ts';
import { browserTests } from '../helpers/browser.ts';

/** Eine Konzeptseite mit Begriff, aus dist/. */
function seiteMitBegriff(): string {
  const datei = htmlSeiten().find(
    (d) =>
      /^leistungen\/[^/]+\/[^/]+\/index\.html$/.test(d) &&
      !d.includes('/dossier/') &&
      seite(d).querySelector('a.begriff'),
  );
  if (!datei) throw new Error('Keine Konzeptseite mit <Begriff> in dist/.');
  return adresseVon(datei);
}

browserTests('Begriff mit Erklärung', (umgebung) => {
  it('zeigt die Erklärung bei Zeiger und Fokus und schließt sie mit Escape', async () => {
    const kontext = await umgebung().kontext();
    const page = await kontext.newPage();
    await page.goto(seiteMitBegriff());
    const link = page.locator('a.begriff').first();
    const tipp = page.locator(`#${await link.getAttribute('aria-describedby')}`);
    expect(await tipp.isVisible()).toBe(false);

    await link.hover();
    await expect.poll(() => tipp.isVisible()).toBe(true);
    // Der Zeiger kann auf den Tooltip wandern, ohne dass er verschwindet.
    await tipp.hover();
    expect(await tipp.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => tipp.isVisible()).toBe(false);

    await page.mouse.move(0, 0);
    await link.focus();
    await expect.poll(() => tipp.isVisible()).toBe(true);
    // Der Screenreader hört die Erklärung als Beschreibung des Links.
    expect(
      await link.evaluate((a) => (a as HTMLAnchorElement).ariaDescribedByElements?.[0]?.textContent ?? null),
    ).toContain((await tipp.textContent())!.slice(0, 20));
    await page.keyboard.press('Escape');
    await expect.poll(() => tipp.isVisible()).toBe(false);
    await kontext.close();
  });

  it('auf 320 px Breite steht die Erklärung im Bild und verbreitert die Seite nicht', async () => {
    const kontext = await umgebung().kontext({ viewport: { width: 320, height: 640 } });
    const page = await kontext.newPage();
    await page.goto(seiteMitBegriff());
    // Verglichen wird mit der Breite vorher: Der Tooltip darf nichts überstehen lassen.
    const breiteVorher = await page.evaluate(() => document.documentElement.scrollWidth);
    const link = page.locator('a.begriff').last();
    await link.focus();
    const tipp = page.locator(`#${await link.getAttribute('aria-describedby')}`);
    await expect.poll(() => tipp.isVisible()).toBe(true);
    const kasten = (await tipp.boundingBox())!;
    expect(kasten.x).toBeGreaterThanOrEqual(0);
    expect(kasten.x + kasten.width).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(breiteVorher);
    await kontext.close();
  });

  it('ohne JavaScript ist der Begriff ein gewöhnlicher Link ins Glossar', async () => {
    const kontext = await umgebung().kontext({ javaScriptEnabled: false });
    const page = await kontext.newPage();
    await page.goto(seiteMitBegriff());
    const link = page.locator('a.begriff').first();
    const ziel = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForURL(`**${ziel}`);
    expect(await page.locator(`[id="${ziel.split('#')[1]}"]`).isVisible()).toBe(true);
    await kontext.close();
  });
});
