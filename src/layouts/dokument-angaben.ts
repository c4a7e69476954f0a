/**
 * Die Angaben, die jede Dokumentseite (Konzept, Baustein, Beitrag) gleich an
 * layouts/Dokument.astro gibt: aus den Daten des Eintrags und dem, was
 * `render()` liefert. Was je Seite verschieden ist (Oberzeile, Brotkrumen,
 * Suche, Nachbarn), gibt die Seite selbst.
 */
import type { MarkdownHeading } from 'astro';
import { belegteQuellen } from '../mdx/belege.ts';
import type { Quelle, Status } from '../schemas/index.ts';

interface Dokumentdaten {
  titel: string;
  beschreibung: string;
  status: Status;
  version?: string | undefined;
  /** Konzepte und Bausteine: Stand; Beiträge: Datum. */
  stand?: string | undefined;
  datum?: string | undefined;
  autoren: string[];
  pruefung?: { naechste: string } | undefined;
  quellen?: Quelle[] | undefined;
}

export function dokumentAngaben(
  eintrag: { filePath?: string | undefined; data: Dokumentdaten },
  gerendert: { headings: MarkdownHeading[]; remarkPluginFrontmatter: Record<string, unknown> },
) {
  const d = eintrag.data;
  return {
    titel: d.titel,
    beschreibung: d.beschreibung,
    status: d.status,
    version: d.version,
    stand: d.stand ?? d.datum ?? '',
    autoren: d.autoren,
    naechstePruefung: d.pruefung?.naechste,
    datei: eintrag.filePath ?? '',
    ueberschriften: gerendert.headings,
    quellen: d.quellen,
    belegt: belegteQuellen(gerendert.remarkPluginFrontmatter),
  };
}
