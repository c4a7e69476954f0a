/**
 * Das Netz des Builds: Was die Prüfung durchlässt und erst der Build merkt,
 * meldet er so, wie die Prüfung es täte: deutsch, mit Datei und Zeile, ohne
 * englischen Stacktrace. Wer das im Protokoll eines Pull Requests liest, hat
 * meist einen Beitrag geschrieben, keinen Code.
 */
import { relative } from 'node:path';

/** Ein Fehler mit Stelle; Astro zeigt `loc` als „Location“ an. */
export interface Baufehler extends Error {
  loc: { file: string; line: number; column: number };
}

/** Die Zeile, die ein Fehler nennt: eigene Fehler (`zeile`), Sätteri/Vite (`loc`, `position`, `line`) oder „line N“ im Text. */
function zeileAus(fehler: unknown): number {
  const f = (fehler ?? {}) as Record<string, unknown>;
  const kandidaten = [
    f.zeile,
    (f.loc as { line?: unknown } | undefined)?.line,
    (f.position as { start?: { line?: unknown } } | undefined)?.start?.line,
    f.line,
  ];
  const zahl = kandidaten.find((k): k is number => typeof k === 'number' && k > 0);
  if (zahl) return zahl;
  // Sätteri nennt die Stelle am Anfang der Meldung („5:1: Unexpected …“), andere als „line 5“.
  const text = String(f.message ?? '');
  const imText = /^(\d+):\d+/.exec(text) ?? /\b(?:line|Zeile)\s+(\d+)/i.exec(text);
  return imText ? Number(imText[1]) : 1;
}

/**
 * Der Grund auf Deutsch: eigene Meldungen (Schutz, Verknüpfung, YAML) sind es
 * schon; fremde (Sätteri, Astro) stehen als Zitat hinter einem deutschen Satz.
 */
function grundVon(fehler: unknown): string {
  const text = fehler instanceof Error ? fehler.message : String(fehler);
  if (fehler instanceof Error && (fehler.name === 'UnsicheresMdx' || /[äöüß„]/.test(text))) return text;
  return `Der Text lässt sich nicht übersetzen (Meldung des Übersetzers: „${text.replace(/^\d+:\d+:\s*/, '').split('\n')[0]}“).`;
}

/**
 * Macht aus einem Fehler beim Übersetzen einer Inhaltsdatei eine deutsche
 * Meldung mit Datei und Zeile. Der Stacktrace fällt weg: Er nennte nur
 * Dateien des Atlas und seiner Pakete, nicht die Stelle im Beitrag.
 */
export function baufehler(datei: string, fehler: unknown): Baufehler {
  const anzeige = relative(process.cwd(), datei).split('\\').join('/') || datei;
  const zeile = zeileAus(fehler);
  const grund = grundVon(fehler);
  const meldung =
    `${anzeige}:${zeile}: Der Build lehnt diese Datei ab. ${grund}\n` +
    `So beheben: Prüfen Sie die Datei mit „npm run pruefen -- ${anzeige}“ und korrigieren Sie die Stelle; ` +
    'meldet die Prüfung nichts, ist das ein Fehler des Atlas: Bitte melden Sie ihn der Redaktion.';
  const ergebnis = new Error(meldung) as Baufehler;
  ergebnis.name = 'Inhaltsfehler';
  ergebnis.loc = { file: datei, line: zeile, column: 1 };
  // Ohne Stacktrace: Astro druckt `stack`, wo es einen gibt.
  ergebnis.stack = `${ergebnis.name}: ${meldung}`;
  return ergebnis;
}
