/**
 * Regel „verknuepfung“: Im Inhaltsordner liegt eine symbolische Verknüpfung
 * oder etwas anderes als eine gewöhnliche Datei. Die Prüfung folgte ihr sonst
 * nicht, während Astro ihr folgt (Issue 20); node/laden.ts findet sie.
 */
import type { Befund } from '../kern/befund.ts';
import type { RegelInfo } from '../kern/typen.ts';

export const verknuepfung: RegelInfo = {
  name: 'verknuepfung',
  beschreibung: 'Eine symbolische Verknüpfung (oder keine gewöhnliche Datei) im Inhaltsordner.',
};

/** Befund zu einem Eintrag, der keine gewöhnliche Datei ist. */
export function keineDatei(datei: string, istVerknuepfung: boolean): Befund {
  return {
    datei,
    zeile: 1,
    spalte: 1,
    regel: verknuepfung.name,
    meldung: istVerknuepfung
      ? 'Das ist eine symbolische Verknüpfung, keine Datei; Verknüpfungen sind im Inhaltsordner nicht erlaubt.'
      : 'Das ist keine gewöhnliche Datei (etwa eine Gerätedatei oder Pipe); so etwas ist im Inhaltsordner nicht erlaubt.',
    hinweis: 'Legen Sie die Datei selbst an diese Stelle (kopieren statt verknüpfen) oder entfernen Sie den Eintrag.',
  };
}
