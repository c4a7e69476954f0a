/**
 * Ein Pilotteam schreibt einen Beitrag im Editor (/mitwirken/beitrag/), so wie
 * ein Mensch es täte: Felder über ihre Beschriftung finden, wählen, tippen.
 * Derselbe Ablauf läuft in Chromium (playwright-core) und Firefox ESR
 * (puppeteer-core über WebDriver BiDi); beide liefern eine `Bedienung`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { PROJEKT } from '../../../werkzeuge/pruefen-lauf.ts';

/** Was der Ablauf vom Browser braucht; die Umsetzung kennt Playwright oder Puppeteer. */
export interface Bedienung {
  /** Wählt in der Auswahl mit dieser Beschriftung die Option mit diesem Text. */
  waehle(beschriftung: string, option: string): Promise<void>;
  /** Klickt in das Feld mit dieser Beschriftung und tippt den Text (Zeilenumbrüche als Enter). */
  tippe(beschriftung: string, text: string): Promise<void>;
  /** Leert das Feld mit dieser Beschriftung (alles markieren, löschen). */
  leere(beschriftung: string): Promise<void>;
  /** Wertet einen Ausdruck in der Seite aus. */
  werte<T>(ausdruck: string): Promise<T>;
  /** Wartet, bis der Ausdruck in der Seite wahr ist. */
  warte(ausdruck: string, zeitMs?: number): Promise<void>;
  /** Klickt den Knopf mit diesem Text und gibt Namen und Inhalt der heruntergeladenen Datei zurück. */
  lade(knopf: string): Promise<{ name: string; text: string }>;
  /** Klickt das Element (CSS-Selektor), etwa einen Knopf in einem bestimmten Abschnitt. */
  klicke(selektor: string): Promise<void>;
  /** Wählt in der Auswahl (CSS-Selektor) die Option mit diesem Text. */
  waehleIn(selektor: string, option: string): Promise<void>;
  /** Lädt die Seite neu (wie F5). */
  neuLaden(): Promise<void>;
}

