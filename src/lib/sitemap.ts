/**
 * Was die Sitemap braucht, das @astrojs/sitemap nicht weiß: die letzte
 * Änderung je Seite aus der Versionsgeschichte (src/lib/git.ts). Reine
 * Funktionen; die Integration in src/integrations/sitemap.ts verbindet sie.
 */
import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Aenderung } from './git.ts';
import { zuordnen } from '../modell/sammlungen.ts';
import { adresseJeSammlung, mitBasis } from '../modell/urls.ts';

/**
 * Jede Inhaltsdatei mit eigener Seite und deren Adresse unter dem Pfad der
 * Website: „content/kommunen/musterstadt.yaml“ → „/atlas/kommunen/musterstadt/“.
 * `dateien` relativ zum Inhaltsordner, mit „/“.
 */
export function seitenDerDateien(
  dateien: readonly string[],
  inhaltsOrdner: string,
  basis: string,
): { adresse: string; datei: string }[] {
  return dateien.flatMap((d) => {
    const z = zuordnen(d);
    if (!z || z.sammlung === 'glossar') return [];
    return [{ adresse: mitBasis(adresseJeSammlung[z.sammlung](z.id), basis), datei: `${inhaltsOrdner}/${d}` }];
  });
}

/** Alle Dateien unter dem Inhaltsordner, relativ und mit „/“. */
export function dateienIm(ordner: string): string[] {
  return readdirSync(ordner, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) =>
      join(e.parentPath, e.name)
        .slice(ordner.length + 1)
        .split(sep)
        .join('/'),
    );
}

/**
 * Letzte Änderung je absoluter Adresse: der jüngste Commit der Datei, aus der
 * die Seite entsteht. Seiten ohne eigene Datei (Übersichten) oder ohne
 * Geschichte (flacher Klon) bekommen keine Angabe: besser keine als eine falsche.
 */
export function letzteAenderungen(
  seiten: readonly { adresse: string; datei: string }[],
  aenderungen: (datei: string) => readonly Aenderung[],
  site: string,
): Map<string, string> {
  const ergebnis = new Map<string, string>();
  for (const s of seiten) {
    const zeitpunkt = aenderungen(s.datei)[0]?.zeitpunkt;
    if (zeitpunkt) ergebnis.set(new URL(s.adresse, site).href, new Date(zeitpunkt).toISOString());
  }
  return ergebnis;
}
