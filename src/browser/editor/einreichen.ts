/**
 * Wie die Datei zur Plattform kommt: Link auf „Neue Datei“ im richtigen
 * Ordner, mit dem Text in der Adresse, solange sie kurz genug ist. Sehr lange
 * Adressen lehnen die Plattformen ab (HTTP 414); dann trägt die Adresse nur den
 * Dateinamen, und der Text kommt über die Zwischenablage.
 */
import { neueDateiUrl, type Repository } from '../../config/site.ts';
import type { BeitragDatei } from './datei.ts';

/** Höchste Länge der Adresse, die wir der Plattform zumuten; darüber über die Zwischenablage. */
export const SICHERE_URL_LAENGE = 7000;

export interface Einreichung {
  url: string;
  /** Ob der Text in der Adresse steht; sonst muss er aus der Zwischenablage eingefügt werden. */
  textInAdresse: boolean;
}

export function einreichung(repo: Repository, datei: BeitragDatei, grenze = SICHERE_URL_LAENGE): Einreichung {
  const mitText = neueDateiUrl(repo, datei.ordner, datei.name, datei.text);
  if (mitText.length <= grenze) return { url: mitText, textInAdresse: true };
  return { url: neueDateiUrl(repo, datei.ordner, datei.name), textInAdresse: false };
}
