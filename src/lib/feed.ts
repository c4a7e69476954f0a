/**
 * Atom-Feed (RFC 4287) als Text. Reine Funktion: Wer den Feed baut, gibt
 * Einträge mit absoluten Adressen und Zeitpunkten nach RFC 3339 mit.
 */

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

const ersetzungen: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text für XML: Sonderzeichen maskiert, in XML verbotene Steuerzeichen entfernt. */
export function xmlText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/[&<>"']/g, (z) => ersetzungen[z]!);
}

/** Datum „JJJJ-MM-TT“ als Zeitpunkt nach RFC 3339 (Mitternacht UTC). */
export const alsZeitpunkt = (datum: string) => (datum.length === 10 ? `${datum}T00:00:00Z` : datum);

/** Der Feed als XML; Einträge neueste zuerst, „updated“ des Feeds ist die jüngste Änderung. */
export function atomFeed(feed: Feed): string {
  const zeit = (z: string) => new Date(z).getTime();
  const eintraege = [...feed.eintraege].sort(
    (a, b) => zeit(b.aktualisiert) - zeit(a.aktualisiert) || a.url.localeCompare(b.url),
  );
  const aktualisiert = eintraege[0]?.aktualisiert ?? '1970-01-01T00:00:00Z';
  const zeilen = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">',
    `  <title>${xmlText(feed.titel)}</title>`,
    `  <subtitle>${xmlText(feed.untertitel)}</subtitle>`,
    `  <id>${xmlText(feed.startseite)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.selbst)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(feed.startseite)}"/>`,
    `  <updated>${xmlText(aktualisiert)}</updated>`,
    `  <author><name>${xmlText(feed.autor)}</name></author>`,
    ...eintraege.flatMap((e) => [
      '  <entry>',
      `    <title>${xmlText(e.titel)}</title>`,
      `    <id>${xmlText(e.url)}</id>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(e.url)}"/>`,
      `    <published>${xmlText(e.veroeffentlicht)}</published>`,
      `    <updated>${xmlText(e.aktualisiert)}</updated>`,
      ...e.autoren.map((a) => `    <author><name>${xmlText(a)}</name></author>`),
      ...e.kategorien.map((k) => `    <category term="${xmlText(k)}"/>`),
      `    <summary>${xmlText(e.zusammenfassung)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return zeilen.join('\n');
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
