/**
 * Die Webadressen der Seiten, aus den IDs der Inhalte. Seiten, Links und die
 * Link-Prüfung bilden Adressen nur hier.
 *
 * Die Website kann unter einem Pfad liegen (ATLAS_BASE_PATH, Astros `base`,
 * z. B. „/atlas/“). `url` liefert Adressen mit diesem Pfad, für alles, was im
 * Browser ankommt. `pfad` liefert dieselben Adressen ohne ihn, so wie
 * Autorinnen sie in Inhalten schreiben („/querschnitt/fit-connect/“); die
 * Prüfung vergleicht Links damit, und beim Build setzt
 * src/integrations/basis-links.ts den Pfad davor.
 */
import { slug } from './slug.ts';

/** „/atlas“, „atlas/“ → „/atlas/“; leer → „/“. */
export function normalisiereBasis(basis: string): string {
  const teile = basis.split('/').filter(Boolean);
  return teile.length ? `/${teile.join('/')}/` : '/';
}

declare const __ATLAS_BASIS__: string | undefined;

/**
 * Der Pfad der Website im Build und im Browser, von astro.config.mjs über
 * Vites `define` eingesetzt (derselbe Wert wie Astros `base`). Nicht aus
 * import.meta.env.BASE_URL: Das liest Astro beim Rendern aus process.env, wo
 * eine fremde Variable BASE_URL (etwa von Vitest) ihn überdecken würde. Ohne
 * Vite (npm run pruefen, npm run neu, Unit-Tests) gilt „/“; dort zählt nur die
 * Form ohne Pfad.
 */
export const BASIS: string = normalisiereBasis(typeof __ATLAS_BASIS__ === 'string' ? __ATLAS_BASIS__ : '/');

/**
 * Setzt den Pfad der Website vor eine Adresse, die mit „/“ beginnt:
 * „/glossar/“ → „/atlas/glossar/“. Adressen mit Schema („https:“, „mailto:“),
 * „//host“, Anker und relative Pfade bleiben unverändert; ebenso eine Adresse,
 * die den Pfad schon trägt.
 */
export function mitBasis(adresse: string, basis: string = BASIS): string {
  const b = normalisiereBasis(basis);
  if (b === '/' || !adresse.startsWith('/') || adresse.startsWith('//')) return adresse;
  if (adresse.startsWith(b) || adresse === b.slice(0, -1)) return adresse;
  return b + adresse.slice(1);
}

declare const __ATLAS_INDEX_HTML__: boolean | undefined;

/**
 * Ob Links auf Seiten auf „index.html“ enden (ATLAS_INDEX_HTML=1, von
 * astro.config.mjs über Vites `define` gesetzt): für Server, die ein
 * Verzeichnis nicht zu seiner index.html auflösen, etwa GitLabs Ansicht
 * von Job-Artefakten (Vorschau im Merge-Request).
 */
export const INDEX_HTML: boolean = typeof __ATLAS_INDEX_HTML__ !== 'undefined' && __ATLAS_INDEX_HTML__ === true;

/** „/atlas/glossar/#a“ → „/atlas/glossar/index.html#a“; Dateien und fremde Adressen bleiben. */
export function mitIndexHtml(adresse: string): string {
  if (!adresse.startsWith('/') || adresse.startsWith('//')) return adresse;
  const ende = adresse.search(/[?#]/);
  const pfad = ende < 0 ? adresse : adresse.slice(0, ende);
  return pfad.endsWith('/') ? `${pfad}index.html${adresse.slice(pfad.length)}` : adresse;
}

/** Alle Adressen der Website unter einem Pfad; mit `indexHtml` enden Seitenadressen auf „index.html“. */
export function adressen(basis: string, indexHtml = false) {
  const b = normalisiereBasis(basis);
  const p = (adresse: string) => (indexHtml ? mitIndexHtml(mitBasis(adresse, b)) : mitBasis(adresse, b));
  return {
    start: () => p('/'),
    leistungen: () => p('/leistungen/'),
    leistung: (id: string) => p(`/leistungen/${id}/`),
    /** Konzept-ID „leistung/konzept“. */
    konzept: (id: string) => p(`/leistungen/${id}/`),
    querschnittListe: () => p('/querschnitt/'),
    querschnitt: (id: string) => p(`/querschnitt/${id}/`),
    kommunen: () => p('/kommunen/'),
    kommune: (id: string) => p(`/kommunen/${id}/`),
    beitraege: () => p('/beitraege/'),
    /** Beitrags-ID „kommune/slug“. */
    beitrag: (id: string) => p(`/beitraege/${id}/`),
    glossar: () => p('/glossar/'),
    begriff: (begriff: string) => p(`/glossar/#${slug(begriff)}`),
    seite: (id: string) => p(`/${id}/`),
    suche: () => p('/suche/'),
    /** Alle Dokumente einer Leistung in einer druckfertigen Seite. */
    dossier: (leistung: string) => p(`/leistungen/${leistung}/dossier/`),
    redaktion: () => p('/redaktion/'),
    /** Beschreibung der offenen Daten. */
    api: () => p('/api/'),
    /** Datei der offenen Daten, z. B. „leistungen.json“. */
    apiDatei: (datei: string) => p(`/api/v1/${datei}`),
    feed: () => p('/feed.xml'),
    sitemap: () => p('/sitemap-index.xml'),
    /** Dateien aus public/, z. B. „favicon.svg“. */
    datei: (name: string) => p(`/${name}`),
  };
}

/** Adressen für Links auf der Website: mit dem Pfad der Website (BASIS). */
export const url = adressen(BASIS, INDEX_HTML);

/** Dieselben Adressen ohne den Pfad der Website, wie in den Inhalten geschrieben und von der Prüfung verglichen. */
export const pfad = adressen('/');

/** Absolute Adresse für Daten, Feed und Sitemap: „/atlas/glossar/“ → „https://…/atlas/glossar/“ (Adressen aus `url`). */
export function absolut(adresse: string, site: URL | string): string {
  return new URL(adresse, site).href;
}

/** Seiten, die es unabhängig von einzelnen Inhalten gibt (Übersichten, Glossar, Suche, Redaktion, offene Daten); ohne Pfad der Website. */
export function festeSeiten(): string[] {
  return [
    pfad.start(),
    pfad.leistungen(),
    pfad.querschnittListe(),
    pfad.kommunen(),
    pfad.beitraege(),
    pfad.glossar(),
    pfad.suche(),
    pfad.redaktion(),
    pfad.api(),
  ];
}

/** Adresse der Seite eines Inhalts je Sammlung, ohne Pfad der Website; das Glossar hat keine eigene Seite je Begriff. */
export const adresseJeSammlung = {
  leistungen: pfad.leistung,
  konzepte: pfad.konzept,
  querschnitt: pfad.querschnitt,
  kommunen: pfad.kommune,
  beitraege: pfad.beitrag,
  seiten: pfad.seite,
} as const;
