/** Schritt 6: Datei schreiben (nie überschreiben) oder bei --dry-run nur zeigen; dann sagen, wie es weitergeht. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Kontext } from './kontext.ts';

export async function schreiben(kontext: Kontext): Promise<void> {
  const absolut = join(kontext.inhaltsOrdner, kontext.datei!);
  const anzeige = relative(kontext.wurzel, absolut);
  if (kontext.optionen.dryRun) {
    kontext.ausgabe(`Probelauf (--dry-run): Diese Datei würde angelegt:\n\n# ${anzeige}\n${kontext.inhalt}`);
    return;
  }
  mkdirSync(dirname(absolut), { recursive: true });
  // „wx“ schlägt fehl, wenn die Datei inzwischen entstanden ist: nie überschreiben.
  writeFileSync(absolut, kontext.inhalt!, { flag: 'wx' });
  kontext.ausgabe(`Angelegt: ${anzeige}

So geht es weiter:
  1. Ersetzen Sie die Kommentare {/* … */} und Platzhalter durch Ihren Text.
  2. Prüfen Sie die Datei: npm run pruefen -- ${anzeige}
  3. Ansehen: npm run dev, dann die Seite im Browser öffnen.
  4. Änderungen als Pull Request (Merge Request) einreichen; siehe CONTRIBUTING.md.`);
}
