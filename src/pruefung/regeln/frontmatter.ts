/** Regel „frontmatter“: Einer MDX-Datei fehlt der Kopfbereich zwischen zwei Zeilen „---“ (kern/frontmatter.ts trennt ihn). */
import type { Befund } from '../kern/befund.ts';
import type { RegelInfo } from '../kern/typen.ts';

export const frontmatter: RegelInfo = {
  name: 'frontmatter',
  beschreibung: 'Der Kopfbereich zwischen `---` fehlt.',
};

export function frontmatterBefund(datei: string, meldung: string, hinweis: string): Befund {
  return { datei, zeile: 1, spalte: 1, regel: frontmatter.name, meldung, hinweis };
}
