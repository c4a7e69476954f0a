/**
 * Hält den Entwurf im localStorage des Browsers, damit beim Neuladen oder
 * Schließen nichts verloren geht. Gespeichert wird erst, wenn die Autorin
 * etwas einträgt; gelöscht, wenn sie „Entwurf löschen“ wählt oder die Datei
 * herunterlädt. So steht es in der Datenschutzerklärung.
 */
import type { Entwurf } from './entwurf.ts';

/** Schlüssel im localStorage; die Datenschutzerklärung und der Datenschutz-Browsertest nennen ihn. */
export const ENTWURF_SCHLUESSEL = 'atlas-beitrag-entwurf';

/** Liest den gespeicherten Entwurf; ein unlesbarer oder fremder Wert zählt als keiner. */
export function ladeEntwurf(speicher: Storage = localStorage): Partial<Entwurf> | undefined {
  try {
    const wert = speicher.getItem(ENTWURF_SCHLUESSEL);
    const daten: unknown = wert ? JSON.parse(wert) : undefined;
    return daten && typeof daten === 'object' && !Array.isArray(daten) ? (daten as Partial<Entwurf>) : undefined;
  } catch {
    return undefined;
  }
}

/** Speichert den Entwurf. Ist der Speicher voll oder gesperrt, bleibt der Text im Formular stehen. */
export function speichereEntwurf(entwurf: Entwurf, speicher: Storage = localStorage): boolean {
  try {
    speicher.setItem(ENTWURF_SCHLUESSEL, JSON.stringify(entwurf));
    return true;
  } catch {
    return false;
  }
}

export function loescheEntwurf(speicher: Storage = localStorage): void {
  try {
    speicher.removeItem(ENTWURF_SCHLUESSEL);
  } catch {
    // Gesperrter Speicher: Dann war auch nichts gespeichert.
  }
}
