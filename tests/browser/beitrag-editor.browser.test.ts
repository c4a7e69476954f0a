/**
 * Der Beitragseditor in Chromium: Ein Pilotteam füllt das Formular aus, sieht
 * ein kaputtes Diagramm mit Zeile gemeldet, repariert es, sieht die Vorschau,
 * lädt die Datei herunter, und npm run pruefen nimmt sie an. Dabei keine
 * Anfrage an Dritte, kein CSP-Verstoß, kein Skriptfehler.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { axePruefen, befundText } from '../helpers/axe.ts';
import { browserTests } from '../helpers/browser.ts';
import { protokolliere } from '../helpers/protokoll.ts';
import { schemaWechseln } from '../helpers/seiten.ts';
import { belegterBeitrag, keinWortVerloren, schreibeBeitrag, wartend, type Bedienung } from './editor/szenario.ts';

/** Die Bedienung über Playwright: Felder über ihre Beschriftung, Eingaben über die Tastatur. */
function bedienung(page: Page): Bedienung {
  const feld = (beschriftung: string) => page.getByLabel(beschriftung, { exact: true });
  return {
    waehle: async (beschriftung, option) => {
      await feld(beschriftung).selectOption({ label: option });
    },
    tippe: async (beschriftung, text) => {
      await feld(beschriftung).click();
      await page.keyboard.press('End');
      await page.keyboard.type(text);
    },
    leere: async (beschriftung) => {
      await feld(beschriftung).click();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.press('Backspace');
    },
    werte: (ausdruck) => page.evaluate(ausdruck),
    // waitForFunction mit Text wertet ihn per eval aus, was die CSP der Seite verbietet; evaluate nicht.
    warte: (ausdruck, zeitMs) => wartend(() => page.evaluate(ausdruck), zeitMs),
    lade: async (knopf) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: knopf, exact: true }).click(),
      ]);
      return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
    },
    klicke: (selektor) => page.locator(selektor).click(),
    waehleIn: async (selektor, option) => {
      await page.locator(selektor).selectOption({ label: option });
    },
    neuLaden: async () => {
      await page.reload();
    },
  };
}

