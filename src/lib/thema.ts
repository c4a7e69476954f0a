/**
 * Der Schlüssel, unter dem der Schalter die Wahl des Farbschemas im
 * localStorage ablegt: das Einzige, was die Website im Browser speichert
 * (so steht es auch in der Datenschutzerklärung).
 */
export const THEMA_SCHLUESSEL = 'atlas-thema';
