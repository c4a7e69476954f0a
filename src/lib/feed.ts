/**
 * Atom-Feed (RFC 4287) mit dem Paket „feed“. Reine Funktion: Wer den Feed
 * baut, gibt Einträge mit absoluten Adressen und Zeitpunkten nach RFC 3339 mit.
 */
import { Feed as FeedBauer } from 'feed';
import { maskiereHtml } from './html-text.ts';

export interface FeedEintrag {
  titel: string;
  /** Absolute Adresse; zugleich die dauerhafte ID des Eintrags. */
  url: string;
  /** Letzte Änderung (RFC 3339). */
  aktualisiert: string;
  /** Erste Veröffentlichung (RFC 3339). */
  veroeffentlicht: string;
  zusammenfassung: string;
  autoren: string[];
  /** Schlagworte, z. B. Art und Status. */
  kategorien: string[];
}

export interface Feed {
  titel: string;
  untertitel: string;
  /** Absolute Adresse des Feeds selbst. */
  selbst: string;
  /** Absolute Adresse der Website. */
  startseite: string;
  /** Wer den Feed verantwortet (Pflichtangabe „author“ auf Feed-Ebene). */
  autor: string;
  eintraege: FeedEintrag[];
}

/** In XML verbotene Steuerzeichen; das Paket „feed“ entfernt sie nicht, ein Leser bräche sonst ab. */
export function ohneSteuerzeichen(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

/**
 * Text für Felder, die „feed“ als type="html" in CDATA schreibt (Titel und
 * Zusammenfassung der Einträge): HTML-maskiert, damit „<b>“ als Text ankommt,
 * und „]]>“ zerlegt, das den CDATA-Abschnitt sonst beenden würde.
 */
export function alsHtmlText(text: string): string {
  return maskiereHtml(ohneSteuerzeichen(text)).replace(/]]>/g, ']]&gt;');
}

/** Datum „JJJJ-MM-TT“ als Zeitpunkt nach RFC 3339 (Mitternacht UTC). */
export const alsZeitpunkt = (datum: string) => (datum.length === 10 ? `${datum}T00:00:00Z` : datum);

/** Der Feed als XML; Einträge neueste zuerst, „updated“ des Feeds ist die jüngste Änderung. */
export function atomFeed(feed: Feed): string {
  const zeit = (z: string) => new Date(z).getTime();
  const eintraege = [...feed.eintraege].sort(
    (a, b) => zeit(b.aktualisiert) - zeit(a.aktualisiert) || a.url.localeCompare(b.url),
  );
  const bauer = new FeedBauer({
    id: feed.startseite,
    title: ohneSteuerzeichen(feed.titel),
    description: ohneSteuerzeichen(feed.untertitel),
    link: feed.startseite,
    feedLinks: { atom: feed.selbst },
    updated: new Date(eintraege[0]?.aktualisiert ?? '1970-01-01T00:00:00Z'),
    author: { name: ohneSteuerzeichen(feed.autor) },
    // Kein <generator> mit der Adresse des Pakets: Der Feed spricht für den Atlas.
    generator: false,
  });
  for (const e of eintraege) {
    bauer.addItem({
      title: alsHtmlText(e.titel),
      id: e.url,
      link: e.url,
      date: new Date(e.aktualisiert),
      published: new Date(e.veroeffentlicht),
      description: alsHtmlText(e.zusammenfassung),
      author: e.autoren.map((name) => ({ name: ohneSteuerzeichen(name) })),
      // xml-js maskiert „<“ in Attributen nicht; Schlagworte sind feste Texte, ein „<“ wäre ein Versehen.
      category: e.kategorien.map((term) => ({ term: ohneSteuerzeichen(term).replace(/</g, '‹') })),
    });
  }
  // „feed“ kennt keine Sprache für Atom; xml:lang sagt Lesern, dass der Feed deutsch ist.
  return bauer
    .atom1()
    .replace('<feed xmlns="http://www.w3.org/2005/Atom">', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">');
}

/**
 * Erste Veröffentlichung und letzte Änderung eines Dokuments: aus der
 * Versionsgeschichte (neueste zuerst), sonst das Datum aus dem Dokument
 * (Stand oder Datum des Beitrags).
 */
export function zeitraum(
  aenderungen: readonly { zeitpunkt: string }[],
  datumImDokument: string,
): { aktualisiert: string; veroeffentlicht: string } {
  const neueste = aenderungen[0]?.zeitpunkt;
  const aelteste = aenderungen.at(-1)?.zeitpunkt;
  return {
    aktualisiert: neueste ?? alsZeitpunkt(datumImDokument),
    veroeffentlicht: aelteste ?? alsZeitpunkt(datumImDokument),
  };
}
