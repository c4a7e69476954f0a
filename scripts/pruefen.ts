/**
 * npm run pruefen [dateien…]: prüft Inhalte und meldet alle Probleme auf
 * Deutsch mit Datei, Zeile und Hinweis. Ohne Dateien prüft es ganz content/.
 */
import { resolve } from 'node:path';
import { formatiereBefunde, pruefeInhaltsordner } from '../src/lib/content/index.ts';
import { inhaltsOrdner } from '../src/lib/content/sammlungen.ts';

const args = process.argv.slice(2);
const json = args.includes('--format=json') || args.includes('json');
const dateien = args.filter((a) => !a.startsWith('--') && a !== 'json').map((d) => resolve(d));

const { befunde: alle } = pruefeInhaltsordner(inhaltsOrdner());
// Verweise brauchen immer den ganzen Bestand; gemeldet wird nur, was die genannten Dateien betrifft.
const befunde = dateien.length ? alle.filter((b) => dateien.includes(resolve(b.datei))) : alle;

if (json) console.log(JSON.stringify(befunde, null, 2));
else console.log(befunde.length ? formatiereBefunde(befunde) : 'Keine Probleme gefunden.');
process.exitCode = befunde.length ? 1 : 0;
