/**
 * Rundweg im Browser: Eine Beitragsdatei kommt in den Editor und steht danach
 * Zeichen für Zeichen gleich im Feld „Inhalt der Datei“. Über „Im Editor
 * bearbeiten“ auf der gebauten Seite des Beitrags, über „Datei öffnen“, über
 * „Dateitext einfügen“ und als ganze Datei, eingefügt in ein Textfeld. Vorher
 * steht kein Befund da, und ein Beitrag der Website heißt nie „gibt es schon“.
 * Derselbe Ablauf läuft in Chromium und Firefox ESR.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { PROJEKT } from '../../../werkzeuge/pruefen-lauf.ts';
import { wartend } from './szenario.ts';

/** Was der Ablauf vom Browser braucht; die Umsetzung kennt Playwright oder Puppeteer. */
export interface RundwegBedienung {
  /** Öffnet eine Seite der Website (Pfad mit „/“ am Anfang). */
  gehe(pfad: string): Promise<void>;
  werte<T>(ausdruck: string): Promise<T>;
  warte(ausdruck: string, zeitMs?: number): Promise<void>;
  klicke(selektor: string): Promise<void>;
  /** Wählt für das Dateifeld (CSS-Selektor) eine Datei von der Festplatte, wie im Dialog „Datei öffnen“. */
  waehleDatei(selektor: string, pfad: string): Promise<void>;
  /** Tippt oder setzt Text in ein Feld (CSS-Selektor), so dass die Seite ein Eingabeereignis sieht. */
  fuelle(selektor: string, text: string): Promise<void>;
  /** Fügt Text mit Strg+V in ein Feld ein (CSS-Selektor), wie aus der Zwischenablage. */
  fuegeEin(selektor: string, text: string): Promise<void>;
  /** Meldungen der Dialoge (confirm), die der Test bestätigt hat, in ihrer Reihenfolge. */
  dialoge: string[];
}

export const quelle = (id: string) => join(PROJEKT, 'content/beitraege', `${id}.mdx`);
export const quelltext = (id: string) => readFileSync(quelle(id), 'utf8');

/** Öffnet die Seite mit leerem Speicher der Website: kein Entwurf aus einem früheren Test. */
async function frisch(b: RundwegBedienung, pfad: string): Promise<void> {
  await b.gehe(pfad);
  await b.werte(`(localStorage.clear(), true)`);
  await b.gehe(pfad);
}

const DATEI_TEXT = `document.querySelector('[data-datei-text]').value`;
const geprueft = `document.querySelector('[data-editor]')?.dataset.geprueft !== undefined`;

/** Wartet, bis im Feld „Inhalt der Datei“ genau dieser Text steht. */
async function steht(b: RundwegBedienung, text: string): Promise<void> {
  await b.warte(`${geprueft} && ${DATEI_TEXT} === ${JSON.stringify(text)}`, 30_000);
}

/** Kein Befund ist zu sehen: keine Liste an einem Feld, keine Zusammenfassung, kein Feld als ungültig markiert. */
async function keineBefunde(b: RundwegBedienung): Promise<void> {
  const sichtbar = await b.werte<string[]>(
    `[...document.querySelectorAll('ul.befunde')].filter((u) => !u.hidden).map((u) => u.dataset.befundeFuer + ': ' + u.textContent)`,
  );
  expect(sichtbar, 'sichtbare Befunde').toEqual([]);
  expect(await b.werte<number>(`document.querySelectorAll('[aria-invalid="true"]').length`)).toBe(0);
}

/** Wie die Seite den Ort der Datei zeigt, und was über dem Formular zum Öffnen steht. */
const pfadText = `document.querySelector('[data-datei-pfad]').textContent`;
const oeffnenText = `document.querySelector('[data-oeffnen-meldung]').textContent`;

/**
 * „Im Editor bearbeiten“ auf der Seite eines Beitrags: Der Editor lädt die
 * Datei von derselben Website und zeigt sie unverändert; „Jetzt prüfen“ meldet
 * keinen Fehler (auch nicht „gibt es schon“); nach dem Neuladen steht sie noch da.
 */
export async function imEditorBearbeiten(b: RundwegBedienung, id: string, praefix = ''): Promise<void> {
  const text = quelltext(id);
  await frisch(b, `${praefix}/beitraege/${id}/`);
  const ziel = await b.werte<string>(`document.querySelector('a[data-im-editor]').getAttribute('href')`);
  expect(ziel).toBe(`${praefix}/mitwirken/beitrag/?datei=${encodeURIComponent(`content/beitraege/${id}.mdx`)}`);
  await b.klicke('a[data-im-editor]');
  await steht(b, text);
  expect(await b.werte<string>(pfadText)).toBe(`content/beitraege/${id}.mdx`);
  expect(await b.werte<boolean>(`document.querySelector('[data-datei-bearbeitet]').hidden`)).toBe(false);
  expect(await b.werte<string>(oeffnenText)).toContain(`Sie bearbeiten den Beitrag content/beitraege/${id}.mdx`);
  await keineBefunde(b);
  // Die Felder zeigen, was in der Datei steht.
  const titel = /^titel: "?(.*?)"?$/m.exec(text)![1]!;
  expect(await b.werte<string>(`document.querySelector('[data-feld="titel"]').value`)).toBe(titel);
  expect(await b.werte<string>(`document.querySelector('[data-feld="kommune"]').value`)).toBe(id.split('/')[0]);

  await b.klicke('form[data-editor-formular] button[type="submit"]');
  await b.warte(
    `/Keine Probleme|keine Probleme|Warnung/.test(document.querySelector('[data-zusammenfassung]').textContent)`,
  );
  const zusammenfassung = await b.werte<string>(`document.querySelector('[data-zusammenfassung]').textContent`);
  expect(zusammenfassung).not.toMatch(/Die Prüfung hat \d+ Probleme? gefunden/);
  expect(await b.werte<string>(`document.body.textContent`)).not.toContain('gibt es schon');

  // Neu laden: Der Entwurf dieser Datei kommt aus dem Browser zurück, ohne Nachfrage.
  await b.gehe(`${praefix}/mitwirken/beitrag/?datei=${encodeURIComponent(`content/beitraege/${id}.mdx`)}`);
  await steht(b, text);
  expect(b.dialoge).toEqual([]);
}

