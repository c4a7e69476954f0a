/**
 * Rundweg durch den Beitragseditor in Firefox ESR (puppeteer-core über
 * WebDriver BiDi), derselbe Ablauf wie in Chromium (editor/rundweg.ts):
 * „Im Editor bearbeiten“, „Datei öffnen“, „Dateitext einfügen“ und eine ganze
 * Datei im Textfeld; dazu keine Anfrage an Dritte und kein Skriptfehler.
 */
import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { firefoxTests } from '../helpers/firefox.ts';
import { wartend } from './editor/szenario.ts';
import {
  dateiOeffnen,
  einfuegen,
  imEditorBearbeiten,
  perZwischenablage,
  type RundwegBedienung,
} from './editor/rundweg.ts';

function bedienung(page: Page, basis: string): RundwegBedienung {
  const dialoge: string[] = [];
  const taste = async (kombination: string) => {
    await page.keyboard.down('Control');
    await page.keyboard.press(kombination as 'a');
    await page.keyboard.up('Control');
  };
  page.on('dialog', (dialog) => {
    dialoge.push(dialog.message());
    void dialog.accept();
  });
  const b: RundwegBedienung = {
    dialoge,
    fuegeEin: (selektor, text) => perZwischenablage(b, taste, selektor, text),
    gehe: async (pfad) => {
      await page.goto(`${basis}${pfad}`);
    },
    werte: <T>(ausdruck: string) => page.evaluate(ausdruck) as Promise<T>,
    // Während einer Navigation gibt es kurz keine Seite, in der sich etwas auswerten ließe.
    warte: (ausdruck, zeitMs) => wartend(() => page.evaluate(ausdruck).catch(() => false), zeitMs),
    klicke: (selektor) => page.click(selektor),
    waehleDatei: async (selektor, pfad) => {
      const feld = await page.$(selektor);
      await (feld as unknown as { uploadFile(pfad: string): Promise<void> }).uploadFile(pfad);
    },
    fuelle: async (selektor, text) => {
      await page.$eval(
        selektor,
        (el, wert) => {
          (el as HTMLTextAreaElement).value = wert;
          el.dispatchEvent(new Event('input', { bubbles: true }));
        },
        text,
      );
    },
  };
  return b;
}

firefoxTests('Beitragseditor in Firefox ESR: Dateien öffnen, unverändert zurück', (umgebung) => {
  async function mitSeite(ablauf: (b: RundwegBedienung) => Promise<void>): Promise<void> {
    const { browser, basis } = umgebung();
    const page = await browser.newPage();
    const fremd: string[] = [];
    const fehler: string[] = [];
    page.on('request', (anfrage) => {
      const adresse = anfrage.url();
      if (/^https?:/.test(adresse) && new URL(adresse).origin !== new URL(basis).origin) fremd.push(adresse);
    });
    page.on('pageerror', (f) => fehler.push(f instanceof Error ? f.message : String(f)));
    page.on('console', (m) => {
      if (m.type() === 'error') fehler.push(m.text());
    });
    try {
      await ablauf(bedienung(page, basis));
      expect(fremd, 'Anfragen an fremde Server').toEqual([]);
      expect(fehler, 'Fehler im Browser').toEqual([]);
    } finally {
      await page.close();
    }
  }

  it(
    '„Im Editor bearbeiten“ öffnet die Datei der Seite, ohne Befund und ohne „gibt es schon“',
    { timeout: 180_000 },
    () => mitSeite((b) => imEditorBearbeiten(b, 'landkreis-musterland/umsetzung-wohngeld')),
  );

  it('„Datei öffnen“ übernimmt eine Datei von der Festplatte unverändert', { timeout: 180_000 }, () =>
    mitSeite((b) => dateiOeffnen(b, 'musterhausen/checkliste-zustaendigkeiten')),
  );

  it(
    '„Dateitext einfügen“ und eine ganze Datei im Textfeld; vor dem Ersetzen fragt die Seite',
    { timeout: 180_000 },
    () => mitSeite((b) => einfuegen(b, 'musterstadt/testphase-wohngeld', 'beispieltal/beratung-wohngeld')),
  );
});
