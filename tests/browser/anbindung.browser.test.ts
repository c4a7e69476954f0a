/**
 * Der Anbindungsbogen in Chromium, wie eine Kommune ihn benutzt: Transportweg
 * wählen, Werte eintragen (ein Formatfehler wird gezeigt und verschwindet nach
 * der Korrektur), Aufgaben passen sich an, exportieren, neu laden, importieren,
 * drucken; dabei kein Skriptfehler und kein CSP-Verstoß. Ausgefüllt druckt jeder
 * Bogen mit jedem Transportweg auf höchstens zwei Seiten A4. Ohne JavaScript ist
 * die Seite lesbar und druckbar.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { anbindungExportSchema, WERT_FORMATE, type Anbindung } from '../../src/schemas/index.ts';
import { browserTests } from '../helpers/browser.ts';
import { htmlSeiten } from '../helpers/dist.ts';
import { pdfSeiten } from '../helpers/pdf.ts';

const SEITE = '/leistungen/wohngeld/anbindung/';
/** Ein Schritt in „Aufgaben nach Rolle“. */
const aufgabe = (page: Page, text: string) => page.locator('[data-rolle] li', { hasText: text });

browserTests('Anbindungsbogen', (umgebung) => {
  it('Variante wählen, Fehler sehen und beheben, exportieren, importieren, drucken', async () => {
    const kontext = await umgebung().kontext();
    const page = await kontext.newPage();
    const probleme: string[] = [];
    page.on('pageerror', (f) => probleme.push(f.message));
    page.on('console', (m) => m.type() === 'error' && probleme.push(m.text()));
    await page.goto(SEITE);
    // Wer nur ansieht, hinterlässt nichts im Browser.
    expect(await page.evaluate(() => localStorage.length)).toBe(0);

    await page.getByLabel('OSCI/XTA über DVDV und Intermediär').check();
    // Der Schritt nur für FIT-Connect verschwindet, der für OSCI bleibt.
    await expect
      .poll(() => aufgabe(page, 'Zustellpunkt im Self-Service-Portal von FIT-Connect anlegen').isVisible())
      .toBe(false);
    expect(await aufgabe(page, 'DVDV-Eintrag bei der DVDV-pflegenden Stelle des Landes beauftragen').isVisible()).toBe(
      true,
    );

    const ars = page.getByLabel('Amtlicher Regionalschlüssel (ARS)');
    await ars.fill('16051');
    const fehler = page.locator('#wert-ars-fehler');
    await expect.poll(() => fehler.textContent()).toContain('genau 12 Ziffern');
    expect(await ars.getAttribute('aria-invalid')).toBe('true');
    await ars.fill('160510000000');
    await expect.poll(() => fehler.isVisible()).toBe(false);
    expect(await ars.getAttribute('aria-invalid')).toBe('false');
    await page.getByLabel('Link zur Datenschutzerklärung').fill('https://www.beispiel.de/datenschutz');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Als JSON-Datei exportieren' }).click(),
    ]);
    const datei = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    const export_ = anbindungExportSchema.parse(datei);
    expect(export_.leistungen[0]).toMatchObject({
      leistung: 'wohngeld',
      variante: 'osci-xta',
      werte: { ars: '160510000000' },
    });

    // Nach dem Neuladen ist alles noch da (localStorage).
    await page.reload();
    expect(await page.getByLabel('Amtlicher Regionalschlüssel (ARS)').inputValue()).toBe('160510000000');

    // Löschen, dann importieren: Werte und Variante kommen zurück.
    await page.getByRole('button', { name: 'Eingaben in diesem Browser löschen' }).click();
    expect(await page.getByLabel('Amtlicher Regionalschlüssel (ARS)').inputValue()).toBe('');
    await page.getByLabel('JSON-Datei importieren').setInputFiles((await download.path())!);
    await expect.poll(() => page.getByLabel('Amtlicher Regionalschlüssel (ARS)').inputValue()).toBe('160510000000');
    expect(await page.getByLabel('OSCI/XTA über DVDV und Intermediär').isChecked()).toBe(true);
    expect(await page.getByRole('status').filter({ hasText: 'Import gelungen' }).count()).toBe(1);

    // Drucken: Knöpfe und Erklärungen weg, gewählter Weg und Werte da; das leere Feld, das nur
    // FIT-Connect braucht, fällt weg; höchstens zwei Seiten A4.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Als JSON-Datei exportieren' }).isVisible()).toBe(false);
    expect(await page.getByText('FIT-Connect mit Zustellpunkt', { exact: true }).isVisible()).toBe(false);
    expect(await page.locator('[data-wert="destination-id"]').isVisible()).toBe(false);
    expect(await page.locator('[data-wert="ars"]').isVisible()).toBe(true);
    expect(await page.getByText('Tragen Sie die Werte Ihrer Kommune ein.').isVisible()).toBe(false);
    const seiten = pdfSeiten(await page.pdf({ format: 'A4' }));
    console.log(`Anbindungsbogen Wohngeld: ${seiten} Druckseiten (A4)`);
    expect(seiten).toBeGreaterThan(0);
    expect(seiten).toBeLessThanOrEqual(2);

    expect(probleme).toEqual([]);
    await kontext.close();
  });

  // Zehn Bögen ausfüllen und drucken dauert auf zwei geteilten Kernen knapp eine Minute.
  it(
    'ausgefüllt druckt jeder Bogen mit jedem Transportweg auf höchstens zwei Seiten A4, lange Werte ganz',
    {
      timeout: 180_000,
    },
    async () => {
      const seiten = htmlSeiten()
        .map((datei) => /leistungen\/([a-z0-9-]+)\/anbindung\/index\.html$/.exec(datei)?.[1])
        .filter((l): l is string => Boolean(l));
      expect(seiten.length).toBeGreaterThanOrEqual(6);
      // Erfundene Werte in jedem Format, die Webadresse absichtlich lang.
      const beispiel: Record<keyof typeof WERT_FORMATE, string> = {
        ars: '160000000000',
        ags: '16000000',
        leistungsschluessel: '99000000000000',
        url: 'https://www.beispiel-kommune.example/rathaus/verwaltung/datenschutz/datenschutzhinweise-online-dienste',
        email: 'poststelle@beispiel-kommune.example',
        text: 'Beispielwert 1234-ABC',
      };
      const ergebnis: string[] = [];
      const kontext = await umgebung().kontext();
      for (const leistung of seiten) {
        const page = await kontext.newPage();
        await page.goto(`/leistungen/${leistung}/anbindung/`);
        const { anbindung } = JSON.parse((await page.getAttribute('[data-anbindung]', 'data-anbindung'))!) as {
          anbindung: Anbindung;
        };
        for (const variante of anbindung.varianten) {
          await page.evaluate(() => localStorage.clear());
          await page.reload();
          await page.locator(`#variante-${variante.id}`).check();
          await page.locator('#kommune').fill('Musterstadt (fiktiv)');
          for (const w of anbindung.werte) {
            if (!w.varianten?.length || w.varianten.includes(variante.id)) {
              await page.locator(`#wert-${w.id}`).fill(beispiel[w.format]);
            }
          }
          await page.emulateMedia({ media: 'print' });
          const lang = page.locator('.wert .druckwert', { hasText: beispiel.url });
          if ((await lang.count()) > 0) expect(await lang.first().isVisible()).toBe(true);
          const n = pdfSeiten(await page.pdf({ format: 'A4' }));
          ergebnis.push(`${leistung}/${variante.id}: ${n}`);
          await page.emulateMedia({ media: 'screen' });
        }
        await page.close();
      }
      await kontext.close();
      console.log(`Druckseiten (A4) je Bogen und Transportweg: ${ergebnis.join(', ')}`);
      expect(ergebnis.filter((e) => !/: [12]$/.test(e))).toEqual([]);
    },
  );

  it('ohne JavaScript: alle Transportwege, Felder, Aufgaben und Quellen lesbar, Knöpfe verborgen', async () => {
    const kontext = await umgebung().kontext({ javaScriptEnabled: false });
    const page = await kontext.newPage();
    await page.goto(SEITE);
    expect(await page.getByText('FIT-Connect mit Zustellpunkt', { exact: true }).isVisible()).toBe(true);
    expect(await aufgabe(page, 'Zustellpunkt im Self-Service-Portal von FIT-Connect anlegen').isVisible()).toBe(true);
    expect(await page.getByLabel('Amtlicher Regionalschlüssel (ARS)').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Als JSON-Datei exportieren' }).isVisible()).toBe(false);
    expect(await page.getByText('Ohne JavaScript: Bogen ausdrucken und von Hand ausfüllen.').isVisible()).toBe(true);
    await kontext.close();
  });
});

