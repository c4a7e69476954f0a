/**
 * Macht aus einer Ausnahme beim Lesen oder Prüfen einer Datei einen Befund
 * für diese Datei: deutsch, ohne Stacktrace, mit Hinweis. So scheitert nie die
 * ganze Prüfung an einer Datei, und die übrigen Dateien werden geprüft.
 */
import type { Befund } from '../kern/befund.ts';
import type { RegelInfo } from '../kern/typen.ts';

export const pruefung: RegelInfo = {
  name: 'pruefung',
  beschreibung: 'Die Datei ließ sich nicht prüfen (sehr ungewöhnlich aufgebaut); vereinfachen Sie sie.',
};

/** Was gerade geschah, für die Meldung: „beim Lesen“, „bei der Regel „link““ … */
export function befundAusAusnahme(datei: string, fehler: unknown, wobei = 'beim Prüfen'): Befund {
  const text = fehler instanceof Error ? fehler.message : String(fehler);
  const befund = (regel: string, meldung: string, hinweis: string): Befund => ({
    datei,
    zeile: 1,
    spalte: 1,
    regel,
    meldung,
    hinweis,
  });
  if (/Excessive alias count/i.test(text)) {
    return befund(
      'yaml',
      'Das YAML verwendet zu viele Verweise (&anker und *anker); so ließe sich die Prüfung lahmlegen.',
      'Schreiben Sie die Werte aus, statt mit &name und *name auf sie zu verweisen.',
    );
  }
  if (fehler instanceof RangeError || /call stack|too much recursion|Invalid (?:string|array) length/i.test(text)) {
    return befund(
      'grenze',
      `Die Datei ist zu groß oder zu tief verschachtelt und konnte ${wobei} nicht verarbeitet werden.`,
      'Verschachteln Sie Zitate, Listen und Elemente weniger tief und teilen Sie sehr lange Texte auf mehrere Dokumente auf.',
    );
  }
  return befund(
    pruefung.name,
    `Die Datei konnte ${wobei} nicht verarbeitet werden; sie ist ungewöhnlich aufgebaut.`,
    'Prüfen Sie die Datei auf nicht geschlossene Elemente, Klammern und Anführungszeichen und vereinfachen Sie sie. Bleibt die Meldung, melden Sie sie bitte als Fehler des Atlas (mit der Datei).',
  );
}
