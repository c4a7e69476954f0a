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
   * Nur auf den Seiten, die ein Ding selbst beschreiben (Leistung, Baustein,
   * Kommune): sein Name und seine Kurzformen (bei einer Leistung auch der Name
   * der ausführenden Behörde, `behoerdenname`), als eigenes, am stärksten
   * gewichtetes Metadatum. Sonst verliert das Profil von „Landkreis Musterland“
   * gegen die Beiträge, die den Namen im Titel und oft im Text tragen, und der
   * Baustein zu OSCI gegen Beiträge, die OSCI häufig erwähnen.
   */
  thema?: string[];
  /**
   * Nur im Glossar: alle Begriffe mit Langform. Ein gesuchter Fachbegriff
   * bringt so das Glossar nach oben, aber hinter die Seite, deren Thema er ist
   * (Gewicht unter `thema`, über `title`).
   */
  begriffe?: string[];
}

interface Gemeinsam {
  titel: string;
  beschreibung: string;
}

/** Die Seitenarten, die in den Index kommen, mit den Angaben, aus denen ihre Facetten entstehen. */
export type SuchSeite = Gemeinsam &
  (
    | { art: 'leistung'; datum: string; behoerde?: string | undefined }
    | { art: 'konzept'; leistung: string; konzeptart: KonzeptArt; status: Status; stand: string }
    | { art: 'baustein'; status: Status; stand: string }
    | { art: 'beitrag'; leistung: string; kommune: string; beitragsart: BeitragArt; status: Status; datum: string }
    | { art: 'kommune'; datum: string }
    | { art: 'glossar'; datum: string; begriffe: string[] }
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
    case 'leistung': {
      const behoerde = seite.behoerde ? behoerdenname(seite.behoerde) : '';
      return { ...angaben(seite.datum, { leistung: [titel], art }), thema: behoerde ? [titel, behoerde] : [titel] };
    }
    case 'konzept':
      return angaben(seite.stand, { leistung: [seite.leistung], art, status: status(seite.status) });
    case 'baustein':
      return { ...angaben(seite.stand, { art, status: status(seite.status) }), thema: [titel] };
    case 'beitrag':
      return angaben(seite.datum, {
        leistung: [seite.leistung],
        kommune: [seite.kommune],
        art,
        status: status(seite.status),
      });
    case 'kommune':
      return { ...angaben(seite.datum, { kommune: [titel], art }), thema: [titel, ...kurznamen(titel)] };
    case 'glossar':
      return { ...angaben(seite.datum, { art }), begriffe: seite.begriffe };
    case 'seite':
      return angaben(seite.stand, { art });
  }
}

/**
 * Der Name der Behörde, die eine Leistung vor Ort ausführt, aus dem Feld
 * `vollzug` der Leistung: der Teil vor der ersten Klammer oder dem ersten
 * Semikolon („Untere Gewerbebehörde (in Thüringen …)“ → „Untere
 * Gewerbebehörde“). Leser suchen eine Leistung oft unter ihrer Behörde
 * („Gewerbeamt“, „Einwohnermeldeamt“); die anderen Namen der Behörde liefert
 * das Glossar als Synonyme des Themas. Die Erläuterung in Klammern bleibt
 * draußen, sonst fände jeder dort genannte Ort die Leistungsseite.
 */
export function behoerdenname(vollzug: string): string {
  return vollzug.split(/[(;]/)[0]!.trim();
}

/**
 * Der Name einer Kommune ohne ihre Art: „Landkreis Musterland“ → „Musterland“,
 * „Verwaltungsgemeinschaft Beispieltal“ → „Beispieltal“, „VG Beispieltal“.
 * Leser tippen oft nur den Ortsnamen oder die übliche Abkürzung.
 */
export function kurznamen(name: string): string[] {
  const arten: [RegExp, string?][] = [
    [/^Verwaltungsgemeinschaft\s+/, 'VG'],
    [/^(?:Landkreis|Kreis)\s+/, 'LK'],
    [/^(?:Stadt|Gemeinde|Markt|Kreisfreie Stadt|Große Kreisstadt)\s+/],
  ];
  for (const [muster, kurz] of arten) {
    if (!muster.test(name)) continue;
    const ort = name.replace(muster, '');
    return kurz ? [ort, `${kurz} ${ort}`] : [ort];
  }
  return [];
}

/** Das jüngste Datum (JJJJ-MM-TT) einer Liste, sonst der Ersatz. */
export function neuestesDatum(daten: (string | undefined)[], ersatz: string): string {
  return daten.filter((d): d is string => Boolean(d)).reduce((a, b) => (b > a ? b : a), '') || ersatz;
}
