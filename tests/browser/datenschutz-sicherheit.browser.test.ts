/**
 * Datenschutz und Sicherheit im Browser: Jede Seitenart, die Suche und ein
 * Diagramm samt Zoom-Dialog werden benutzt, während jede Anfrage und jeder
 * Verstoß gegen die Content-Security-Policy mitgeschrieben wird.
 * Erwartet: nur Anfragen an die eigene Website, kein CSP-Verstoß, kein
 * Skriptfehler, keine Cookies und kein Speicher außer der Wahl des
 * Farbschemas und dem Entwurf im Beitragseditor (bis zum Löschen oder
 * Herunterladen) – so, wie es die Datenschutzerklärung sagt.
 */
import type { BrowserContext } from 'playwright-core';
import { expect, it } from 'vitest';
import { ENTWURF_SCHLUESSEL } from '../../src/browser/editor/speicher.ts';
import { THEMA_SCHLUESSEL } from '../../src/lib/thema.ts';
import { url } from '../../src/modell/urls.ts';
import { browserTests } from '../helpers/browser.ts';
import { gespeichert, protokolliere, type Protokoll } from '../helpers/protokoll.ts';
import { alleAdressen, diagrammeZeichnen, seitenJeArt } from '../helpers/seiten.ts';

const NICHTS_GESPEICHERT = {
  cookies: [],
  localStorage: {},
  sessionStorage: {},
  indexedDB: [],
  cacheStorage: [],
  serviceWorker: 0,
};

