/**
 * Die Suchseite in einem echten Browser (Chromium) über dist/: tippen,
 * Treffer sehen, Filter anhaken, URL und Liste ändern sich, Neu laden und
 * Zurück zeigen denselben Stand; die Taste „/“ und das Suchfeld im Kopf.
 */
import { afterEach, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { pruefeInhaltsordner } from '../../src/pruefung/node/index.ts';
import type { Leistung } from '../../src/schemas/index.ts';
import { browserTests } from '../helpers/browser.ts';

const { eintraege } = await pruefeInhaltsordner('content');
const leistungen = eintraege.filter((e) => e.sammlung === 'leistungen').map((e) => (e.daten as Leistung).titel);
const bausteine = eintraege.filter((e) => e.sammlung === 'querschnitt').length;

browserTests('Suchseite im Browser', (umgebung) => {
  const offen: BrowserContext[] = [];
  afterEach(async () => {
    await Promise.all(offen.splice(0).map((k) => k.close()));
  });

  async function oeffne(pfad: string, breite = 1280): Promise<Page> {
    const kontext = await umgebung().kontext({ viewport: { width: breite, height: 900 } });
    offen.push(kontext);
    const seite = await kontext.newPage();
    const fehler: string[] = [];
    seite.on('pageerror', (e) => fehler.push(e.message));
    seite.on('console', (m) => m.type() === 'error' && fehler.push(m.text()));
    await seite.goto(pfad);
    if (pfad.startsWith('/suche/')) await bereit(seite);
    expect(fehler, 'Fehler im Browser').toEqual([]);
    return seite;
  }

  /** Wartet, bis die Suche geladen ist und keine Suche mehr läuft. */
  async function bereit(seite: Page): Promise<void> {
    await seite.locator('[data-suche][data-bereit]').waitFor();
    await seite.locator('[data-trefferliste]:not([aria-busy])').waitFor({ state: 'attached' });
  }

  const status = (seite: Page) => seite.locator('#suche-status').textContent();
  const titel = (seite: Page) => seite.locator('.treffer-titel').allTextContents();
  const query = (seite: Page) => new URL(seite.url()).searchParams;

  it('tippen, Treffer sehen, Filter anhaken, URL ändert sich, Neu laden und Zurück behalten den Stand', async () => {
    const seite = await oeffne('/suche/');
    await seite.locator('#suche-q').pressSequentially('Wohnsitzanmeldung');
    // Bis 10 s: Auf dem geteilten Testrechner braucht die Suche beim ersten Mal länger als die Vorgabe von 1 s.
    await expect.poll(() => status(seite), { timeout: 10_000 }).toMatch(/^\d+ Treffer für „Wohnsitzanmeldung“$/);
    const alle = await titel(seite);
    expect(alle.length).toBeGreaterThan(3);
    expect(query(seite).get('q')).toBe('Wohnsitzanmeldung');

    // Mit der Tastatur anhaken: Fokus auf das Kästchen, Leertaste.
    const musterstadt = seite.getByRole('checkbox', { name: /Stadt Musterstadt/ });
    await musterstadt.focus();
    await seite.keyboard.press('Space');
    await expect.poll(() => query(seite).getAll('kommune')).toEqual(['Stadt Musterstadt']);
    await bereit(seite);
    const gefiltert = await titel(seite);
    expect(gefiltert.length).toBeGreaterThan(0);
    expect(gefiltert.length).toBeLessThan(alle.length);
    for (const zeile of await seite.locator('.treffer-einordnung').allTextContents()) {
      expect(zeile === 'Kommunenprofil' || zeile.includes('Stadt Musterstadt'), zeile).toBe(true);
    }
    await expect.poll(() => status(seite)).toBe(`${gefiltert.length} Treffer für „Wohnsitzanmeldung“`);

    await seite.reload();
    await bereit(seite);
    expect(await seite.locator('#suche-q').inputValue()).toBe('Wohnsitzanmeldung');
    expect(await musterstadt.isChecked()).toBe(true);
    expect(await titel(seite)).toEqual(gefiltert);

    await seite.goBack();
    await expect.poll(() => query(seite).getAll('kommune')).toEqual([]);
    await bereit(seite);
    expect(await musterstadt.isChecked()).toBe(false);
    await expect.poll(() => titel(seite)).toEqual(alle);
    await seite.close();
  });

  it('/suche/?q=Zustellpunkt zeigt den Baustein FIT-Connect unter den ersten Treffern', async () => {
    const seite = await oeffne('/suche/?q=Zustellpunkt');
    expect((await titel(seite)).slice(0, 3)).toContain('FIT-Connect');
    const fitConnect = seite.locator('.treffer:has(a[href="/querschnitt/fit-connect/"])');
    expect(await fitConnect.locator('a').textContent()).toBe('FIT-Connect');
    expect(await fitConnect.locator('mark').first().textContent()).toMatch(/Zustellpunkt/);
    expect(await fitConnect.locator('.status').textContent()).toMatch(/Freigegeben/);
    expect(await fitConnect.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await seite.close();
  });

  it('Filter ohne Suchbegriff: ODER in einer Facette, Sortierung nach Datum, Zahlen an den Werten', async () => {
    const seite = await oeffne('/suche/?art=Leistung');
    expect((await titel(seite)).sort()).toEqual([...leistungen].sort());
    expect(await status(seite)).toBe(`${leistungen.length} Seiten passen zu den gewählten Filtern`);
    expect(await seite.locator('.facette[data-facette="art"] label', { hasText: 'Baustein' }).textContent()).toContain(
      `(${bausteine})`,
    );
    await seite.getByRole('checkbox', { name: /^Baustein/ }).check();
    await expect.poll(() => query(seite).getAll('art')).toEqual(['Baustein', 'Leistung']);
    await bereit(seite);
    const gesamt = leistungen.length + bausteine;
    expect(await status(seite)).toBe(`${gesamt} Seiten passen zu den gewählten Filtern`);
    // Zehn Treffer auf einmal; der Knopf lädt die nächsten und setzt den Fokus auf den ersten neuen.
    while ((await titel(seite)).length < gesamt) {
      const vorher = (await titel(seite)).length;
      expect(vorher).toBe(10 * Math.ceil(vorher / 10));
      await seite.getByRole('button', { name: 'Weitere Treffer anzeigen' }).click();
      await expect.poll(() => titel(seite).then((t) => t.length)).toBeGreaterThan(vorher);
      expect(
        await seite
          .locator('.treffer a')
          .nth(vorher)
          .evaluate((a) => a === document.activeElement),
      ).toBe(true);
    }
    expect(await seite.getByRole('button', { name: 'Weitere Treffer anzeigen' }).isHidden()).toBe(true);

    await seite.selectOption('#suche-sortierung', 'datum');
    await expect.poll(() => query(seite).get('sort')).toBe('datum');
    await bereit(seite);
    const daten = await seite.locator('.treffer time').evaluateAll((z) => z.map((t) => t.getAttribute('datetime')!));
    expect(daten).toEqual([...daten].sort().reverse());
    await seite.close();
  });

  it('„/“ springt ins Suchfeld im Kopf; Absenden führt zur Suchseite', async () => {
    const seite = await oeffne('/leistungen/');
    await seite.keyboard.press('/');
    expect(await seite.evaluate(() => document.activeElement?.id)).toBe('kopf-suche');
    await seite.keyboard.type('eWA');
    await seite.keyboard.press('Enter');
    await seite.waitForURL(/\/suche\/\?q=eWA$/);
    await bereit(seite);
    expect((await titel(seite))[0]).toBe('Wohnsitzanmeldung');
    // Auf der Suchseite führt „/“ in ihr eigenes Feld, aber nicht aus einem Formularfeld heraus.
    await seite.locator('.treffer a').first().focus();
    await seite.keyboard.press('/');
    expect(await seite.evaluate(() => document.activeElement?.id)).toBe('suche-q');
    await seite.keyboard.press('End');
    await seite.keyboard.type('/');
    expect(await seite.locator('#suche-q').inputValue()).toBe('eWA/');
    await seite.close();
  });

  it('sagt, wenn keine Seite alle Wörter einer Frage enthält, und zeigt die nächstbesten Treffer', async () => {
    // „Brieftaube“ steht auf keiner Seite (höchstens ähnliche Wörter): Die Suche nimmt weniger Wörter und sagt es.
    const seite = await oeffne('/suche/?q=Wer+hat+Wohngeld+schon+per+Brieftaube+angebunden%3F');
    expect(await status(seite)).toMatch(
      /^Keine Seite enthält alle Suchwörter \(„[^“]*Brieftaube[^“]*“\)\. \d+ Treffer für einen Teil davon; bei jedem steht, welches Wort ihm fehlt\.$/,
    );
    // Jeder Treffer sagt, welches Wort ihm fehlt.
    expect(await seite.locator('.treffer-ohne').first().textContent()).toMatch(/^Enthält nicht: „/);
    expect((await titel(seite)).length).toBeGreaterThan(0);
    expect(await seite.locator('#suche-q').inputValue()).toBe('Wer hat Wohngeld schon per Brieftaube angebunden?');
    await seite.close();
  });

  it('klappt die Filter auf schmalen Bildschirmen zu und öffnet sie per Tastatur', async () => {
    const seite = await oeffne('/suche/?q=Wohngeld&art=Leistung', 390);
    const klappe = seite.locator('[data-filter-klappe]');
    expect(await klappe.getAttribute('open')).toBeNull();
    expect(await klappe.locator('summary').textContent()).toContain('(1 gewählt)');
    const leistung = seite.getByRole('checkbox', { name: /^Leistung/ });
    expect(await leistung.isVisible()).toBe(false);
    await klappe.locator('summary').focus();
    await seite.keyboard.press('Enter');
    expect(await leistung.isVisible()).toBe(true);
    expect(await leistung.isChecked()).toBe(true);
    await seite.close();
  });

  it('meldet die Zahl der Treffer in einer Live-Region', async () => {
    const seite = await oeffne('/suche/?q=OSCI');
    const region = seite.locator('#suche-status');
    expect(await region.getAttribute('role')).toBe('status');
    expect(await region.getAttribute('aria-live')).toBe('polite');
    expect(await region.textContent()).toMatch(/^\d+ Treffer für „OSCI“$/);
    await seite.close();
  });

  it('zeigt die Seite, die das Gesuchte ist, zuerst: den Baustein bei „OSCI“, das Profil beim Namen einer Kommune', async () => {
    for (const [q, erster] of [
      ['OSCI', 'DVDV, OSCI-Transport und XTA'],
      ['Landkreis Musterland', 'Landkreis Musterland'],
      ['Musterstadt', 'Stadt Musterstadt'],
    ] as const) {
      const seite = await oeffne(`/suche/?q=${encodeURIComponent(q)}`);
      expect((await titel(seite))[0], q).toBe(erster);
      await seite.close();
    }
  });

  it('ergänzt wenige Treffer für alle Wörter um Treffer für weniger Wörter, die mit allen Wörtern zuerst', async () => {
    const seite = await oeffne('/suche/?q=Schulung+der+Sachbearbeitung');
    const text = (await status(seite)) ?? '';
    const [, alle] =
      /^\d+ Treffer für „Schulung Sachbearbeitung“\. Oben stehen? (\d+|eine) Seiten? mit allen Suchwörtern/.exec(
        text,
      ) ?? [];
    expect(alle, text).toBeDefined();
    const n = alle === 'eine' ? 1 : Number(alle);
    const ohne = await seite
      .locator('.treffer')
      .evaluateAll((lis) => lis.map((li) => li.querySelector('.treffer-ohne')?.textContent ?? ''));
    // Die ersten n Treffer haben alle Wörter (kein Hinweis), alle danach sagen, welches Wort fehlt.
    expect(ohne.slice(0, n)).toEqual(Array(n).fill(''));
    expect(ohne.length).toBeGreaterThan(n);
    for (const zeile of ohne.slice(n)) expect(zeile).toMatch(/^Enthält nicht: „(Schulung|Sachbearbeitung)“$/);
    await seite.close();
  });
});
