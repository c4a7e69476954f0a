/**
 * npm run pruefen [dateien…] [--format json]: prüft Inhalte und meldet alle
 * Probleme auf Deutsch mit Datei, Zeile, Regel und Hinweis. Ohne Dateien
 * prüft es den ganzen Inhaltsordner. Exit-Code 1, sobald es ein Problem gibt.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { formatiereBefunde, pruefeInhaltsordner, type Befund } from '../src/lib/content/index.ts';
import { inhaltsOrdner } from '../src/config/inhalte.ts';

const HILFE = `Aufruf: npm run pruefen -- [dateien…] [--format json]

Prüft die genannten Inhaltsdateien (ohne Angabe: den ganzen Ordner ${inhaltsOrdner()}/)
und meldet jedes Problem mit Datei:Zeile:Spalte, Regel und einem Hinweis zur Behebung.`;

/** Liest die Argumente; unbekannte Optionen sind ein Fehler, damit Tippfehler auffallen. */
function leseArgumente(args: readonly string[]): {
  dateien: string[];
  json: boolean;
  hilfe: boolean;
  fehler?: string;
} {
  const dateien: string[] = [];
  let json = false;
  let hilfe = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--hilfe' || arg === '--help' || arg === '-h') hilfe = true;
    else if (arg === '--format=json') json = true;
    else if (arg === '--format') {
      const wert = args[++i];
      if (wert === 'json') json = true;
      else if (wert !== 'text')
        return { dateien, json, hilfe, fehler: `Unbekanntes Format „${wert ?? ''}“. Erlaubt: text, json.` };
    } else if (arg.startsWith('-')) return { dateien, json, hilfe, fehler: `Unbekannte Option „${arg}“.` };
    else dateien.push(arg);
  }
  return { dateien, json, hilfe };
}

const { dateien, json, hilfe, fehler } = leseArgumente(process.argv.slice(2));
if (hilfe || fehler) {
  if (fehler) console.error(fehler);
  console.log(HILFE);
  process.exit(fehler ? 2 : 0);
}

const ordner = resolve(inhaltsOrdner());
const { befunde: alle } = await pruefeInhaltsordner(ordner);
// Verweise brauchen immer den ganzen Bestand; gemeldet wird nur, was die genannten Dateien betrifft.
const gesucht = dateien.map((d) => resolve(d));
const befunde: Befund[] = gesucht.length ? alle.filter((b) => gesucht.includes(resolve(b.datei))) : alle;
for (const [i, datei] of gesucht.entries()) {
  const name = dateien[i]!;
  if (!existsSync(datei)) {
    befunde.push({
      datei: name,
      zeile: 1,
      spalte: 1,
      regel: 'datei',
      meldung: 'Die Datei gibt es nicht.',
      hinweis: 'Prüfen Sie Pfad und Schreibweise.',
    });
  } else if (relative(ordner, datei).startsWith('..') || isAbsolute(relative(ordner, datei))) {
    befunde.push({
      datei: name,
      zeile: 1,
      spalte: 1,
      regel: 'ort',
      meldung: `Die Datei liegt nicht im Inhaltsordner ${inhaltsOrdner()}/ und wird deshalb nicht geprüft.`,
      hinweis: 'Legen Sie sie unter content/ ab (Vorlage: npm run neu) und prüfen Sie dann erneut.',
    });
  }
}

if (json) console.log(JSON.stringify(befunde, null, 2));
else
  console.log(
    befunde.length
      ? formatiereBefunde(befunde)
      : `Keine Probleme gefunden${dateien.length ? ` in ${dateien.join(', ')}` : ''}.`,
  );
process.exitCode = befunde.length ? 1 : 0;
