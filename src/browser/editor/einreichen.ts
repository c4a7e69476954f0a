/**
 * Wie die Datei zur Plattform kommt: Link auf „Neue Datei“ im richtigen
 * Ordner, mit dem Text in der Adresse, solange sie kurz genug ist. Sehr lange
 * Adressen lehnen die Plattformen ab (HTTP 414); dann trägt die Adresse nur den
 * Dateinamen, und der Text kommt über die Zwischenablage.
 *
 * Ändert die Datei einen Beitrag der Website („Im Editor bearbeiten“), öffnet
 * der Link die vorhandene Datei zum Bearbeiten; ihren Text ersetzt die
 * Autorin dort aus der Zwischenablage (keine Plattform nimmt neuen Text für
 * eine vorhandene Datei in der Adresse an).
 */
import { bearbeitenUrl, neueDateiUrl, type Repository } from '../../config/site.ts';
import type { BeitragDatei } from './datei.ts';

/** Höchste Länge der Adresse, die wir der Plattform zumuten; darüber über die Zwischenablage. */
export const SICHERE_URL_LAENGE = 7000;

export interface Einreichung {
  url: string;
  /** Ob der Text in der Adresse steht; sonst muss er aus der Zwischenablage eingefügt werden. */
  textInAdresse: boolean;
  /** Ob die Adresse eine vorhandene Datei zum Bearbeiten öffnet (statt „Neue Datei“). */
  bearbeiten: boolean;
}

export function einreichung(repo: Repository, datei: BeitragDatei, grenze = SICHERE_URL_LAENGE): Einreichung {
  if (datei.bearbeitet) return { url: bearbeitenUrl(repo, datei.pfad), textInAdresse: false, bearbeiten: true };
  const mitText = neueDateiUrl(repo, datei.ordner, datei.name, datei.text);
  if (mitText.length <= grenze) return { url: mitText, textInAdresse: true, bearbeiten: false };
  return { url: neueDateiUrl(repo, datei.ordner, datei.name), textInAdresse: false, bearbeiten: false };
}
