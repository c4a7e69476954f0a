/**
 * npm run pruefen [dateien…] [--format text|json|github|gitlab]: prüft Inhalte
 * und meldet alle Probleme auf Deutsch mit Datei, Zeile, Regel und Hinweis.
 * Ohne Dateien prüft es den ganzen Inhaltsordner. Exit-Code 1, sobald es einen
 * Fehler gibt; Warnungen (z. B. fehlende Belege im Entwurf) werden gemeldet,
 * halten aber nicht an.
 */
import { dateiBefund } from '../src/pruefung/regeln/datei.ts';
import { ortBefund } from '../src/pruefung/regeln/ort.ts';
import { appendFileSync, existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import {
  formatiereBefunde,
  istFehler,
  pruefeInhaltsordner,
  schwereVon,
  type Befund,
} from '../src/pruefung/node/index.ts';
import { githubBefehle, githubZusammenfassung } from '../src/pruefung/node/formate/github.ts';
import { gitlabBericht } from '../src/pruefung/node/formate/gitlab.ts';
import { inhaltsOrdner } from '../src/config/inhalte.ts';

const FORMATE = ['text', 'json', 'github', 'gitlab'] as const;
type Format = (typeof FORMATE)[number];
const istFormat = (wert: string | undefined): wert is Format => FORMATE.includes(wert as Format);

const HILFE = `Aufruf: npm run pruefen -- [dateien…] [--format text|json|github|gitlab]

Prüft die genannten Inhaltsdateien (ohne Angabe: den ganzen Ordner ${inhaltsOrdner()}/)
und meldet jedes Problem mit Datei:Zeile:Spalte, Regel und einem Hinweis zur Behebung.

Formate:
  text    (Standard) lesbar im Terminal
  json    die Befunde als JSON-Liste
  github  Anmerkungen für GitHub Actions; mit $GITHUB_STEP_SUMMARY zusätzlich eine Zusammenfassung
  gitlab  Code-Quality-Bericht für GitLab (JSON, für artifacts: reports: codequality)`;

/** Liest die Argumente; unbekannte Optionen sind ein Fehler, damit Tippfehler auffallen. */
function leseArgumente(args: readonly string[]): {
  dateien: string[];
  format: Format;
  hilfe: boolean;
  fehler?: string;
} {
  const dateien: string[] = [];
  let format: Format = 'text';
  let hilfe = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--hilfe' || arg === '--help' || arg === '-h') hilfe = true;
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const wert = arg === '--format' ? args[++i] : arg.slice('--format='.length);
      if (!istFormat(wert))
        return {
          dateien,
          format,
          hilfe,
          fehler: `Unbekanntes Format „${wert ?? ''}“. Erlaubt: ${FORMATE.join(', ')}.`,
        };
      format = wert;
    } else if (arg.startsWith('-')) return { dateien, format, hilfe, fehler: `Unbekannte Option „${arg}“.` };
    else dateien.push(arg);
  }
  return { dateien, format, hilfe };
}

const { dateien, format, hilfe, fehler } = leseArgumente(process.argv.slice(2));
if (hilfe || fehler) {
  if (fehler) console.error(fehler);
  console.log(HILFE);
  process.exit(fehler ? 2 : 0);
}

const ordner = resolve(inhaltsOrdner());
let alle: Befund[];
try {
  ({ befunde: alle } = await pruefeInhaltsordner(ordner));
} catch (ursache) {
  // Fehler einzelner Dateien werden Befunde; kommt doch etwas hier an, ist es ein Fehler des Atlas, kein Stacktrace für Autorinnen.
  console.error(
    `Die Prüfung ist unerwartet abgebrochen (${ursache instanceof Error ? ursache.name : 'Fehler'}). Bitte melden Sie das als Fehler des Atlas, mit der Datei, die Sie zuletzt geändert haben.`,
  );
  process.exit(2);
}
// Verweise brauchen immer den ganzen Bestand; gemeldet wird nur, was die genannten Dateien betrifft.
const gesucht = dateien.map((d) => resolve(d));
const befunde: Befund[] = gesucht.length ? alle.filter((b) => gesucht.includes(resolve(b.datei))) : alle;
for (const [i, datei] of gesucht.entries()) {
  const name = dateien[i]!;
  if (!existsSync(datei)) {
    befunde.push(dateiBefund(name, 'Die Datei gibt es nicht.', 'Prüfen Sie Pfad und Schreibweise.'));
  } else if (relative(ordner, datei).startsWith('..') || isAbsolute(relative(ordner, datei))) {
    befunde.push(
      ortBefund(
        name,
        `Die Datei liegt nicht im Inhaltsordner ${inhaltsOrdner()}/ und wird deshalb nicht geprüft.`,
        'Legen Sie sie unter content/ ab (Vorlage: npm run neu) und prüfen Sie dann erneut.',
      ),
    );
  }
}

// In JSON steht die Schwere immer ausgeschrieben, auch wo der Befund sie weglässt (fehlend heißt Fehler).
if (format === 'json')
  console.log(
    JSON.stringify(
      befunde.map((b) => ({ ...b, schwere: schwereVon(b) })),
      null,
      2,
    ),
  );
else if (format === 'gitlab') console.log(JSON.stringify(gitlabBericht(befunde), null, 2));
else if (format === 'github') {
  for (const befehl of githubBefehle(befunde)) console.log(befehl);
  const zusammenfassung = process.env.GITHUB_STEP_SUMMARY;
  if (zusammenfassung) appendFileSync(zusammenfassung, githubZusammenfassung(befunde));
} else
  console.log(
    befunde.length
      ? formatiereBefunde(befunde)
      : `Keine Probleme gefunden${dateien.length ? ` in ${dateien.join(', ')}` : ''}.`,
  );
process.exitCode = befunde.some(istFehler) ? 1 : 0;
