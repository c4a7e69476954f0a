/**
 * Testinhalte: eine gültige Beispielsammlung (tests/fixtures/inhalte-gueltig)
 * wird in einen temporären Ordner kopiert und dort gezielt verändert, damit
 * jeder Test genau einen Fehler einbaut.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const GUELTIGE_INHALTE = join(import.meta.dirname, '..', 'tests', 'fixtures', 'inhalte-gueltig');

export interface Testinhalte {
  ordner: string;
  /** Ersetzt Text in einer Datei (Pfad relativ zum Inhaltsordner); scheitert, wenn der Text fehlt. */
  ersetze(datei: string, alt: string, neu: string): void;
  schreibe(datei: string, text: string): void;
  lies(datei: string): string;
  entferne(datei: string): void;
  aufraeumen(): void;
}

export function testinhalte(): Testinhalte {
  const ordner = mkdtempSync(join(tmpdir(), 'atlas-inhalte-'));
  cpSync(GUELTIGE_INHALTE, ordner, { recursive: true });
  return {
    ordner,
    ersetze(datei, alt, neu) {
      const pfad = join(ordner, datei);
      const text = readFileSync(pfad, 'utf8');
      if (!text.includes(alt)) throw new Error(`Testaufbau: „${alt}“ steht nicht in ${datei}`);
      writeFileSync(pfad, text.replace(alt, neu));
    },
    schreibe(datei, text) {
      mkdirSync(dirname(join(ordner, datei)), { recursive: true });
      writeFileSync(join(ordner, datei), text);
    },
    lies: (datei) => readFileSync(join(ordner, datei), 'utf8'),
    entferne: (datei) => rmSync(join(ordner, datei)),
    aufraeumen: () => rmSync(ordner, { recursive: true, force: true }),
  };
}
