/**
 * Die Webadressen der Seiten, aus den IDs der Inhalte. Seiten, Links und die
 * Link-Prüfung bilden Adressen nur hier.
 *
 * Die Website kann unter einem Pfad liegen (ATLAS_BASE_PATH, Astros `base`,
 * z. B. „/atlas/“). `url` liefert Adressen mit diesem Pfad, für alles, was im
 * Browser ankommt. `pfad` liefert dieselben Adressen ohne ihn, so wie
 * Autorinnen sie in Inhalten schreiben („/querschnitt/fit-connect/“); die
 * Prüfung vergleicht Links damit, und beim Build setzt
 * src/mdx/basis-links.ts den Pfad davor.
 */
import { slug } from './slug.ts';
import { BASIS, INDEX_HTML, mitBasis, mitIndexHtml, normalisiereBasis } from './basis.ts';

export { BASIS, INDEX_HTML, mitBasis, mitIndexHtml, normalisiereBasis } from './basis.ts';

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
    /** Die .mdx-Datei eines Beitrags, wie sie im Repository steht; der Editor öffnet sie („Im Editor bearbeiten“). */
    beitragQuelle: (id: string) => p(`/beitraege/${id}/quelle.mdx`),
    glossar: () => p('/glossar/'),
    begriff: (begriff: string) => p(`/glossar/#${slug(begriff)}`),
    seite: (id: string) => p(`/${id}/`),
    suche: () => p('/suche/'),
    /** Beitrag im Browser schreiben, prüfen und einreichen. */
    beitragEditor: () => p('/mitwirken/beitrag/'),
    /** Den Beitrag mit diesem Pfad im Repository im Editor öffnen („content/beitraege/…/….mdx“). */
    beitragBearbeiten: (datei: string) => `${p('/mitwirken/beitrag/')}?datei=${encodeURIComponent(datei)}`,
    /** Alle Dokumente einer Leistung in einer druckfertigen Seite. */
    dossier: (leistung: string) => p(`/leistungen/${leistung}/dossier/`),
    redaktion: () => p('/redaktion/'),
    /** Anbindungsbogen einer Leistung: Transportweg, Werte, Schritte. */
    anbindung: (leistung: string) => p(`/leistungen/${leistung}/anbindung/`),
    /** Plan über mehrere Leistungen. */
    anbindungsplan: () => p('/anbindung/'),
    /** Alle Standards und Schnittstellen mit Gültigkeit. */
    standards: () => p('/standards/'),
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
    pfad.beitragEditor(),
    pfad.redaktion(),
    pfad.api(),
    pfad.anbindungsplan(),
    pfad.standards(),
  ];
}

/** Adresse der Seite eines Inhalts je Sammlung, ohne Pfad der Website; das Glossar hat keine eigene Seite je Begriff. */
export const adresseJeSammlung = {
  leistungen: pfad.leistung,
  anbindungen: pfad.anbindung,
  konzepte: pfad.konzept,
  querschnitt: pfad.querschnitt,
  kommunen: pfad.kommune,
  beitraege: pfad.beitrag,
  seiten: pfad.seite,
} as const;
