/**
 * Der Anbindungsbogen in Firefox ESR (puppeteer-core über WebDriver BiDi):
 * Transportweg wählen, Formatfehler sehen und beheben, exportieren,
 * importieren, als PDF drucken (höchstens zwei Seiten A4); kein Skriptfehler.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { anbindungExportSchema } from '../../src/schemas/index.ts';
import { firefoxTests } from '../helpers/firefox.ts';
import { pdfSeiten } from '../helpers/pdf.ts';
import { wartend } from './editor/szenario.ts';

firefoxTests('Anbindungsbogen in Firefox ESR', (umgebung) => {
  it('Variante, Fehler und Korrektur, Export, Import, Druck', { timeout: 90_000 }, async () => {
    const { browser, basis, downloads } = umgebung();
    const page = await browser.newPage();
    const fehler: string[] = [];
    page.on('pageerror', (f) => fehler.push(f instanceof Error ? f.message : String(f)));
    page.on('console', (m) => {
      if (m.type() === 'error') fehler.push(m.text());
    });
    try {
      await page.goto(`${basis}/leistungen/wohngeld/anbindung/`);
      await page.click('#variante-osci-xta');
      await page.click('#wert-ars');
      await page.keyboard.type('16051');
      await wartend(() => page.$eval('#wert-ars-fehler', (e) => !(e as HTMLElement).hidden));
      expect(await page.$eval('#wert-ars-fehler', (e) => e.textContent)).toContain('genau 12 Ziffern');
      await page.keyboard.type('0000000');
      await wartend(() => page.$eval('#wert-ars-fehler', (e) => (e as HTMLElement).hidden));
      expect(await page.$eval('#wert-ars', (e) => e.getAttribute('aria-invalid'))).toBe('false');

      await page.click('[data-export]');
      let name = '';
      let inhalt = '';
      // Firefox legt die Datei leer an, schreibt in eine .part-Datei und benennt sie am Ende um: warten, bis JSON darin steht.
      await wartend(async () => {
        name = readdirSync(downloads).find((d) => d.endsWith('.json')) ?? '';
        if (!name || existsSync(join(downloads, `${name}.part`))) return false;
        inhalt = readFileSync(join(downloads, name), 'utf8');
        return inhalt.trim().endsWith('}');
      });
      const datei = anbindungExportSchema.parse(JSON.parse(inhalt));
      expect(datei.leistungen[0]).toMatchObject({ variante: 'osci-xta', werte: { ars: '160510000000' } });

      await page.click('[data-loeschen]');
      expect(await page.$eval('#wert-ars', (e) => (e as HTMLInputElement).value)).toBe('');
      // Der Selektor „input#…“ lässt puppeteer den Typ HTMLInputElement ableiten (uploadFile braucht ihn).
      const eingabe = await page.$('input#import-datei');
      await eingabe!.uploadFile(join(downloads, name));
      await wartend(() => page.$eval('#wert-ars', (e) => (e as HTMLInputElement).value === '160510000000'));
      expect(await page.$eval('[data-datei-meldung]', (e) => e.textContent)).toContain('Import gelungen');

      // Drucken: Firefox erzeugt über WebDriver BiDi ein PDF (Medienemulation gibt es dort nicht).
      const pdf = Buffer.from(await page.pdf({ format: 'a4' }));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      // Firefox packt die Seitenobjekte in komprimierte Ströme; pdfSeiten entpackt sie.
      const seiten = pdfSeiten(pdf);
      console.log(`Anbindungsbogen Wohngeld in Firefox: ${seiten} Druckseiten (A4)`);
      expect(seiten).toBeGreaterThan(0);
      expect(seiten).toBeLessThanOrEqual(2);
      expect(fehler).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
