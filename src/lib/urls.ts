/**
 * Die Webadressen der Seiten, aus den IDs der Inhalte. Seiten, Links und die
 * Link-Prüfung bilden Adressen nur hier.
 */
import { slug } from './slug.ts';

export const url = {
  start: () => '/',
  leistungen: () => '/leistungen/',
  leistung: (id: string) => `/leistungen/${id}/`,
  /** Konzept-ID „leistung/konzept“. */
  konzept: (id: string) => `/leistungen/${id}/`,
  querschnittListe: () => '/querschnitt/',
  querschnitt: (id: string) => `/querschnitt/${id}/`,
  kommunen: () => '/kommunen/',
  kommune: (id: string) => `/kommunen/${id}/`,
  beitraege: () => '/beitraege/',
  /** Beitrags-ID „kommune/slug“. */
  beitrag: (id: string) => `/beitraege/${id}/`,
  glossar: () => '/glossar/',
  begriff: (begriff: string) => `/glossar/#${slug(begriff)}`,
  seite: (id: string) => `/${id}/`,
  suche: () => '/suche/',
  /** Beitrag im Browser schreiben, prüfen und einreichen. */
  beitragEditor: () => '/mitwirken/beitrag/',
  /** Alle Dokumente einer Leistung in einer druckfertigen Seite. */
  dossier: (leistung: string) => `/leistungen/${leistung}/dossier/`,
  redaktion: () => '/redaktion/',
  /** Beschreibung der offenen Daten. */
  api: () => '/api/',
  /** Datei der offenen Daten, z. B. „leistungen.json“. */
  apiDatei: (datei: string) => `/api/v1/${datei}`,
  feed: () => '/feed.xml',
  sitemap: () => '/sitemap.xml',
};

/** Absolute Adresse für Daten, Feed und Sitemap: „/glossar/“ → „https://…/glossar/“. */
export function absolut(pfad: string, site: URL | string): string {
  return new URL(pfad, site).href;
}

/** Seiten, die es unabhängig von einzelnen Inhalten gibt (Übersichten, Glossar, Suche, Redaktion, offene Daten). */
export function festeSeiten(): string[] {
  return [
    url.start(),
    url.leistungen(),
    url.querschnittListe(),
    url.kommunen(),
    url.beitraege(),
    url.glossar(),
    url.suche(),
    url.beitragEditor(),
    url.redaktion(),
    url.api(),
  ];
}

/** Adresse der Seite eines Inhalts je Sammlung; das Glossar hat keine eigene Seite je Begriff. */
export const adresseJeSammlung = {
  leistungen: url.leistung,
  konzepte: url.konzept,
  querschnitt: url.querschnitt,
  kommunen: url.kommune,
  beitraege: url.beitrag,
  seiten: url.seite,
} as const;
