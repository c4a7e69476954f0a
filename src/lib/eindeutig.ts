/**
 * Fortlaufende IDs für Elemente, die eine Komponente mehrfach auf einer Seite
 * erzeugt (z. B. die Erklärung zu einem Begriff). Gezählt wird je Seite: Der
 * Schlüssel ist ein Objekt, das es einmal je gerenderter Seite gibt
 * (`Astro.locals`). Ein Zähler über den ganzen Build gäbe verschiedene IDs je
 * Build, seit Astro mehrere Seiten zugleich rendert (build.concurrency in
 * astro.config.mjs); so ergeben gleiche Inhalte gleiche IDs, ohne Zufall.
 */
const zaehler = new WeakMap<object, number>();

export function eindeutigeId(seite: object, praefix: string): string {
  const nummer = (zaehler.get(seite) ?? 0) + 1;
  zaehler.set(seite, nummer);
  return `${praefix}-${nummer}`;
}
