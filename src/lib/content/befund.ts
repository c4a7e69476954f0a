/** Ein Befund der Inhaltsprüfung: wo, was, wie beheben, auf Deutsch für Autorinnen und Autoren. */
export interface Befund {
  /** Pfad relativ zum Projekt, z. B. content/kommunen/musterstadt.yaml. */
  datei: string;
  zeile: number;
  spalte: number;
  /** Kurzer Regelname, z. B. „schema“, „verweis“, „ort“. */
  regel: string;
  /** Betroffenes Feld als Pfad, z. B. „pilot[0].leistung“. */
  feld?: string | undefined;
  /** Was falsch ist. */
  meldung: string;
  /** Wie man es behebt. */
  hinweis: string;
  /** Fehler (Standard) halten Prüfung und Build an; Warnungen nur melden, z. B. in Entwürfen. */
  schwere?: 'fehler' | 'warnung' | undefined;
}

/** Feldpfad lesbar: ["pilot", 0, "leistung"] → „pilot[0].leistung“. */
export function feldPfad(pfad: readonly PropertyKey[]): string {
  return pfad
    .map((teil, i) => (typeof teil === 'number' ? `[${teil}]` : `${i === 0 ? '' : '.'}${String(teil)}`))
    .join('');
}

/** Sortiert Befunde nach Datei und Stelle, damit die Ausgabe stabil ist. */
export function sortiereBefunde(befunde: Befund[]): Befund[] {
  return [...befunde].sort(
    (a, b) => a.datei.localeCompare(b.datei) || a.zeile - b.zeile || a.spalte - b.spalte || a.regel.localeCompare(b.regel),
  );
}

/** Eine Zeile je Befund mit Hinweis darunter, wie Compiler es tun: Editoren springen zu datei:zeile:spalte. */
export function formatiereBefunde(befunde: Befund[]): string {
  const zeilen = sortiereBefunde(befunde).map((b) => {
    const feld = b.feld ? ` Feld „${b.feld}“:` : '';
    return `${b.datei}:${b.zeile}:${b.spalte}  [${b.regel}]${feld} ${b.meldung}\n    So beheben: ${b.hinweis}`;
  });
  const anzahl = befunde.length === 1 ? '1 Problem' : `${befunde.length} Probleme`;
  return `${zeilen.join('\n')}\n\n${anzahl} in den Inhalten gefunden.`;
}
