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
};
