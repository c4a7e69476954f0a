/**
 * Barrierefreiheit mit axe-core (WCAG 2.0/2.1/2.2, A und AA) über jede Seite
 * der gebauten Website, im hellen und im dunklen Farbschema, mit gezeichneten
 * Diagrammen; dazu die Zustände, die erst durch Bedienung entstehen
 * (Suchergebnisse, Zoom-Dialog, offenes Menü auf schmalem Bildschirm).
 * Abgeschaltete Regeln stehen mit Grund in tests/helpers/axe.ts.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { axePruefen, befundText } from '../helpers/axe.ts';
import { browserTests } from '../helpers/browser.ts';
import { alleAdressen, diagrammeZeichnen, parallel, schemaWechseln } from '../helpers/seiten.ts';

/** Seiten zugleich: Auf zwei Kernen (CI) bringen mehr kaum Zeit, aber Unruhe. */
const GLEICHZEITIG = 3;

/** Prüft die Seite hell, wechselt auf dunkel und prüft wieder; gibt die Befunde als Text zurück. */
async function beideSchemata(page: Page, adresse: string): Promise<string[]> {
  const texte: string[] = [];
  for (const schema of ['light', 'dark'] as const) {
    await schemaWechseln(page, schema);
    const befunde = await axePruefen(page);
    if (befunde.length) texte.push(befundText(`${adresse} (${schema})`, befunde));
  }
  return texte;
}

browserTests('Barrierefreiheit (axe-core)', (umgebung) => {
  it('jede Seite ist ohne Verstoß, hell und dunkel, mit gezeichneten Diagrammen', { timeout: 600_000 }, async () => {
    const adressen = alleAdressen();
    expect(adressen.length).toBeGreaterThan(50);
    const kontext = await umgebung().kontext({ colorScheme: 'light' });
    try {
      const seiten = await Promise.all(Array.from({ length: GLEICHZEITIG }, () => kontext.newPage()));
      const befunde = await parallel(adressen, GLEICHZEITIG, async (adresse, arbeiter) => {
        const page = seiten[arbeiter]!;
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(adresse);
        await diagrammeZeichnen(page);
        return beideSchemata(page, adresse);
      });
      const alle = befunde.flat();
      expect(alle, `Verstöße:\n${alle.join('\n')}`).toEqual([]);
    } finally {
      await kontext.close();
    }
  });

  it('Suchergebnisse mit Filtern sind ohne Verstoß', async () => {
    const kontext = await umgebung().kontext({ colorScheme: 'light' });
    try {
      const page = await kontext.newPage();
      await page.goto('/suche/?q=Wohngeld');
      await page.locator('[data-suche][data-bereit]').waitFor();
      await page.locator('.treffer').first().waitFor();
      const befunde = await beideSchemata(page, '/suche/?q=Wohngeld');
      expect(befunde, befunde.join('\n')).toEqual([]);
    } finally {
      await kontext.close();
    }
  });

  it('der offene Zoom-Dialog eines Diagramms ist ohne Verstoß', async () => {
    const kontext = await umgebung().kontext({ colorScheme: 'light' });
    try {
      const page = await kontext.newPage();
      const adresse = alleAdressen().find((a) => a.endsWith('/technisch/'))!;
      await page.goto(adresse);
      await diagrammeZeichnen(page);
      await page
        .getByRole('button', { name: /^Vergrößern/ })
        .first()
        .click();
      await page.getByRole('dialog').waitFor();
      const befunde = await beideSchemata(page, `${adresse} (Zoom-Dialog)`);
      expect(befunde, befunde.join('\n')).toEqual([]);
    } finally {
      await kontext.close();
    }
  });

  it('das offene Menü auf einem schmalen Bildschirm ist ohne Verstoß', async () => {
    const kontext = await umgebung().kontext({ colorScheme: 'light', viewport: { width: 320, height: 640 } });
    try {
      const page = await kontext.newPage();
      await page.goto('/leistungen/');
      await page.getByRole('button', { name: 'Menü' }).click();
      await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
      const befunde = await beideSchemata(page, '/leistungen/ (Menü offen, 320 px)');
      expect(befunde, befunde.join('\n')).toEqual([]);
    } finally {
      await kontext.close();
    }
  });
});
