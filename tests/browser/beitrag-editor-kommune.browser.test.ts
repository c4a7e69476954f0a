/**
 * Eine neue Kommune im Beitragseditor (Chromium): „Neue Kommune anlegen“,
 * Profil ausfüllen, ersten Beitrag schreiben. Ein fehlendes Feld des Profils
 * meldet die Prüfung an seiner Beschriftung; vollständig meldet sie nichts.
 * Beide heruntergeladenen Dateien bestehen zusammen npm run pruefen.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { istFehler } from '../../src/pruefung/kern/befund.ts';
import { axePruefen, befundText } from '../helpers/axe.ts';
import { pruefeInhaltsordner } from '../../src/pruefung/node/index.ts';
import { browserTests } from '../helpers/browser.ts';
import { protokolliere } from '../helpers/protokoll.ts';
import { schemaWechseln } from '../helpers/seiten.ts';
import { wartend } from './editor/szenario.ts';

const geprueft = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLElement>('[data-editor]')?.dataset.geprueft ?? '');

/** Wartet, bis die Prüfung nach der letzten Eingabe gelaufen ist. */
async function nachPruefung(page: Page, vorher: string): Promise<void> {
  await wartend(async () => (await geprueft(page)) !== vorher);
}

async function lade(page: Page, knopf: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: knopf, exact: true }).click(),
  ]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

browserTests('Beitragseditor in Chromium: neue Kommune mit Profil', (umgebung) => {
  it(
    'Profil und erster Beitrag: Befunde am Feld, dann zwei Dateien, die npm run pruefen annimmt',
    { timeout: 180_000 },
    async () => {
      const kontext = await umgebung().kontext();
      const protokoll = await protokolliere(kontext, umgebung().basis);
      const page = await kontext.newPage();
      const feld = (beschriftung: string) => page.getByLabel(beschriftung, { exact: true });
      try {
        await page.goto('/mitwirken/beitrag/');
        await wartend(async () => (await geprueft(page)) !== '');
        expect(await page.locator('[data-profil]').isHidden()).toBe(true);
        await feld('Kommune').selectOption({ label: 'Neue Kommune anlegen …' });
        await expect.poll(() => page.locator('[data-profil]').isVisible()).toBe(true);

        await feld('Name der Kommune').pressSequentially('Gemeinde Neudorf');
        expect(await feld('Name in der Webadresse').inputValue()).toBe('neudorf');
        await feld('Art der Gebietskörperschaft').selectOption({ label: 'Gemeinde' });
        await feld('Erfundene Beispielkommune').check();
        await feld('Amtlicher Gemeindeschlüssel (AGS)').fill('16099042');
        await feld('Wohngeld').check();
        await feld('Leistung').selectOption({ label: 'Wohngeld' });
        await feld('Art des Beitrags').selectOption({ label: 'Erfahrungsbericht' });
        await feld('Titel').fill('Neudorf bereitet den Wohngeldantrag vor');
        await feld('Kurzbeschreibung').fill('Wie eine kleine Gemeinde ohne eigene IT den Onlinedienst vorbereitet.');
        await feld('Autorinnen und Autoren').fill('Bürgerbüro, Gemeinde Neudorf (fiktiv)');
        await page.locator('textarea[data-abschnitt="Ausgangslage"]').fill('Neudorf hat kein eigenes Rechenzentrum.');
        await page.locator('textarea[data-abschnitt="Vorgehen"]').fill('Wir haben mit dem Landkreis gesprochen.');
        await page.locator('textarea[data-abschnitt="Ergebnis"]').fill('Der Start ist für das nächste Jahr geplant.');

        // Der Kontakt fehlt noch: „Jetzt prüfen“ nennt ihn mit seiner Beschriftung.
        let vorher = await geprueft(page);
        await page.getByRole('button', { name: 'Jetzt prüfen' }).click();
        await nachPruefung(page, vorher);
        const liste = page.locator('ul[data-befunde-fuer="kommune.kontakt"]');
        await expect.poll(() => liste.isVisible()).toBe(true);
        expect(await liste.textContent()).toContain('„Kontakt (Funktionsadresse)“ ist noch leer.');
        const zusammenfassung = (await page.locator('ul[data-befunde-fuer="datei"]').textContent()) ?? '';
        expect(zusammenfassung).toContain('Kontakt (Funktionsadresse)');
        expect(zusammenfassung).not.toMatch(/YAML|Front Matter|kontakt:|npm/);
        // Profil offen, mit Befund: ohne Verstoß gegen die Barrierefreiheit, hell und dunkel.
        for (const schema of ['light', 'dark'] as const) {
          await schemaWechseln(page, schema);
          const axe = await axePruefen(page);
          expect(axe, befundText(`/mitwirken/beitrag/ mit Profil (${schema})`, axe)).toEqual([]);
        }

        vorher = await geprueft(page);
        await feld('Kontakt (Funktionsadresse)').fill('ozg@neudorf.example');
        await nachPruefung(page, vorher);
        await expect
          .poll(() => page.locator('[data-zusammenfassung]').textContent())
          .toBe('Keine Probleme gefunden. Die Datei ist bereit.');

        const beitrag = await lade(page, 'Beitrag herunterladen');
        const profil = await lade(page, 'Profil herunterladen');
        expect(beitrag.name).toBe('neudorf-bereitet-den-wohngeldantrag-vor.mdx');
        expect(profil.name).toBe('neudorf.yaml');
        expect(await page.locator('[data-profil-pfad]').textContent()).toBe('content/kommunen/neudorf.yaml');

        const kopie = mkdtempSync(join(tmpdir(), 'atlas-neue-kommune-browser-'));
        try {
          cpSync('content', join(kopie, 'content'), { recursive: true });
          for (const [pfad, text] of [
            [`content/beitraege/neudorf/${beitrag.name}`, beitrag.text],
            [`content/kommunen/${profil.name}`, profil.text],
          ] as const) {
            mkdirSync(dirname(join(kopie, pfad)), { recursive: true });
            writeFileSync(join(kopie, pfad), text);
          }
          const { befunde } = await pruefeInhaltsordner(join(kopie, 'content'), kopie);
          expect(befunde.filter(istFehler)).toEqual([]);
        } finally {
          rmSync(kopie, { recursive: true, force: true });
        }

        // Nach dem Neuladen ist das Profil noch da.
        await page.reload();
        await wartend(async () => (await geprueft(page)) !== '');
        expect(await feld('Kommune').inputValue()).toBe('+neu');
        expect(await feld('Name der Kommune').inputValue()).toBe('Gemeinde Neudorf');
        expect(await feld('Wohngeld').isChecked()).toBe(true);
        expect(protokoll.fremd).toEqual([]);
        expect(protokoll.csp).toEqual([]);
        expect(protokoll.fehler).toEqual([]);
      } finally {
        await kontext.close();
      }
    },
  );
});
