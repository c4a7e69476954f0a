/**
 * Was der Suchindex über eine Seite wissen muss: Filterwerte (Facetten),
 * Metadaten für die Trefferliste und den Sortierschlüssel. Seiten rechnen es
 * hier aus; `SuchAngaben.astro` schreibt es als data-pagefind-* in die Seite.
 * Rein und ohne Astro, damit Tests es direkt prüfen; auch die Suchseite im
 * Browser nutzt die Konstanten.
 */
import { t } from '../../i18n/de.ts';
import type { BeitragArt, KonzeptArt, Status } from '../../schemas/index.ts';

/** Die Facetten der Suche; die Schlüssel sind zugleich die Namen der Filter im Index und der URL-Parameter. */
export const FACETTEN = ['leistung', 'kommune', 'art', 'status'] as const;
export type Facette = (typeof FACETTEN)[number];

/** Name des Sortierschlüssels im Index (JJJJ-MM-TT, sortiert als Text richtig). */
export const SORTIERSCHLUESSEL = 'datum';

/**
 * Was außer nav, footer, form und script (die Pagefind selbst überspringt)
 * nicht in Index und Auszüge gehört: Diagrammquellen, egal ob sie noch als
 * Codeblock oder schon als gerendertes Diagramm in der Seite stehen.
 */
export const AUSGESCHLOSSEN = ['code.language-mermaid', 'pre.mermaid', '.mermaid', '[data-diagramm-quelle]'];

export interface SuchAngaben {
  /** Titel des Treffers. */
  titel: string;
  /** Worum es auf der Seite geht, ein Satz; durchsuchbar und in der Rangfolge gewichtet. */
  beschreibung: string;
  /** Datum für Anzeige und Sortierung, JJJJ-MM-TT. */
  datum: string;
  /** Filterwerte je Facette; jede Seite hat eine Dokumentart. */
  filter: Partial<Record<Facette, string[]>>;
  /**
   * Nur auf der Leistungsseite: der Name der Leistung, als eigenes, stark
   * gewichtetes Metadatum. Sonst verliert sie bei ihrem eigenen Namen gegen
   * Konzepte und Beiträge, die den Namen ebenfalls im Titel tragen.
   */
  leistungsseite?: string;
}

interface Gemeinsam {
  titel: string;
  beschreibung: string;
}

/** Die Seitenarten, die in den Index kommen, mit den Angaben, aus denen ihre Facetten entstehen. */
export type SuchSeite = Gemeinsam &
  (
    | { art: 'leistung'; datum: string }
    | { art: 'konzept'; leistung: string; konzeptart: KonzeptArt; status: Status; stand: string }
    | { art: 'baustein'; status: Status; stand: string }
    | { art: 'beitrag'; leistung: string; kommune: string; beitragsart: BeitragArt; status: Status; datum: string }
    | { art: 'kommune'; datum: string }
    | { art: 'glossar'; datum: string }
    | { art: 'seite'; stand: string }
  );

/** Dokumentart, wie sie im Filter „Dokumentart“ erscheint, z. B. „Konzept: Checkliste“. */
export function dokumentart(seite: SuchSeite): string {
  switch (seite.art) {
    case 'konzept':
      return t('suche.art.konzept', { art: t(`konzeptart.${seite.konzeptart}`) });
    case 'beitrag':
      return t('suche.art.beitrag', { art: t(`beitragsart.${seite.beitragsart}`) });
    default:
      return t(`suche.art.${seite.art}`);
  }
}

/** Filter, Metadaten und Sortierdatum einer Seite. */
export function suchAngaben(seite: SuchSeite): SuchAngaben {
  const { titel, beschreibung } = seite;
  const art = [dokumentart(seite)];
  const status = (s: Status) => [t(`status.${s}`)];
  const angaben = (datum: string, filter: SuchAngaben['filter']) => ({ titel, beschreibung, datum, filter });
  switch (seite.art) {
    case 'leistung':
      return { ...angaben(seite.datum, { leistung: [titel], art }), leistungsseite: titel };
    case 'konzept':
      return angaben(seite.stand, { leistung: [seite.leistung], art, status: status(seite.status) });
    case 'baustein':
      return angaben(seite.stand, { art, status: status(seite.status) });
    case 'beitrag':
      return angaben(seite.datum, {
        leistung: [seite.leistung],
        kommune: [seite.kommune],
        art,
        status: status(seite.status),
      });
    case 'kommune':
      return angaben(seite.datum, { kommune: [titel], art });
    case 'glossar':
      return angaben(seite.datum, { art });
    case 'seite':
      return angaben(seite.stand, { art });
  }
}

/** Das jüngste Datum (JJJJ-MM-TT) einer Liste, sonst der Ersatz. */
export function neuestesDatum(daten: (string | undefined)[], ersatz: string): string {
  return daten.filter((d): d is string => Boolean(d)).reduce((a, b) => (b > a ? b : a), '') || ersatz;
}
