/**
 * Ordnet Befunde der Prüfung den Stellen im Formular zu: Befunde im Front
 * Matter dem Feld (über `feld` aus der Schemaprüfung), Befunde im Text dem
 * Abschnitt, mit der Zeile innerhalb des Abschnitts.
 */
import type { Befund } from '../../pruefung/kern/befund.ts';
import type { BeitragDatei } from './datei.ts';

/** Wo ein Befund im Formular erscheint. */
export type Ort =
  | { art: 'feld'; feld: string }
  | { art: 'abschnitt'; titel: string; /** Zeile im Abschnitt (1-basiert); 0 = die Überschrift. */ zeile: number }
  | { art: 'datei' };

export interface ZugeordneterBefund {
  befund: Befund;
  ort: Ort;
}

/** Formularfeld zu einem Feldpfad der Schemaprüfung: „steckbrief.zustellweg“ bleibt, „autoren[1]“ wird „autoren“. */
export function feldVon(pfad: string): string {
  return pfad.replace(/\[\d+\].*$/, '');
}

/** Regeln, die die Zuordnung der Datei betreffen (Ordner der Kommune, Dateiname). */
const DATEI_REGELN: Record<string, string> = {
  verweis: 'kommune',
  ort: 'kommune',
  dateiname: 'titel',
  // Befunde zu den Quellen stehen bei der Liste der Quellen.
  'quelle-unzitiert': 'quellen',
  'quelle-angaben': 'quellen',
};

/** Präfix der Felder des Profils einer neuen Kommune im Formular: „kommune.name“, „kommune.pilot“. */
export const PROFIL = 'kommune';

export function ordneZu(befund: Befund, datei: BeitragDatei, profil?: string): Ort {
  // Befunde im Profil einer neuen Kommune gehören an dessen Felder; ohne Feld an das Profil als Ganzes.
  if (profil && befund.datei === profil)
    return { art: 'feld', feld: `${PROFIL}.${befund.feld ? feldVon(befund.feld) : 'profil'}` };
  if (befund.feld) return { art: 'feld', feld: feldVon(befund.feld) };
  if (befund.zeile <= datei.kopfEnde) {
    const feld = DATEI_REGELN[befund.regel];
    return feld ? { art: 'feld', feld } : { art: 'datei' };
  }
  // Der letzte Abschnitt, dessen Überschrift vor der Zeile steht.
  const abschnitt = datei.abschnitte.findLast((a) => a.ueberschrift <= befund.zeile);
  if (!abschnitt) return { art: 'datei' };
  return { art: 'abschnitt', titel: abschnitt.titel, zeile: Math.max(0, befund.zeile - abschnitt.start + 1) };
}

/** Ordnet alle Befunde zu. */
export function ordneAlleZu(befunde: readonly Befund[], datei: BeitragDatei, profil?: string): ZugeordneterBefund[] {
  return befunde.map((befund) => ({ befund, ort: ordneZu(befund, datei, profil) }));
}