browserTests('Beitragseditor in Chromium', (umgebung) => {
  it(
    'Beitrag schreiben, Diagrammfehler sehen und beheben, Vorschau, Herunterladen, npm run pruefen',
    { timeout: 180_000 },
    async () => {
      const kontext = await umgebung().kontext();
      const protokoll = await protokolliere(kontext, umgebung().basis);
      try {
        const page = await kontext.newPage();
        await page.goto('/mitwirken/beitrag/');
        await schreibeBeitrag(bedienung(page));
        expect(protokoll.fremd, 'Anfragen an fremde Server').toEqual([]);
        expect(protokoll.csp, 'CSP-Verstöße').toEqual([]);
        expect(protokoll.fehler, 'Fehler im Browser').toEqual([]);
      } finally {
        await kontext.close();
      }
    },
  );

  it(
    'kein Wort geht verloren: Art hin und her, Fremdes verschieben, neu laden, herunterladen',
    { timeout: 120_000 },
    async () => {
      const kontext = await umgebung().kontext();
      try {
        const page = await kontext.newPage();
        await page.goto('/mitwirken/beitrag/');
        await keinWortVerloren(bedienung(page));
      } finally {
        await kontext.close();
      }
    },
  );

  it(
    'ein neues Pilotteam: Tabelle, Diagramm, Gesetz mit Beleg und Glossarbegriff, in Abstimmung, besteht npm run pruefen',
    { timeout: 180_000 },
    async () => {
      const kontext = await umgebung().kontext();
      try {
        const page = await kontext.newPage();
        await page.goto('/mitwirken/beitrag/');
        await belegterBeitrag(bedienung(page));
      } finally {
        await kontext.close();
      }
    },
  );

  it('ein Entwurf übersteht das Neuladen und verschwindet mit „Entwurf löschen“', { timeout: 60_000 }, async () => {
    const kontext = await umgebung().kontext();
    try {
      const page = await kontext.newPage();
      await page.goto('/mitwirken/beitrag/');
      await page.locator('[data-editor][data-geprueft]').waitFor({ state: 'attached' });
      await page.getByLabel('Titel', { exact: true }).fill('Nicht verlieren');
      await expect
        .poll(() => page.evaluate(() => localStorage.getItem('atlas-beitrag-entwurf')))
        .toContain('Nicht verlieren');
      await page.reload();
      await expect.poll(() => page.getByLabel('Titel', { exact: true }).inputValue()).toBe('Nicht verlieren');
      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: 'Entwurf löschen' }).click();
      await expect.poll(() => page.evaluate(() => localStorage.getItem('atlas-beitrag-entwurf'))).toBeNull();
      expect(await page.getByLabel('Titel', { exact: true }).inputValue()).toBe('');
    } finally {
      await kontext.close();
    }
  });

  it(
    'mit Befunden und Vorschau ohne axe-Verstoß (hell und dunkel), Felder in der Reihenfolge des Formulars per Tab erreichbar',
    { timeout: 120_000 },
    async () => {
      const kontext = await umgebung().kontext({ colorScheme: 'light' });
      try {
        const page = await kontext.newPage();
        await page.goto('/mitwirken/beitrag/');
        await page.locator('[data-editor][data-geprueft]').waitFor({ state: 'attached' });
        // Tastatur: vom Knopf „Entwurf löschen“ aus führt Tab durch „Datei öffnen“, „Dateitext einfügen“,
        // dann durch Kommune, Leistung, Art, Titel.
        await page.getByRole('button', { name: 'Entwurf löschen' }).focus();
        const reihenfolge: string[] = [];
        for (let i = 0; i < 6; i++) {
          await page.keyboard.press('Tab');
          reihenfolge.push(
            await page.evaluate(() => {
              const aktiv = document.activeElement as HTMLElement | null;
              return (
                aktiv?.dataset.feld ?? (aktiv?.hasAttribute('data-oeffnen-datei') ? 'datei' : (aktiv?.tagName ?? ''))
              );
            }),
          );
        }
        expect(reihenfolge).toEqual(['datei', 'SUMMARY', 'kommune', 'leistung', 'art', 'titel']);
        await page.keyboard.type('Mit Tastatur');
        await page.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Stadt Musterstadt' });
        await page.getByLabel('Art des Beitrags', { exact: true }).selectOption({ label: 'Umsetzung' });
        await page
          .getByLabel('Ausgangslage', { exact: true })
          .fill(
            '<Hinweis art="info" titel="Stand">Text</Hinweis>\n\n```mermaid\nflowchart LR\n  accTitle: Weg\n  accDescr: Von A nach B\n  A --> B\n```',
          );
        await page.getByLabel('Umsetzung', { exact: true }).fill('Siehe [Seite](/gibt-es-nicht/).');
        await page.locator('[data-vorschau] figure[data-zustand="fertig"] svg').waitFor({ timeout: 60_000 });
        await expect
          .poll(() => page.locator('ul[data-befunde-fuer="abschnitt:Umsetzung"] li').count())
          .toBeGreaterThan(0);
        // Befunde stehen am Feld und sind mit ihm verbunden.
        const umsetzung = page.getByLabel('Umsetzung', { exact: true });
        expect(await umsetzung.getAttribute('aria-invalid')).toBe('true');
        expect(await umsetzung.getAttribute('aria-describedby')).toContain('-befunde');
        for (const schema of ['light', 'dark'] as const) {
          await schemaWechseln(page, schema);
          const befunde = await axePruefen(page);
          expect(befunde, befundText(`/mitwirken/beitrag/ (${schema})`, befunde)).toEqual([]);
        }
      } finally {
        await kontext.close();
      }
    },
  );
});