browserTests('Anbindungsplan über mehrere Leistungen', (umgebung) => {
  it('drei Leistungen mit OSCI: jede gemeinsame Arbeit einmal, mit den drei Leistungen; Export', async () => {
    const kontext = await umgebung().kontext();
    const page = await kontext.newPage();
    const probleme: string[] = [];
    page.on('pageerror', (f) => probleme.push(f.message));
    page.on('console', (m) => m.type() === 'error' && probleme.push(m.text()));
    await page.goto('/anbindung/');
    const gewaehlt = ['Wohngeld', 'Wohnsitzanmeldung', 'Unterhaltsvorschuss'];
    for (const box of await page.getByRole('checkbox').all()) {
      const name = await page.locator(`label[for="${await box.getAttribute('id')}"]`).textContent();
      await box.setChecked(gewaehlt.includes(name!.trim()));
    }
    for (const name of gewaehlt) {
      await page.getByLabel(`Transportweg: ${name}`).selectOption({ label: 'OSCI/XTA über DVDV und Intermediär' });
    }
    const dvdv = page.locator('[data-gemeinsam="dvdv-eintrag"]');
    await expect.poll(() => dvdv.count()).toBe(1);
    expect(await dvdv.textContent()).toContain('schaltet frei: Wohnsitzanmeldung, Wohngeld, Unterhaltsvorschuss');
    expect(await page.locator('[data-gemeinsam="fit-connect-zustellpunkt"]').count()).toBe(0);
    expect(await page.locator('[data-plan-leistung]').count()).toBe(3);
    // Kein gemeinsamer Schritt steht noch einmal bei einer Leistung.
    expect(await page.locator('[data-plan-leistung] li', { hasText: 'DVDV-Eintrag' }).count()).toBe(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Als JSON-Datei exportieren' }).click(),
    ]);
    const datei = anbindungExportSchema.parse(JSON.parse(readFileSync((await download.path())!, 'utf8')));
    expect(datei.leistungen.map((l) => l.leistung)).toEqual(['wohnsitzanmeldung', 'wohngeld', 'unterhaltsvorschuss']);
    await page.reload();
    expect(await page.locator('[data-plan-leistung]').count()).toBe(3);
    expect(probleme).toEqual([]);
    await kontext.close();
  });
});
