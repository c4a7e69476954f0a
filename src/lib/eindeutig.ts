/**
 * Fortlaufende IDs für Elemente, die eine Komponente mehrfach auf einer Seite
 * erzeugt (z. B. die Erklärung zu einem Begriff). Der Zähler läuft über den
 * ganzen Build weiter: So ist jede ID auf ihrer Seite eindeutig, ohne Zufall
 * (Astro erzeugt die Seiten nacheinander, gleiche Inhalte ergeben gleiche IDs).
 */
let zaehler = 0;

export function eindeutigeId(praefix: string): string {
  zaehler += 1;
  return `${praefix}-${zaehler}`;
}