browserTests('Datenschutz und Content-Security-Policy im Browser', (umgebung) => {
  let kontext: BrowserContext;
  let protokoll: Protokoll;

  /** Ein frischer Kontext mit Protokoll, wie ein erster Besuch. */
  async function neuerBesuch(): Promise<void> {
    kontext = await umgebung().kontext({ colorScheme: 'light' });
    protokoll = await protokolliere(kontext, umgebung().basis);
  }

  it(
    'jede Seitenart lädt nur von der eigenen Website, ohne CSP-Verstoß, und speichert nichts',
    { timeout: 120_000 },
    async () => {
      await neuerBesuch();
      try {
        const seiten = seitenJeArt();
        expect(seiten.size).toBeGreaterThan(10);
        const page = await kontext.newPage();
        const besucht: string[] = [];
        for (const [art, adresse] of seiten) {
          await page.goto(adresse, { waitUntil: 'networkidle' });
          await diagrammeZeichnen(page);
          besucht.push(art);
        }
        // Diagramme wurden unter der CSP wirklich gezeichnet (Mermaid setzt dabei <style> in jedes SVG).
        await page.goto(alleAdressen().find((a) => a.endsWith('/technisch/'))!);
        await diagrammeZeichnen(page);
        expect(await page.locator('figure[data-diagramm][data-zustand="fertig"] svg style').count()).toBeGreaterThan(0);

        expect(protokoll.fremd, 'Anfragen an fremde Server').toEqual([]);
        expect(protokoll.csp, 'CSP-Verstöße').toEqual([]);
        expect(protokoll.fehler, 'Fehler im Browser').toEqual([]);
        expect(protokoll.anfragen.length).toBeGreaterThan(besucht.length);
        expect(await gespeichert(page)).toEqual(NICHTS_GESPEICHERT);
      } finally {
        await kontext.close();
      }
    },
  );

  it('Suche (Kopffeld, Suchseite, Filter) läuft unter der CSP und nur über die eigene Website', async () => {
    await neuerBesuch();
    try {
      const page = await kontext.newPage();
      await page.goto('/leistungen/');
      await page.locator('#kopf-suche').fill('Zustellpunkt');
      await page.locator('#kopf-suche').press('Enter');
      await page.waitForURL(/\/suche\/\?q=Zustellpunkt$/);
      await page.locator('[data-suche][data-bereit]').waitFor();
      await expect.poll(() => page.locator('.treffer').count()).toBeGreaterThan(0);
      await page.getByRole('checkbox', { name: /^Baustein/ }).check();
      await expect.poll(() => new URL(page.url()).searchParams.getAll('art')).toEqual(['Baustein']);
      await page.locator('[data-trefferliste]:not([aria-busy])').waitFor({ state: 'attached' });
      expect(await page.locator('.treffer').count()).toBeGreaterThan(0);
      // Pagefind lädt Index und WebAssembly vom eigenen Server.
      expect(protokoll.anfragen.some((a) => a.endsWith('.wasm') || a.includes('/pagefind/wasm'))).toBe(true);
      expect(protokoll.fremd).toEqual([]);
      expect(protokoll.csp).toEqual([]);
      expect(protokoll.fehler).toEqual([]);
      expect(await gespeichert(page)).toEqual(NICHTS_GESPEICHERT);
    } finally {
      await kontext.close();
    }
  });

  it('Diagramm vergrößern und herunterladen, Farbschema wählen: gespeichert wird nur die Wahl', async () => {
    await neuerBesuch();
    try {
      const page = await kontext.newPage();
      await page.goto(alleAdressen().find((a) => a.endsWith('/technisch/'))!);
      await diagrammeZeichnen(page);
      const figur = page.locator('figure[data-diagramm]').first();
      await figur.getByRole('button', { name: /^Vergrößern/ }).click();
      await page.getByRole('dialog').waitFor();
      await page.keyboard.press('+');
      await page.keyboard.press('Escape');
      await Promise.all([
        page.waitForEvent('download'),
        figur.getByRole('button', { name: /^Als SVG herunterladen/ }).click(),
      ]);
      expect(await gespeichert(page)).toEqual(NICHTS_GESPEICHERT);

      await page.locator('[data-thema-umschalter]').click();
      await expect.poll(() => page.getAttribute('html', 'data-theme')).toBe('dark');
      await page.reload();
      await diagrammeZeichnen(page);
      expect(await gespeichert(page)).toEqual({ ...NICHTS_GESPEICHERT, localStorage: { [THEMA_SCHLUESSEL]: 'dark' } });

      expect(protokoll.fremd).toEqual([]);
      expect(protokoll.csp).toEqual([]);
      expect(protokoll.fehler).toEqual([]);
    } finally {
      await kontext.close();
    }
  });

  it('Beitragseditor: speichert den Entwurf erst beim Eintragen, behält ihn beim Herunterladen und löscht ihn auf Wunsch', async () => {
    await neuerBesuch();
    try {
      const page = await kontext.newPage();
      await page.goto(url.beitragEditor());
      await page.locator('[data-editor][data-geprueft]').waitFor({ state: 'attached' });
      // Nur ansehen hinterlässt nichts.
      expect(await gespeichert(page)).toEqual(NICHTS_GESPEICHERT);

      await page.getByLabel('Titel', { exact: true }).fill('Entwurf für den Datenschutztest');
      await expect.poll(async () => Object.keys((await gespeichert(page)).localStorage)).toEqual([ENTWURF_SCHLUESSEL]);
      const danach = await gespeichert(page);
      expect({ ...danach, localStorage: {} }).toEqual(NICHTS_GESPEICHERT);
      expect(danach.localStorage[ENTWURF_SCHLUESSEL]).toContain('Entwurf für den Datenschutztest');

      await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Datei herunterladen' }).click(),
      ]);
      // Herunterladen löscht den Entwurf nicht mehr (wer weiterarbeitet, soll nicht von vorn anfangen); nur „Entwurf löschen“.
      expect(Object.keys((await gespeichert(page)).localStorage)).toEqual([ENTWURF_SCHLUESSEL]);

      await page.getByLabel('Titel', { exact: true }).fill('Zweiter Entwurf');
      await expect.poll(async () => Object.keys((await gespeichert(page)).localStorage)).toEqual([ENTWURF_SCHLUESSEL]);
      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: 'Entwurf löschen' }).click();
      await expect.poll(() => gespeichert(page)).toEqual(NICHTS_GESPEICHERT);

      expect(protokoll.fremd).toEqual([]);
      expect(protokoll.csp).toEqual([]);
      expect(protokoll.fehler).toEqual([]);
    } finally {
      await kontext.close();
    }
  });
});
