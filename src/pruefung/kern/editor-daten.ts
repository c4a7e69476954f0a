/**
 * Was der Beitragseditor im Browser über die Website weiß: beim Bauen von
 * node/editor-daten.ts ermittelt und als JSON in die Seite geschrieben. Nur
 * Typen, damit der Browser sie ohne Node-Module importieren kann.
 */
import type { Repository } from '../../config/site.ts';
import type { SammlungName } from '../../modell/sammlungen.ts';

/** Ein Glossarbegriff für die Vorschau von <Begriff>. */
export interface EditorBegriff {
  begriff: string;
  langform?: string | undefined;
  definition: string;
  synonyme: string[];
}

export interface EditorDaten {
  /** Kommunen mit Pilotleistungen; AGS und ARS, damit ein neues Profil keine vorhandene Kommune doppelt anlegt. */
  kommunen: { id: string; name: string; leistungen: string[]; ags?: string | undefined; ars?: string | undefined }[];
  leistungen: { id: string; titel: string }[];
  /** Mögliche Werte für „bezug“: Konzepte („leistung/konzept“) und Bausteine. */
  bezuege: { id: string; titel: string; leistung?: string | undefined }[];
  /** IDs je Sammlung, für die Prüfung der Verweise wie in npm run pruefen. */
  ids: Partial<Record<SammlungName, string[]>>;
  /** Dateien unter content/ (Pfad relativ dazu), für Links auf Dateien. */
  dateien: string[];
  /** Adressen der Website mit ihren Ankern. */
  ziele: [string, string[]][];
  /** Glossar in Vergleichsform (Schlüssel → Begriff), wie die Prüfung es kennt. */
  glossarSchluessel: [string, string][];
  glossar: EditorBegriff[];
  /** Repository für „Auf GitHub/GitLab einreichen“; fehlt, wenn der Betreiber keines eingetragen hat. */
  repository?: Repository | undefined;
  /** Funktionsadresse der Redaktion für „Per E-Mail senden“; fehlt, solange der Betreiber keine eingetragen hat. */
  redaktion?: string | undefined;
}
