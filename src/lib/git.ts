/**
 * Versionsgeschichte der Inhalte aus git. Einmal je Build gelesen (ein
 * git-Aufruf für alle Dateien), nicht einmal je Seite. In einem flachen Klon
 * (CI mit fetch-depth 1) oder ohne git gibt es keine verlässliche Geschichte:
 * dann liefert die Funktion „nicht verfügbar“, und die Seiten fallen auf das
 * Feld „stand“ zurück.
 */
import { execFileSync } from 'node:child_process';
import { inhaltsOrdner } from './content/sammlungen.ts';

export interface Aenderung {
  hash: string;
  /** Datum JJJJ-MM-TT */
  datum: string;
  nachricht: string;
}

export interface Historie {
  verfuegbar: boolean;
  /** Änderungen je Datei (Pfad relativ zum Repository), neueste zuerst. */
  aenderungen(datei: string): Aenderung[];
}

const TRENNER = '\u001e';

/** Zerlegt die Ausgabe von `git log --name-only` im Format unten. Exportiert für Tests. */
export function zerlegeGitLog(ausgabe: string): Map<string, Aenderung[]> {
  const nachDatei = new Map<string, Aenderung[]>();
  for (const block of ausgabe.split(TRENNER).slice(1)) {
    const [kopf = '', ...dateien] = block.trim().split('\n');
    const [hash = '', datum = '', ...nachricht] = kopf.split('\t');
    const aenderung = { hash, datum: datum.slice(0, 10), nachricht: nachricht.join('\t') };
    for (const datei of dateien.filter(Boolean)) {
      const liste = nachDatei.get(datei) ?? [];
      liste.push(aenderung);
      nachDatei.set(datei, liste);
    }
  }
  return nachDatei;
}

let zwischenspeicher: Historie | undefined;

export function historie(pfad = inhaltsOrdner()): Historie {
  if (zwischenspeicher) return zwischenspeicher;
  const keine: Historie = { verfuegbar: false, aenderungen: () => [] };
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    if (git('rev-parse', '--is-shallow-repository').trim() !== 'false') return (zwischenspeicher = keine);
    const ausgabe = git('log', `--format=${TRENNER}%H%x09%cI%x09%s`, '--name-only', '--no-renames', '--', pfad);
    const nachDatei = zerlegeGitLog(ausgabe);
    zwischenspeicher = { verfuegbar: true, aenderungen: (datei) => nachDatei.get(datei) ?? [] };
  } catch {
    zwischenspeicher = keine;
  }
  return zwischenspeicher;
}