/** Fragt `pruefe`, bis es wahr ist; Befehle wie waitForFunction werten Text per eval aus, was die CSP verbietet. */
export async function wartend(pruefe: () => Promise<unknown>, zeitMs = 30_000): Promise<void> {
  const ende = Date.now() + zeitMs;
  while (!(await pruefe())) {
    if (Date.now() > ende) throw new Error(`Zeitüberschreitung nach ${zeitMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Ein Diagramm, das Mermaid nicht lesen kann: in Zeile 4 fehlt das Ziel des Pfeils. */
const DIAGRAMM_KAPUTT = [
  '```mermaid',
  'flowchart TD',
  '  accTitle: Ablauf der Zustellung',
  '  accDescr: Anträge gehen über FIT-Connect an die Poststelle und von dort ins Fachverfahren.',
  '  A[Antrag] -->',
  '```',
].join('\n');
const DIAGRAMM_HEIL = DIAGRAMM_KAPUTT.replace('-->', '--> B[Poststelle]');

/** Die Befunde in der Liste eines Abschnitts oder Feldes, als Text. */
const befundeVon = (schluessel: string) =>
  `[...document.querySelectorAll('ul[data-befunde-fuer="${schluessel}"] li')].map((li) => li.textContent).join(' | ')`;

/** Wartet, bis die Prüfung nach der letzten Eingabe gelaufen ist. */
async function geprueft(b: Bedienung): Promise<void> {
  const vorher = await b.werte<string>(`document.querySelector('[data-editor]').dataset.geprueft ?? ''`);
  await b.warte(`(document.querySelector('[data-editor]').dataset.geprueft ?? '') !== ${JSON.stringify(vorher)}`);
  // Tippen löst mehrere Läufe aus; der letzte zählt.
  await new Promise((r) => setTimeout(r, 500));
}

/**
 * Der ganze Ablauf: Angaben, Text mit kaputtem Diagramm (gemeldet mit Zeile),
 * Diagramm reparieren, Vorschau ansehen, Datei herunterladen und mit
 * npm run pruefen in einer Kopie von content/ prüfen.
 */
export async function schreibeBeitrag(b: Bedienung): Promise<void> {
  await b.warte(`document.querySelector('[data-editor]')?.dataset.geprueft !== undefined`);
  expect(await b.werte<string | null>(`localStorage.getItem('atlas-beitrag-entwurf')`)).toBeNull();

  await b.waehle('Kommune', 'Stadt Musterstadt');
  await b.waehle('Leistung', 'Wohngeld');
  await b.waehle('Art des Beitrags', 'Erfahrungsbericht');
  await b.tippe('Titel', 'Wohngeld im Testbetrieb');
  await b.tippe('Kurzbeschreibung', 'Was Musterstadt im Testbetrieb mit FIT-Connect gelernt hat.');
  await b.tippe('Autorinnen und Autoren', 'Wohngeldstelle, Stadt Musterstadt (fiktiv)');
  await b.tippe('Ausgangslage', 'Die Stadt empfängt Anträge über <Begriff>FIT-Connect</Begriff>.');
  await b.tippe(
    'Vorgehen',
    '- [x] Zustellpunkt angelegt\n- [ ] Import beauftragt\n\n| Schritt | Dauer |\n| --- | --- |\n| Test | 4 Wochen |\n\n<Hinweis art="warnung">\nNoch kein Produktivbetrieb.\n</Hinweis>',
  );
  await b.tippe('Ergebnis', DIAGRAMM_KAPUTT);
  await geprueft(b);

  // Das kaputte Diagramm wird im Abschnitt gemeldet, mit der Zeile im Abschnitt.
  const gemeldet = await b.werte<string>(befundeVon('abschnitt:Ergebnis'));
  expect(gemeldet).toMatch(/Zeile \d+:.*Mermaid kann das Diagramm nicht lesen/);
  expect(await b.werte<string>(`document.querySelector('[data-zusammenfassung]').textContent`)).toMatch(
    /Die Prüfung hat (1 Problem|\d+ Probleme) gefunden/,
  );
  expect(
    await b.werte<string | null>(`document.querySelector('[data-abschnitt="Ergebnis"]').getAttribute('aria-invalid')`),
  ).toBe('true');
  // Alles Getippte liegt im Browser, damit nichts verloren geht.
  expect(await b.werte<string>(`localStorage.getItem('atlas-beitrag-entwurf')`)).toContain('Wohngeld im Testbetrieb');

  // Reparieren: Abschnitt leeren und neu schreiben.
  await b.leere('Ergebnis');
  await b.tippe('Ergebnis', DIAGRAMM_HEIL);
  await geprueft(b);
  expect(await b.werte<string>(befundeVon('abschnitt:Ergebnis'))).toBe('');
  expect(await b.werte<string>(`document.querySelector('[data-zusammenfassung]').textContent`)).toBe(
    'Keine Probleme gefunden. Die Datei ist bereit.',
  );

  // Die Vorschau zeigt Tabelle, Aufgabenliste, Hinweis, Begriff und das gezeichnete Diagramm.
  await b.warte(`!!document.querySelector('[data-vorschau] figure[data-diagramm][data-zustand="fertig"] svg')`, 60_000);
  const vorschau = await b.werte<Record<string, number | string>>(`(() => {
    const v = document.querySelector('[data-vorschau]');
    return {
      tabelle: v.querySelectorAll('table td').length,
      kaestchen: v.querySelectorAll('li label input[type="checkbox"]').length,
      hinweis: v.querySelector('aside.hinweis-warnung')?.textContent ?? '',
      begriff: v.querySelector('a.begriff')?.getAttribute('href') ?? '',
      svg: v.querySelectorAll('figure svg[role="img"]').length,
      skripte: v.querySelectorAll('script, [onclick], iframe').length,
    };
  })()`);
  expect(vorschau).toEqual({
    tabelle: 2,
    kaestchen: 2,
    hinweis: expect.stringContaining('Noch kein Produktivbetrieb.'),
    begriff: '/glossar/#fit-connect',
    svg: 1,
    skripte: 0,
  });
  expect(await b.werte<string>(`document.querySelector('[data-datei-pfad]').textContent`)).toBe(
    'content/beitraege/musterstadt/wohngeld-im-testbetrieb.mdx',
  );

  // Herunterladen: Die Datei besteht npm run pruefen, und der Entwurf bleibt für spätere Änderungen im Browser.
  const { name, text } = await b.lade('Datei herunterladen');
  expect(name).toBe('wohngeld-im-testbetrieb.mdx');
  pruefeMitCli(name, text);
  expect(await b.werte<string | null>(`localStorage.getItem('atlas-beitrag-entwurf')`)).toContain(
    'Wohngeld im Testbetrieb',
  );
}

/** Beschriftungen der sichtbaren Textfelder (ohne Datum, Zahl, Auswahl und die schreibgeschützte Datei). */
const SICHTBARE_TEXTFELDER = `[...document.querySelectorAll('[data-editor-formular] label')]
  .map((l) => [l, document.getElementById(l.htmlFor)])
  .filter(([, e]) => e && e.getClientRects().length > 0 && !e.readOnly
    && (e.tagName === 'TEXTAREA' || (e.tagName === 'INPUT' && e.type === 'text')))
  .map(([l]) => l.textContent.trim())`;

/** Titel der Abschnitte, die man sieht, und der fremden unter ihnen (mit sichtbarem Hinweis). */
const ABSCHNITTE = `(() => {
  const sichtbar = [...document.querySelectorAll('[data-abschnitt-rahmen]')].filter((r) => r.getClientRects().length > 0);
  return {
    alle: sichtbar.map((r) => r.dataset.abschnittRahmen),
    fremd: sichtbar.filter((r) => r.querySelector('[data-fremd]').getClientRects().length > 0).map((r) => r.dataset.abschnittRahmen),
    steckbriefFremd: (document.querySelector('[data-steckbrief-fremd]')?.getClientRects().length ?? 0) > 0,
  };
})()`;

/** Befunde, die man sieht, und als ungültig markierte Felder. */
const GEZEIGTE_BEFUNDE = `[...document.querySelectorAll('.befunde li, [aria-invalid="true"]')].filter((e) => e.getClientRects().length > 0).length`;

/**
 * Kein Wort geht verloren: Vor jeder Eingabe keine Meldung; in jedes sichtbare
 * Textfeld ein eigenes Wort; die Art hin und her wechseln (nur ihre Abschnitte
 * erscheinen, die übrigen mit Text als „gehört nicht zu dieser Art“); das
 * Fremde verschieben; neu laden; herunterladen: Jedes Wort steht in der Datei,
 * und der Entwurf ist noch da.
 */
export async function keinWortVerloren(b: Bedienung): Promise<void> {
  await b.warte(`document.querySelector('[data-editor]')?.dataset.geprueft !== undefined`);
  expect(await b.werte<number>(GEZEIGTE_BEFUNDE), 'Meldungen vor jeder Eingabe').toBe(0);
  expect(await b.werte<string>(`document.querySelector('[data-zusammenfassung]').textContent`)).not.toMatch(/Problem/);

  const woerter = new Map<string, string>();
  const fuelleAlles = async () => {
    for (const feld of await b.werte<string[]>(SICHTBARE_TEXTFELDER)) {
      if (woerter.has(feld)) continue;
      const wort = `Wort${String.fromCharCode(97 + Math.floor(woerter.size / 26))}${String.fromCharCode(97 + (woerter.size % 26))}q`;
      woerter.set(feld, wort);
      await b.tippe(feld, wort);
    }
  };

  await b.waehle('Kommune', 'Stadt Musterstadt');
  await b.waehle('Leistung', 'Wohngeld');
  await b.waehle('Art des Beitrags', 'Erfahrungsbericht');
  expect(await b.werte(ABSCHNITTE)).toEqual({
    alle: ['Ausgangslage', 'Vorgehen', 'Ergebnis'],
    fremd: [],
    steckbriefFremd: false,
  });
  await fuelleAlles();

  await b.waehle('Art des Beitrags', 'Umsetzung');
  expect(await b.werte(ABSCHNITTE)).toEqual({
    alle: ['Ausgangslage', 'Umsetzung', 'Abweichungen vom Konzept', 'Erkenntnisse', 'Vorgehen', 'Ergebnis'],
    fremd: ['Vorgehen', 'Ergebnis'],
    steckbriefFremd: false,
  });
  await b.waehle('Zustellweg', 'FIT-Connect');
  await fuelleAlles();

  await b.waehle('Art des Beitrags', 'Erfahrungsbericht');
  expect(await b.werte(ABSCHNITTE)).toEqual({
    alle: ['Ausgangslage', 'Vorgehen', 'Ergebnis', 'Umsetzung', 'Abweichungen vom Konzept', 'Erkenntnisse'],
    fremd: ['Umsetzung', 'Abweichungen vom Konzept', 'Erkenntnisse'],
    steckbriefFremd: true,
  });

  await b.waehle('Art des Beitrags', 'Umsetzung');
  await geprueft(b);
  // Solange Fremdes offen ist, sagt die Prüfung es.
  expect(await b.werte<string>(`document.querySelector('[data-zusammenfassung]').textContent`)).toMatch(
    /2 Abschnitte gehören nicht zur gewählten Art/,
  );
  for (const titel of ['Vorgehen', 'Ergebnis']) {
    await b.waehleIn(`[data-abschnitt-rahmen="${titel}"] [data-fremd-ziel]`, 'Erkenntnisse');
    await b.klicke(`[data-abschnitt-rahmen="${titel}"] [data-fremd-verschieben]`);
  }
  expect((await b.werte<{ fremd: string[] }>(ABSCHNITTE)).fremd).toEqual([]);
  await geprueft(b);

  await b.neuLaden();
  await b.warte(`document.querySelector('[data-editor]')?.dataset.geprueft !== undefined`);
  const formular = await b.werte<string>(
    `[...document.querySelectorAll('[data-editor-formular] input, [data-editor-formular] textarea')].map((e) => e.value).join(' ')`,
  );
  for (const [feld, wort] of woerter) expect(formular, `nach dem Neuladen: ${feld}`).toContain(wort);

  const { text } = await b.lade('Datei herunterladen');
  for (const [feld, wort] of woerter) expect(text, `in der Datei: ${feld}`).toContain(wort);
  expect(woerter.size).toBeGreaterThanOrEqual(14);
  await b.neuLaden();
  await b.warte(`document.querySelector('[data-editor]')?.dataset.geprueft !== undefined`);
  expect(await b.werte<string>(`localStorage.getItem('atlas-beitrag-entwurf')`)).toContain(woerter.get('Titel')!);
}

/** Wörter, die eine Autorin im Formular nie lesen soll. */
const INTERN =
  /Front Matter|Kopfbereich|YAML|npm|\bID\b|Kommentar|Platzhalter|status:|content\/glossar|erfahrungsbericht|in-abstimmung|„titel“|„quellen“/;

/**
 * Wie ein neues Pilotteam: leeres Formular, Text mit Tabelle und Diagramm,
 * ein Satz über Recht („§ 14 GewO“), Status „In Abstimmung“. Die Prüfung
 * verlangt einen Beleg und sagt in den Worten des Formulars, wie; die Quelle
 * wird eingetragen, der Beleg und ein Glossarbegriff per Auswahl eingefügt, und
 * die heruntergeladene Datei besteht npm run pruefen.
 */
export async function belegterBeitrag(b: Bedienung): Promise<void> {
  await b.warte(`document.querySelector('[data-editor]')?.dataset.geprueft !== undefined`);
  await b.waehle('Kommune', 'Stadt Musterstadt');
  await b.waehle('Leistung', 'Wohngeld');
  await b.waehle('Art des Beitrags', 'Erfahrungsbericht');
  await b.waehle('Status', 'In Abstimmung');
  await b.tippe('Titel', 'Gewerbeanzeige und Wohngeld im Test');
  await b.tippe('Kurzbeschreibung', 'Was ein fiktives Pilotteam beim Testbetrieb gelernt hat.');
  await b.tippe('Autorinnen und Autoren', 'Pilotteam, Stadt Musterstadt (fiktiv)');
  await b.tippe('Ausgangslage', 'Die Anzeige nach § 14 GewO kommt künftig online.');
  await b.tippe('Vorgehen', '| Schritt | Dauer |\n| --- | --- |\n| Test | 4 Wochen |\n\nZustellung über ');
  await b.tippe('Ergebnis', DIAGRAMM_HEIL);
  await geprueft(b);
  // Die Norm ohne Beleg ist ab „In Abstimmung“ ein Fehler; die Meldung sagt, was im Formular zu tun ist.
  const gemeldet = await b.werte<string>(befundeVon('abschnitt:Ausgangslage'));
  expect(gemeldet).toMatch(/§ 14 GewO.*keine Fußnote.*„Beleg einfügen“/s);
  const alle = await b.werte<string>(
    `[...document.querySelectorAll('.befunde li')].filter((e) => e.getClientRects().length > 0).map((e) => e.textContent).join('\\n')`,
  );
  expect(alle).not.toMatch(INTERN);

  // Glossarbegriff an der Stelle des Cursors (Ende von „Vorgehen“).
  await b.tippe('Vorgehen', '');
  await b.waehle('Begriff aus dem Glossar', 'FIT-Connect');
  await b.klicke('[data-begriff-einfuegen]');
  await b.tippe('Vorgehen', '.');

  await b.klicke('[data-quelle-hinzufuegen]');
  await b.tippe('Titel der Quelle', 'Gewerbeordnung (GewO), § 14');
  await b.tippe('Adresse der Quelle (URL)', 'https://www.gesetze-im-internet.de/gewo/__14.html');
  await b.waehle('Art der Quelle', 'Gesetz');
  await b.tippe('Fundstelle', '§ 14 Abs. 1 GewO (Anzeigepflicht)');
  expect(await b.werte<string>(`document.querySelector('[data-quelle="id"]').value`)).toBe('gewerbeordnung-gewo-14');
  expect(await b.werte<string>(`document.querySelector('[data-quelle="abgerufen"]').value`)).toMatch(
    /^\d{4}-\d{2}-\d{2}$/,
  );

  // Beleg ans Satzende: in „Ausgangslage“ ans Ende klicken, Quelle wählen, einfügen.
  await b.tippe('Ausgangslage', '');
  await b.waehle('Quelle für den Beleg', 'Gewerbeordnung (GewO), § 14');
  await b.klicke('[data-beleg-einfuegen]');
  await geprueft(b);
  expect(await b.werte<string>(`document.querySelector('[data-abschnitt="Ausgangslage"]').value`)).toBe(
    'Die Anzeige nach § 14 GewO kommt künftig online.[^gewerbeordnung-gewo-14]',
  );
  expect(await b.werte<string>(`document.querySelector('[data-zusammenfassung]').textContent`)).toBe(
    'Keine Probleme gefunden. Die Datei ist bereit.',
  );
  // Die Vorschau zeigt den Beleg und den Begriff.
  expect(await b.werte<number>(`document.querySelectorAll('[data-vorschau] a.begriff').length`)).toBe(1);

  const { name, text } = await b.lade('Datei herunterladen');
  expect(text).toContain('status: in-abstimmung');
  expect(text).toContain('[^gewerbeordnung-gewo-14]: § 14 Abs. 1 GewO (Anzeigepflicht)');
  expect(text).toContain('<Begriff>FIT-Connect</Begriff>');
  pruefeMitCli(name, text);
}

/** Legt die Datei in eine Kopie von content/ und lässt npm run pruefen (cli/pruefen.ts) sie prüfen. */
export function pruefeMitCli(name: string, text: string): void {
  const inhalt = join(mkdtempSync(join(tmpdir(), 'atlas-editor-')), 'content');
  cpSync(join(PROJEKT, 'content'), inhalt, { recursive: true });
  const ordner = join(inhalt, 'beitraege', 'musterstadt');
  mkdirSync(ordner, { recursive: true });
  const datei = join(ordner, name);
  writeFileSync(datei, text);
  const ausgabe = execFileSync(process.execPath, [join(PROJEKT, 'cli/pruefen.ts'), datei], {
    cwd: PROJEKT,
    env: { ...process.env, ATLAS_CONTENT_DIR: inhalt },
    encoding: 'utf8',
  });
  expect(ausgabe).toMatch(/Keine Probleme gefunden/);
}
