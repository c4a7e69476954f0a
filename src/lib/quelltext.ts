/**
 * Der Text einer MDX-Datei ohne Front Matter, wie Astros `body` ihn trüge:
 * Der Datenspeicher behält ihn nicht (retainBody in content.config.ts), die
 * Seiten brauchen nur das HTML. Getrennt wird wie in der Prüfung (zerlegeMdx).
 * `datei` ist Astros `filePath` (relativ zum Projektordner) oder absolut.
 */
import { readFileSync } from 'node:fs';
import { zerlegeMdx } from '../pruefung/kern/frontmatter.ts';

export function mdxText(datei: string): string {
  return zerlegeMdx(readFileSync(datei, 'utf8'))?.text.trim() ?? '';
}
