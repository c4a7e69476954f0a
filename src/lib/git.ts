/**
 * Versionsgeschichte der Inhalte aus git. Einmal je Build gelesen (ein
 * git-Aufruf für alle Dateien), nicht einmal je Seite. In einem flachen Klon
 * (CI mit fetch-depth 1) oder ohne git gibt es keine verlässliche Geschichte:
 * dann liefert die Funktion „nicht verfügbar“, und die Seiten fallen auf das
 * Feld „stand“ zurück.
 */
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { inhaltsOrdner } from '../config/inhalte.ts';

export interface Aenderung {
  hash: string;
  /** Datum JJJJ-MM-TT */
  datum: string;
  /** Zeitpunkt nach ISO 8601 mit Zeitzone, z. B. für den Feed. */
  zeitpunkt: string;
  nachricht: string;
}

export interface Historie {
  verfuegbar: boolean;
  /** Änderungen je Datei (Pfad wie `entry.filePath`, relativ zum Projekt), neueste zuerst. */
  aenderungen(datei: string): Aenderung[];
}

const TRENNER = '\u001e';

/** Zerlegt die Ausgabe von `git log --name-only` im Format unten. Exportiert für Tests. */
export function zerlegeGitLog(ausgabe: string): Map<string, Aenderung[]> {
  const nachDatei = new Map<string, Aenderung[]>();
  for (const block of ausgabe.split(TRENNER).slice(1)) {
    const [kopf = '', ...dateien] = block.trim().split('\n');
    const [hash = '', zeitpunkt = '', ...nachricht] = kopf.split('\t');
    const aenderung = { hash, datum: zeitpunkt.slice(0, 10), zeitpunkt, nachricht: nachricht.join('\t') };
    for (const datei of dateien.filter(Boolean)) {
      const liste = nachDatei.get(datei) ?? [];
      liste.push(aenderung);
      nachDatei.set(datei, liste);
    }
  }
  return nachDatei;
}

/** Echter Pfad, auch wenn ein Teil ein symbolischer Link ist (git nennt immer echte Pfade). */
function echt(pfad: string): string {
  try {
    return realpathSync(pfad);
  } catch {
    return pfad;
  }
}

let zwischenspeicher: Historie | undefined;

/**
 * Die Geschichte des Inhaltsordners. git läuft in diesem Ordner, nicht im
 * Projekt: Liegt er (wie in Tests) in einem eigenen Repository, zählt dessen
 * Geschichte; liegt er in keinem, ist keine verfügbar.
 */
export function historie(ordner = inhaltsOrdner()): Historie {
  if (zwischenspeicher) return zwischenspeicher;
  const keine: Historie = { verfuegbar: false, aenderungen: () => [] };
  try {
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', ordner, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    if (git('rev-parse', '--is-shallow-repository').trim() !== 'false') return (zwischenspeicher = keine);
    const wurzel = git('rev-parse', '--show-toplevel').trim();
    // Pfade in der Ausgabe sind relativ zur Wurzel des Repositorys.
    const ausgabe = git('log', `--format=${TRENNER}%H%x09%cI%x09%s`, '--name-only', '--no-renames', '--', '.');
    const nachDatei = zerlegeGitLog(ausgabe);
    const schluessel = (datei: string) =>
      relative(wurzel, echt(resolve(datei)))
        .split(sep)
        .join('/');
    zwischenspeicher = { verfuegbar: true, aenderungen: (datei) => nachDatei.get(schluessel(datei)) ?? [] };
  } catch {
    zwischenspeicher = keine;
  }
  return zwischenspeicher;
}
