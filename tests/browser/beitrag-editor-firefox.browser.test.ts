/**
 * Der Beitragseditor in Firefox ESR, gesteuert von puppeteer-core über
 * WebDriver BiDi: derselbe Ablauf wie in Chromium (editor/szenario.ts), dazu
 * keine Anfrage an Dritte, kein CSP-Verstoß, kein Skriptfehler.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { firefoxTests } from '../helpers/firefox.ts';
import { belegterBeitrag, keinWortVerloren, schreibeBeitrag, wartend, type Bedienung } from './editor/szenario.ts';

/** Die ID des Feldes mit dieser Beschriftung, wie ein Screenreader es fände: über <label for>. */
async function idZu(page: Page, beschriftung: string): Promise<string> {
  const id = await page.evaluate(
    (text) => [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === text)?.htmlFor ?? '',
    beschriftung,
  );
  if (!id) throw new Error(`Kein Feld mit der Beschriftung „${beschriftung}“.`);
  return `#${id}`;
}

function bedienung(page: Page, downloads: string): Bedienung {
  return {
    waehle: async (beschriftung, option) => {
      const feld = await idZu(page, beschriftung);
      const wert = await page.$eval(
        feld,
        (el, text) => [...(el as HTMLSelectElement).options].find((o) => o.text === text)?.value ?? '',
        option,
      );
      await page.select(feld, wert);
    },
    tippe: async (beschriftung, text) => {
      await page.click(await idZu(page, beschriftung));
      await page.keyboard.press('End');
      await page.keyboard.type(text);
    },
    leere: async (beschriftung) => {
      await page.click(await idZu(page, beschriftung));
      await page.keyboard.down('Control');
      await page.keyboard.press('a');
      await page.keyboard.up('Control');
      await page.keyboard.press('Backspace');
    },
    werte: <T>(ausdruck: string) => page.evaluate(ausdruck) as Promise<T>,
    warte: (ausdruck, zeitMs) => wartend(() => page.evaluate(ausdruck), zeitMs),
    lade: async (knopf) => {
      // Nur eine neue Datei zählt: Ein früherer Test kann schon eine in den Ordner gelegt haben.
      const vorher = new Set(readdirSync(downloads));
      const knoepfe = await page.$$('button');
      for (const k of knoepfe) {
        if ((await k.evaluate((el) => el.textContent?.trim())) === knopf) await k.click();
      }
      let name = '';
      await wartend(async () => {
        // Firefox schreibt erst in eine .part-Datei und benennt sie am Ende um.
        name = readdirSync(downloads).find((d) => d.endsWith('.mdx') && !vorher.has(d)) ?? '';
        return name && !existsSync(join(downloads, `${name}.part`));
      });
      return { name, text: readFileSync(join(downloads, name), 'utf8') };
    },
    klicke: (selektor) => page.click(selektor),
    waehleIn: async (selektor, option) => {
      const wert = await page.$eval(
        selektor,
        (el, text) => [...(el as HTMLSelectElement).options].find((o) => o.text === text)?.value ?? '',
        option,
      );
      await page.select(selektor, wert);
    },
    neuLaden: async () => {
      await page.reload();
    },
  };
}

firefoxTests('Beitragseditor in Firefox ESR', (umgebung) => {
  it(
    'Beitrag schreiben, Diagrammfehler sehen und beheben, Vorschau, Herunterladen, npm run pruefen',
    { timeout: 240_000 },
    async () => {
      const { browser, basis, downloads } = umgebung();
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
      // CSP-Verstöße meldet die Seite selbst; das Skript läuft vor jedem Skript der Seite.
      await page.evaluateOnNewDocument(() => {
        const liste: string[] = [];
        (window as unknown as { __csp: string[] }).__csp = liste;
        document.addEventListener(
          'securitypolicyviolation',
          (e) => liste.push(`${e.effectiveDirective} ${e.blockedURI}`),
          true,
        );
      });
      try {
        await page.goto(`${basis}/mitwirken/beitrag/`);
        await schreibeBeitrag(bedienung(page, downloads));
        expect(fremd, 'Anfragen an fremde Server').toEqual([]);
        expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), 'CSP-Verstöße').toEqual([]);
        expect(fehler, 'Fehler im Browser').toEqual([]);
      } finally {
        await page.close();
      }
    },
  );

  it(
    'kein Wort geht verloren: Art hin und her, Fremdes verschieben, neu laden, herunterladen',
    { timeout: 180_000 },
    async () => {
      const { browser, downloads } = umgebung();
      const page = await browser.newPage();
      try {
        await page.goto(`${umgebung().basis}/mitwirken/beitrag/`);
        // Der Entwurf des vorigen Tests bleibt (wie gewollt) im Browser; dieser Test beginnt leer.
        await page.evaluate(() => localStorage.clear());
        await page.reload();
        await keinWortVerloren(bedienung(page, downloads));
      } finally {
        await page.close();
      }
    },
  );

  it(
    'ein neues Pilotteam: Tabelle, Diagramm, Gesetz mit Beleg und Glossarbegriff, in Abstimmung, besteht npm run pruefen',
    { timeout: 240_000 },
    async () => {
      const { browser, downloads } = umgebung();
      const page = await browser.newPage();
      try {
        await page.goto(`${umgebung().basis}/mitwirken/beitrag/`);
        await page.evaluate(() => localStorage.clear());
        await page.reload();
        await belegterBeitrag(bedienung(page, downloads));
      } finally {
        await page.close();
      }
    },
  );
});
