/**
 * Drucken gleich nach dem Öffnen (Chromium): Wer ein Dossier öffnet und sofort
 * druckt, bekommt in jeder Figur ein Diagramm oder dessen Text, nie eine leere
 * Fläche. Der Druckknopf wartet, bis alle Diagramme gezeichnet sind. Und wo ein
 * Druck vor dem Zeichnen kommt (irgendeine Seite), steht der Text da.
 * Firefox ESR: druck-sofort-firefox.browser.test.ts.
 */
import { expect, it } from 'vitest';
import { browserTests } from '../helpers/browser.ts';
import { adresseVon, htmlSeiten, seite } from '../helpers/dist.ts';
import { dossiers, NIE_SICHTBAR, PRUEFE_FIGUREN, type Figurbefund } from './druck-sofort.ts';

browserTests('Drucken gleich nach dem Laden (Chromium)', (umgebung) => {
  it('jedes Dossier: Druckmedium sofort nach „load“, jede Figur zeigt Bild oder Text', async () => {
    const adressen = dossiers();
    expect(adressen.length).toBeGreaterThan(0);
    const kontext = await umgebung().kontext();
    try {
      for (const adresse of adressen) {
        const page = await kontext.newPage();
        await page.goto(adresse, { waitUntil: 'load' });
        await page.emulateMedia({ media: 'print' });
        const figuren = (await page.evaluate(PRUEFE_FIGUREN)) as Figurbefund[];
        expect(figuren.length, adresse).toBeGreaterThan(0);
        for (const f of figuren) {
          expect(f.bild || f.text, `${adresse}#${f.id} (${f.zustand})`).toBe(true);
          expect(f.leer, `${adresse}#${f.id}: leere Fläche`).toBe(false);
        }
        await page.close();
      }
    } finally {
      await kontext.close();
    }
  });

  it('jedes Dossier: „Als PDF speichern“ sofort nach dem Laden druckt erst, wenn alle Diagramme gezeichnet sind', async () => {
    const kontext = await umgebung().kontext();
    // window.print öffnet in Tests keinen Dialog; stattdessen merkt es sich, wie die Figuren beim Aufruf standen.
    await kontext.addInitScript(() => {
      window.print = () => {
        (window as unknown as { gedruckt: string[] }).gedruckt = [
          ...document.querySelectorAll<HTMLElement>('figure[data-diagramm]'),
        ].map((f) => f.dataset['zustand'] ?? '');
      };
    });
    try {
      for (const adresse of dossiers()) {
        const page = await kontext.newPage();
        await page.goto(adresse, { waitUntil: 'domcontentloaded' });
        await page.locator('[data-drucken]').click();
        await page.waitForFunction(() => 'gedruckt' in window, undefined, { timeout: 30_000 });
        const zustaende = await page.evaluate(() => (window as unknown as { gedruckt: string[] }).gedruckt);
        expect(zustaende.length, adresse).toBeGreaterThan(0);
        expect(new Set(zustaende), adresse).toEqual(new Set(['fertig']));
        await page.close();
      }
    } finally {
      await kontext.close();
    }
  });

  it('eine Konzeptseite, deren Diagramme beim Druck noch nicht gezeichnet sind, druckt Titel, Beschreibung und Hinweis', async () => {
    const [datei] = htmlSeiten()
      .filter((d) => /^leistungen\/[^/]+\/(?!dossier\/)[^/]+\/index\.html$/.test(d))
      .sort(
        (a, b) =>
          seite(b).querySelectorAll('figure[data-diagramm]').length -
          seite(a).querySelectorAll('figure[data-diagramm]').length,
      );
    const kontext = await umgebung().kontext();
    await kontext.addInitScript(NIE_SICHTBAR);
    try {
      const page = await kontext.newPage();
      await page.goto(adresseVon(datei!));
      await page.emulateMedia({ media: 'print' });
      const figuren = (await page.evaluate(PRUEFE_FIGUREN)) as Figurbefund[];
      const wartend = figuren.filter((f) => f.zustand === 'wartet');
      expect(wartend.length).toBeGreaterThan(0);
      for (const f of wartend) expect(f, f.id).toMatchObject({ text: true, leer: false });
      await page.locator(`#${wartend[0]!.id}`).screenshot({ path: '/tmp/atlas-druck-ersatz.png' });
    } finally {
      await kontext.close();
    }
  });
});
