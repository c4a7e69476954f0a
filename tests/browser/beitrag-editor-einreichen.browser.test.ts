/**
 * Einreichen aus dem Beitragseditor, mit eingetragenem Repository und
 * eingetragener Adresse der Redaktion (eigener Build): Mit Fehlern öffnet
 * „Auf GitHub einreichen“ nichts und sagt, was zuerst zu beheben ist, und auch
 * „Per E-Mail senden“ hält an; ohne Fehler öffnet die Plattform die Seite
 * „Neue Datei“, und der E-Mail-Link trägt Betreff und Text. „Mitwirken“ nennt
 * die Adresse statt des Hinweises „Vorlage“.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { browserTests } from '../helpers/browser.ts';

const REPO = 'https://github.example/org/atlas';
const REDAKTION = 'redaktion@atlas.example';
const ausgabe = mkdtempSync(join(tmpdir(), 'atlas-einreichen-'));
const bau = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', ausgabe], {
  env: {
    ...process.env,
    ATLAS_REPO_URL: REPO,
    ATLAS_REDAKTION_EMAIL: REDAKTION,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
  },
  encoding: 'utf8',
});
afterAll(() => rmSync(ausgabe, { recursive: true, force: true }));

describe('Build mit Repository und Adresse der Redaktion', () => {
  it('baut ohne Warnung zur Adresse der Redaktion', () => {
    expect(bau.status, `${bau.stdout}\n${bau.stderr}`).toBe(0);
    expect(`${bau.stdout}${bau.stderr}`).not.toContain('ATLAS_REDAKTION_EMAIL');
  });
});

const text = (page: Page, selektor: string) => page.locator(selektor).innerText();

browserTests(
  'Einreichen aus dem Beitragseditor (Chromium)',
  (umgebung) => {
    it(
      'mit Fehlern öffnet nichts und sagt, was zu tun ist; ohne Fehler öffnen Plattform und E-Mail',
      { timeout: 120_000 },
      async () => {
        const kontext = await umgebung().kontext();
        // Nichts verlässt den Rechner: Die Plattform ist erfunden; was der Editor dort öffnet, wird nur festgehalten.
        const geoeffnet: string[] = [];
        await kontext.route(`${REPO}/**`, (route) => {
          geoeffnet.push(route.request().url());
          return route.abort();
        });
        try {
          const page = await kontext.newPage();
          await page.goto('/mitwirken/beitrag/');
          await page.locator('[data-editor][data-geprueft]').waitFor({ state: 'attached' });
          const feld = (name: string) => page.getByLabel(name, { exact: true });
          await feld('Kommune').selectOption({ label: 'Stadt Musterstadt' });
          await feld('Art des Beitrags').selectOption({ label: 'Erfahrungsbericht' });
          await feld('Titel').fill('Ein halber Beitrag');

          await page.getByRole('button', { name: 'Auf GitHub einreichen', exact: true }).click();
          await expect.poll(() => text(page, '[data-ausgabe-meldung]')).toMatch(/^Noch nicht einreichen: .*Probleme/);
          await page.waitForTimeout(500);
          expect(geoeffnet, 'mit Fehlern öffnet sich keine Plattform').toEqual([]);
          // Jetzt zeigt die Prüfung alles, was fehlt, auch an Feldern, die noch niemand berührt hat.
          expect(await page.locator('ul[data-befunde-fuer="leistung"] li').count()).toBeGreaterThan(0);
          await expect.poll(() => text(page, '[data-einreichen-stand]')).toMatch(/Offen sind \d+ Probleme/);
          await page.locator('[data-ausgabe-meldung]').evaluate((e) => (e.textContent = ''));
          await page.getByRole('link', { name: 'Per E-Mail senden', exact: true }).click();
          await expect.poll(() => text(page, '[data-ausgabe-meldung]')).toMatch(/^Noch nicht einreichen/);

          await feld('Leistung').selectOption({ label: 'Wohngeld' });
          await feld('Kurzbeschreibung').fill('Was Musterstadt im Testbetrieb gelernt hat.');
          await feld('Autorinnen und Autoren').fill('Wohngeldstelle, Stadt Musterstadt (fiktiv)');
          for (const abschnitt of ['Ausgangslage', 'Vorgehen', 'Ergebnis'])
            await feld(abschnitt).fill(`Text zu ${abschnitt}.`);
          await expect
            .poll(() => text(page, '[data-zusammenfassung]'), { timeout: 30_000 })
            .toBe('Keine Probleme gefunden. Die Datei ist bereit.');
          await expect.poll(() => text(page, '[data-einreichen-stand]')).toMatch(/Sie können einreichen/);

          const mail = decodeURIComponent(
            (await page.getByRole('link', { name: 'Per E-Mail senden', exact: true }).getAttribute('href')) ?? '',
          );
          expect(mail).toMatch(
            new RegExp(`^mailto:${REDAKTION}\\?subject=Beitrag für den Nachnutzungsatlas: Ein halber Beitrag&body=`),
          );
          expect(mail).toContain('content/beitraege/musterstadt/ein-halber-beitrag.mdx');
          expect(mail).toContain('## Vorgehen\n\nText zu Vorgehen.');

          await page.getByRole('button', { name: 'Auf GitHub einreichen', exact: true }).click();
          await expect.poll(() => geoeffnet.length).toBe(1);
          expect(geoeffnet[0]).toMatch(
            new RegExp(`^${REPO}/new/main/content/beitraege/musterstadt\\?filename=ein-halber-beitrag\\.mdx&value=`),
          );
          expect(await text(page, '[data-ausgabe-meldung]')).toContain('Propose changes');

          await page.goto('/mitwirken/');
          expect(await page.locator(`main a[href="mailto:${REDAKTION}"]`).count()).toBe(1);
          expect(await page.locator('main').innerText()).not.toMatch(
            /Adresse der Redaktion für Beiträge ohne Git ist noch nicht eingetragen/,
          );
        } finally {
          await kontext.close();
        }
      },
    );
  },
  { wurzel: () => ausgabe, praefix: '/' },
);

browserTests(
  'Einreichen eines bearbeiteten Beitrags und einer neuen Kommune (Chromium)',
  (umgebung) => {
    it(
      'ein Beitrag der Website öffnet „Datei bearbeiten“; Profil und Beitrag nennen beide Dateien',
      { timeout: 120_000 },
      async () => {
        const kontext = await umgebung().kontext();
        const geoeffnet: string[] = [];
        await kontext.route(`${REPO}/**`, (route) => {
          geoeffnet.push(route.request().url());
          return route.abort();
        });
        try {
          const page = await kontext.newPage();
          const feld = (name: string) => page.getByLabel(name, { exact: true });
          // „Im Editor bearbeiten“: Die Datei gibt es, also öffnet die Plattform sie zum Bearbeiten.
          await page.goto('/beitraege/musterstadt/testphase-wohngeld/');
          await page.locator('a[data-im-editor]').click();
          await expect
            .poll(() => page.locator('[data-datei-text]').inputValue(), { timeout: 30_000 })
            .toContain('titel: "Testphase Wohngeld: Was uns die ersten sechs Wochen gezeigt haben"');
          await expect
            .poll(() => text(page, '[data-einreichen-stand]'), { timeout: 30_000 })
            .toMatch(/Sie können einreichen/);
          await page.getByRole('button', { name: 'Auf GitHub einreichen', exact: true }).click();
          await expect.poll(() => text(page, '[data-ausgabe-meldung]')).toMatch(/^Sie ändern einen Beitrag/);
          await page.getByRole('button', { name: '2. Datei auf der Plattform öffnen', exact: true }).click();
          await expect.poll(() => geoeffnet.length).toBeGreaterThan(0);
          expect(new Set(geoeffnet)).toEqual(
            new Set([`${REPO}/edit/main/content/beitraege/musterstadt/testphase-wohngeld.mdx`]),
          );

          // Neue Kommune: Profil und Beitrag, beide Dateien mit Namen.
          await page.goto('/mitwirken/beitrag/');
          await page.locator('[data-editor][data-geprueft]').waitFor({ state: 'attached' });
          page.once('dialog', (dialog) => void dialog.accept());
          await page.getByRole('button', { name: 'Entwurf löschen', exact: true }).click();
          await expect.poll(() => text(page, '[data-speicher-meldung]')).toBe('Der Entwurf wurde gelöscht.');
          await feld('Kommune').selectOption({ label: 'Neue Kommune anlegen …' });
          await feld('Name der Kommune').fill('Gemeinde Neudorf');
          await feld('Art der Gebietskörperschaft').selectOption({ label: 'Gemeinde' });
          await feld('Erfundene Beispielkommune').check();
          await feld('Kontakt (Funktionsadresse)').fill('ozg@neudorf.example');
          await feld('Wohngeld').check();
          await feld('Leistung').selectOption({ label: 'Wohngeld' });
          await feld('Art des Beitrags').selectOption({ label: 'Erfahrungsbericht' });
          await feld('Titel').fill('Erste Schritte');
          await feld('Kurzbeschreibung').fill('Wie Neudorf anfängt.');
          await feld('Autorinnen und Autoren').fill('Bürgerbüro, Gemeinde Neudorf (fiktiv)');
          for (const abschnitt of ['Ausgangslage', 'Vorgehen', 'Ergebnis'])
            await feld(abschnitt).fill(`Text zu ${abschnitt}.`);
          await expect
            .poll(() => text(page, '[data-zusammenfassung]'), { timeout: 30_000 })
            .toBe('Keine Probleme gefunden. Die Datei ist bereit.');
          const mail = decodeURIComponent(
            (await page.getByRole('link', { name: 'Per E-Mail senden', exact: true }).getAttribute('href')) ?? '',
          );
          expect(mail).toContain('Das Profil gehört nach content/kommunen/neudorf.yaml:\n\nname: Gemeinde Neudorf');
          expect(mail).toContain('Der Beitrag gehört nach content/beitraege/neudorf/erste-schritte.mdx');

          await page.getByRole('button', { name: 'Auf GitHub einreichen', exact: true }).click();
          await expect.poll(() => page.locator('[data-zwei-dateien]').isVisible()).toBe(true);
          expect(await text(page, '[data-zwei-dateien]')).toContain('content/beitraege/neudorf/erste-schritte.mdx');
          await page.getByRole('button', { name: '1. Profil auf der Plattform anlegen', exact: true }).click();
          // Chromium fragt eine abgebrochene Seite zuweilen mehrmals an; es zählt, welche Adressen geöffnet wurden.
          await expect.poll(() => geoeffnet.some((a) => a.includes('/new/'))).toBe(true);
          expect(geoeffnet.find((a) => a.includes('/new/'))).toMatch(
            new RegExp(`^${REPO}/new/main/content/kommunen\\?filename=neudorf\\.yaml&value=`),
          );
        } finally {
          await kontext.close();
        }
      },
    );
  },
  { wurzel: () => ausgabe, praefix: '/' },
);
