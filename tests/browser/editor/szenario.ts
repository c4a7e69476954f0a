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
import { PROJEKT } from '../../helpers/pruefen.ts';

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

  // Herunterladen: Die Datei besteht npm run pruefen, und der Entwurf ist aus dem Browser verschwunden.
  const { name, text } = await b.lade('Datei herunterladen');
  expect(name).toBe('wohngeld-im-testbetrieb.mdx');
  pruefeMitCli(name, text);
  await b.warte(`localStorage.getItem('atlas-beitrag-entwurf') === null`);
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
