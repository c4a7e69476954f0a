/**
 * Der Schlüssel, unter dem der Schalter die Wahl des Farbschemas im
 * localStorage ablegt. Sonst speichert die Website nur den Entwurf im
 * Beitragseditor (src/browser/editor/speicher.ts); so steht es auch in der
 * Datenschutzerklärung.
 */
export const THEMA_SCHLUESSEL = 'atlas-thema';
