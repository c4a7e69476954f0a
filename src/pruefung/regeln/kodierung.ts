/**
 * Regel „kodierung“: nur UTF-8, keine Steuerzeichen, keine Zeilenenden nur aus
 * CR. Läuft, bevor irgendein Leser die Datei sieht (kern/zeichen.ts liest sie).
 */
import type { Befund } from '../kern/befund.ts';
import type { RegelInfo } from '../kern/typen.ts';
import type { GelesenerText } from '../kern/zeichen.ts';

export const kodierung: RegelInfo = {
  name: 'kodierung',
  beschreibung: 'Datei nicht in UTF-8, mit Steuerzeichen (NUL …) oder mit Zeilenenden nur aus CR.',
};
const REGEL = kodierung.name;

/** Steuerzeichen außer Tabulator, Zeilenvorschub und Wagenrücklauf, dazu DEL und die C1-Steuerzeichen. */
const STEUERZEICHEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/;
/** Ein Wagenrücklauf, dem kein Zeilenvorschub folgt. */
const NUR_CR = /\r(?!\n)/;

/** Zeile und Spalte (1-basiert) eines Index im Text, gezählt an „\n“. */
function stelle(text: string, index: number): { zeile: number; spalte: number } {
  const vorher = text.slice(0, index);
  return { zeile: vorher.split('\n').length, spalte: index - vorher.lastIndexOf('\n') };
}

const code = (zeichen: string) => `U+${zeichen.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Höchstens ein Befund je Art: Eine ganze Datei in falscher Kodierung soll nicht tausend Meldungen erzeugen. */
export function pruefeZeichen(datei: string, gelesen: GelesenerText): Befund[] {
  const { text, ungueltigAb } = gelesen;
  const befunde: Befund[] = [];
  if (ungueltigAb !== undefined) {
    befunde.push({
      datei,
      ...stelle(text, ungueltigAb),
      regel: REGEL,
      meldung:
        'Die Datei ist nicht in UTF-8 gespeichert; Umlaute und Sonderzeichen erschienen auf der Website als „�“.',
      hinweis:
        'Speichern Sie die Datei im Editor mit der Kodierung „UTF-8“ (z. B. „Speichern unter“ → Codierung UTF-8) und prüfen Sie die Umlaute.',
    });
  }
  const steuer = STEUERZEICHEN.exec(text);
  if (steuer) {
    befunde.push({
      datei,
      ...stelle(text, steuer.index),
      regel: REGEL,
      meldung: `In der Datei steht ein unsichtbares Steuerzeichen (${code(steuer[0])}), das auf der Website nichts zu suchen hat.`,
      hinweis:
        'Löschen Sie das Zeichen (es entsteht oft beim Kopieren aus PDF, Word oder einem Terminal): Schreiben Sie das Wort an dieser Stelle neu.',
    });
  }
  const cr = NUR_CR.exec(text);
  if (cr) {
    befunde.push({
      datei,
      ...stelle(text, cr.index),
      regel: REGEL,
      meldung:
        'Die Zeilen enden mit einem einzelnen Wagenrücklauf (CR, altes Mac-Format); Prüfung und Website zählten die Zeilen verschieden.',
      hinweis:
        'Speichern Sie die Datei mit Zeilenenden „LF“ (Unix) oder „CRLF“ (Windows); die meisten Editoren bieten das unten rechts an.',
    });
  }
  return befunde;
}
