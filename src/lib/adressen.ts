/**
 * Die Webadressen der Website, berechnet aus Sammlung und ID. Seiten und
 * Linkprüfung nutzen dieselbe Funktion, damit ein Link, den die Prüfung
 * akzeptiert, auch auf eine Seite führt. Alle internen Adressen enden mit „/“.
 */
import type { SammlungName } from './content/sammlungen.ts';
import { slug } from './slug.ts';

/** Seiten, die es unabhängig von den Inhalten gibt (Übersichten, Glossar, Suche). */
export const FESTE_SEITEN: readonly string[] = [
  '/',
  '/leistungen/',
  '/querschnitt/',
  '/kommunen/',
  '/beitraege/',
  '/glossar/',
  '/suche/',
];

/** Adresse der Seite eines Eintrags, z. B. („konzepte“, „wohngeld/technisch“) → /leistungen/wohngeld/technisch/. */
export function adresseVon(sammlung: Exclude<SammlungName, 'glossar'>, id: string): string {
  switch (sammlung) {
    case 'leistungen':
    case 'konzepte':
      return `/leistungen/${id}/`;
    case 'querschnitt':
      return `/querschnitt/${id}/`;
    case 'kommunen':
      return `/kommunen/${id}/`;
    case 'beitraege':
      return `/beitraege/${id}/`;
    case 'seiten':
      return `/${id}/`;
  }
}

/** Anker eines Glossarbegriffs auf /glossar/. */
export function glossarAnker(begriff: string): string {
  return slug(begriff);
}
