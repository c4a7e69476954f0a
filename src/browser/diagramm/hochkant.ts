/**
 * Hochkant statt quer: ein eigenes kleines Modul, weil der Diagramm-Code im
 * Browser nichts mit anderen Seiten teilen soll (tests/build/diagramme.test.ts).
 */

/**
 * Dasselbe Flussdiagramm von oben nach unten statt quer (LR/RL → TB), oder
 * undefined, wenn es kein queres Flussdiagramm ist. Die Website zeichnet so ein
 * Diagramm, das quer selbst auf 10 px Schrift verkleinert nicht in die Spalte
 * passt: Es bleibt ganz zu sehen, statt im Rahmen zu scrollen.
 */
export function hochkant(quelle: string): string | undefined {
  const muster = /^(\s*(?:%%\{[\s\S]*?\}%%\s*)*)(flowchart|graph)([ \t]+)(LR|RL)\b/;
  const rumpf = quelle.match(/^\s*---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/)?.[0] ?? '';
  const rest = quelle.slice(rumpf.length);
  if (!muster.test(rest)) return undefined;
  return rumpf + rest.replace(muster, '$1$2$3TB');
}
