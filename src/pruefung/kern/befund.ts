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
    (a, b) =>
      a.datei.localeCompare(b.datei) || a.zeile - b.zeile || a.spalte - b.spalte || a.regel.localeCompare(b.regel),
  );
}

/** Ob ein Befund Prüfung und Build anhält: alles außer Warnungen. */
export const istFehler = (b: Befund): boolean => b.schwere !== 'warnung';

/** Die Schwere ausgeschrieben, wie sie in `--format json` steht. */
export const schwereVon = (b: Befund): 'fehler' | 'warnung' => (istFehler(b) ? 'fehler' : 'warnung');

/** „1 Fehler und 2 Warnungen“; ohne Warnungen wie bisher „3 Probleme“. */
function anzahlText(befunde: Befund[]): string {
  const warnungen = befunde.filter((b) => !istFehler(b)).length;
  const fehler = befunde.length - warnungen;
  if (!warnungen) return fehler === 1 ? '1 Problem' : `${fehler} Probleme`;
  const w = warnungen === 1 ? '1 Warnung' : `${warnungen} Warnungen`;
  return fehler ? `${fehler} Fehler und ${w}` : w;
}

/**
 * Eine Zeile je Befund mit Hinweis darunter, wie Compiler es tun: Editoren
 * springen zu datei:zeile:spalte. Warnungen tragen „Warnung“ vor der Regel.
 */
export function formatiereBefunde(befunde: Befund[]): string {
  const zeilen: string[] = [];
  const gezaehlt = new Map<string, number>();
  let ausgelassen = new Map<string, number>();
  let datei: string | undefined;
  // Am Ende jeder Datei: was über die Höchstzahl hinausging, als eine Zeile je Regel.
  const fasseZusammen = () => {
    for (const [regel, rest] of ausgelassen) {
      zeilen.push(
        `${datei}  [${regel}] … und ${rest} weitere ${rest === 1 ? 'Stelle' : 'Stellen'} derselben Art in dieser Datei (nicht einzeln aufgeführt).`,
      );
    }
    ausgelassen = new Map();
  };
  for (const b of sortiereBefunde(befunde)) {
    if (b.datei !== datei) {
      fasseZusammen();
      datei = b.datei;
    }
    const schluessel = `${b.datei}\u0000${b.regel}`;
    const anzahl = (gezaehlt.get(schluessel) ?? 0) + 1;
    gezaehlt.set(schluessel, anzahl);
    if (anzahl > GLEICHE_BEFUNDE_HOECHSTENS) {
      ausgelassen.set(b.regel, (ausgelassen.get(b.regel) ?? 0) + 1);
      continue;
    }
    const feld = b.feld ? ` Feld „${b.feld}“:` : '';
    const art = istFehler(b) ? '' : 'Warnung ';
    zeilen.push(
      `${b.datei}:${b.zeile}:${b.spalte}  ${art}[${b.regel}]${feld} ${b.meldung}\n    So beheben: ${b.hinweis}`,
    );
  }
  fasseZusammen();
  return `${zeilen.join('\n')}\n\n${anzahlText(befunde)} in den Inhalten gefunden.`;
}

/**
 * Wie viele Befunde derselben Regel in derselben Datei einzeln erscheinen; der
 * Rest wird gezählt. 2.000 gleiche Meldungen hülfen niemandem, sie verdeckten
 * nur die übrigen (Issue 20). `--format json` listet weiter alle.
 */
export const GLEICHE_BEFUNDE_HOECHSTENS = 20;
