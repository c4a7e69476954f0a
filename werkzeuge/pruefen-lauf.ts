/**
 * Hilfen für die Tests der Autorenwerkzeuge (npm run pruefen, npm run neu):
 * Inhaltsordner aus Fixtures zusammensetzen, erwartete Befunde aus Fixtures
 * lesen, deutsche Texte erkennen.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GUELTIGE_INHALTE } from './testinhalte.ts';

export const PROJEKT = fileURLToPath(new URL('../', import.meta.url));
export const FIXTURES = join(PROJEKT, 'tests/fixtures');
export { GUELTIGE_INHALTE };

/**
 * Legt einen Inhaltsordner „content“ in einem Temp-Verzeichnis an: die gültigen
 * Testinhalte, darüber die genannten Fixture-Ordner.
 */
export function inhaltsordnerMit(...ueberlagerungen: string[]): string {
  const ordner = join(mkdtempSync(join(tmpdir(), 'atlas-')), 'content');
  cpSync(GUELTIGE_INHALTE, ordner, { recursive: true });
  for (const u of ueberlagerungen) cpSync(u, ordner, { recursive: true });
  return ordner;
}

/** Alle Dateien unter einem Ordner, relativ und mit „/“. */
export function dateienUnter(ordner: string): string[] {
  return readdirSync(ordner, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) =>
      join(e.parentPath, e.name)
        .slice(ordner.length + 1)
        .split('\\')
        .join('/'),
    )
    .sort();
}

export interface Erwartung {
  regel: string;
  zeile: number;
  /** Ein Teil des Hinweises, der die Behebung nennt. */
  hinweis: string;
}

/** Liest die Erwartungen einer Fixture: Kommentare „erwartet: <regel> <zeile> <Teil des Hinweises>“. */
export function erwartungen(datei: string): Erwartung[] {
  return [...readFileSync(datei, 'utf8').matchAll(/erwartet: (\S+) (\d+) (.+?) \*\/\}/g)].map((m) => ({
    regel: m[1]!,
    zeile: Number(m[2]),
    hinweis: m[3]!,
  }));
}

/**
 * Grobe, aber wirksame Probe auf deutschen Text: typische deutsche Wörter,
 * keine typischen englischen Fehlerwörter (wie sie Parser liefern).
 */
export function istDeutsch(text: string): boolean {
  const deutsch =
    /[äöüßÄÖÜ]|\b(der|die|das|den|dem|des|ist|sind|nicht|Sie|ein|eine|einen|und|oder|gibt|fehlt|mit|im|in|zu|kein|keine|Feld|Datei|Wert)\b/;
  const englisch = /\b(the|expected|unexpected|error|must|cannot|missing|could|should|invalid|not allowed)\b/i;
  return deutsch.test(text) && !englisch.test(text);
}