/** „Datei öffnen“: die Datei von der Festplatte; der Text bleibt gleich, die Seite fragt nach der Kommune. */
export async function dateiOeffnen(b: RundwegBedienung, id: string): Promise<void> {
  await frisch(b, '/mitwirken/beitrag/');
  await b.warte(geprueft);
  await b.waehleDatei('[data-oeffnen-datei]', quelle(id));
  await steht(b, quelltext(id));
  const meldung = await b.werte<string>(oeffnenText);
  expect(meldung).toContain(`Die Datei „${id.split('/')[1]}.mdx“ steht jetzt im Formular.`);
  expect(meldung).toContain('Wählen Sie sie unter „Kommune“');
  await keineBefunde(b);
  expect(b.dialoge).toEqual([]);
}

/**
 * „Dateitext einfügen“, danach eine zweite ganze Datei in ein Textfeld des
 * Textes eingefügt (die Seite fragt, ob sie sie übernehmen soll), danach
 * „Datei öffnen“ über den Entwurf (die Seite fragt, ob sie ihn ersetzen soll).
 */
export async function einfuegen(b: RundwegBedienung, erste: string, zweite: string): Promise<void> {
  await frisch(b, '/mitwirken/beitrag/');
  await b.warte(geprueft);
  await b.klicke('[data-oeffnen] details summary');
  await b.fuelle('[data-oeffnen-text]', quelltext(erste));
  await b.klicke('[data-oeffnen-uebernehmen]');
  await steht(b, quelltext(erste));
  expect(await b.werte<string>(oeffnenText)).toContain('Der eingefügte Text steht jetzt im Formular.');
  expect(await b.werte<string>(`document.querySelector('[data-oeffnen-text]').value`)).toBe('');
  await keineBefunde(b);
  expect(b.dialoge).toEqual([]);

  // Eine ganze Datei, mit Strg+V eingefügt in den ersten sichtbaren Abschnitt.
  const abschnitt = await b.werte<string>(
    `document.querySelector('[data-abschnitt-rahmen]:not([hidden]) textarea').dataset.abschnitt`,
  );
  await b.fuegeEin(`textarea[data-abschnitt="${abschnitt}"]`, quelltext(zweite));
  await steht(b, quelltext(zweite));
  expect(b.dialoge).toHaveLength(1);
  expect(b.dialoge[0]).toMatch(/ist eine ganze Beitragsdatei\. Soll das Formular sie übernehmen/);

  // Über einen Entwurf mit Text: erst fragen.
  await b.waehleDatei('[data-oeffnen-datei]', quelle(erste));
  await steht(b, quelltext(erste));
  expect(b.dialoge).toHaveLength(2);
  expect(b.dialoge[1]).toMatch(/^Im Formular steht schon ein Entwurf\. Soll die Datei ihn ersetzen\?/);
  await keineBefunde(b);
}

/**
 * Legt Text über ein Hilfsfeld in die Zwischenablage des Browsers (Strg+A,
 * Strg+C) und fügt ihn mit Strg+V in das Feld ein: ein echtes Einfügen, wie
 * es die Autorin macht. `taste` drückt eine Tastenkombination im fokussierten Feld.
 */
export async function perZwischenablage(
  b: Pick<RundwegBedienung, 'werte' | 'klicke'>,
  taste: (kombination: 'a' | 'c' | 'v') => Promise<void>,
  selektor: string,
  text: string,
): Promise<void> {
  await b.werte(`(() => {
    const hilfe = document.createElement('textarea');
    hilfe.id = 'zwischenablage-hilfe';
    hilfe.style.cssText = 'position:fixed;top:0;left:0;width:200px;height:50px;z-index:9999';
    hilfe.value = ${JSON.stringify(text)};
    document.body.append(hilfe);
    return true;
  })()`);
  await b.klicke('#zwischenablage-hilfe');
  await taste('a');
  await taste('c');
  await b.werte(`(document.getElementById('zwischenablage-hilfe').remove(), true)`);
  await b.klicke(selektor);
  await taste('v');
}

/** Die Bedienung über Playwright (Chromium); Dialoge bestätigt sie und merkt sich ihren Text. */
export function playwrightBedienung(page: Page): RundwegBedienung {
  const dialoge: string[] = [];
  page.on('dialog', (dialog) => {
    dialoge.push(dialog.message());
    void dialog.accept();
  });
  const b: RundwegBedienung = {
    dialoge,
    gehe: async (pfad) => {
      await page.goto(pfad);
    },
    werte: (ausdruck) => page.evaluate(ausdruck),
    // waitForFunction mit Text wertet ihn per eval aus, was die CSP der Seite verbietet; evaluate nicht.
    warte: (ausdruck, zeitMs) => wartend(() => page.evaluate(ausdruck).catch(() => false), zeitMs),
    klicke: (selektor) => page.locator(selektor).click(),
    waehleDatei: (selektor, pfad) => page.locator(selektor).setInputFiles(pfad),
    fuelle: (selektor, text) => page.locator(selektor).fill(text),
    fuegeEin: (selektor, text) => perZwischenablage(b, (k) => page.keyboard.press(`Control+${k}`), selektor, text),
  };
  return b;
}
