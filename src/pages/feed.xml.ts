/**
 * Atom-Feed neuer und geänderter Beiträge und Konzeptdokumente. Zeitpunkte aus
 * git, wo verfügbar; sonst „stand“ (Konzept) oder „datum“ (Beitrag).
 */
import type { APIRoute } from 'astro';
import { t } from '../i18n/de.ts';
import { atlas, ersterTeil } from '../lib/atlas.ts';
import { atomFeed, zeitraum, type FeedEintrag } from '../lib/feed.ts';
import { historie } from '../lib/git.ts';
import { absolut, url } from '../modell/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const a = await atlas();
  const geschichte = historie();
  const abs = (pfad: string) => absolut(pfad, site!);
  // Der Zusatz in Klammern nur, wenn der Titel die Leistung oder Kommune nicht schon nennt.
  const mitZusatz = (titel: string, zusatz: string) => (titel.includes(zusatz) ? titel : `${titel} (${zusatz})`);
  const eintraege: FeedEintrag[] = [
    ...a.konzepte.map((k) => ({
      titel: mitZusatz(k.data.titel, a.leistung(ersterTeil(k.id)).data.titel),
      url: abs(url.konzept(k.id)),
      ...zeitraum(geschichte.aenderungen(k.filePath!), k.data.stand),
      zusammenfassung: k.data.beschreibung,
      autoren: k.data.autoren,
      kategorien: [t(`konzeptart.${k.data.art}`), t(`status.${k.data.status}`)],
    })),
    ...a.beitraege.map((b) => ({
      titel: mitZusatz(b.data.titel, a.kommune(ersterTeil(b.id)).data.name),
      url: abs(url.beitrag(b.id)),
      ...zeitraum(geschichte.aenderungen(b.filePath!), b.data.datum),
      zusammenfassung: b.data.beschreibung,
      autoren: b.data.autoren,
      kategorien: [t(`beitragsart.${b.data.art}`), t(`status.${b.data.status}`)],
    })),
  ];
  const xml = atomFeed({
    titel: t('feed.titel'),
    untertitel: t('feed.untertitel'),
    selbst: abs(url.feed()),
    startseite: abs(url.start()),
    autor: t('feed.autor'),
    eintraege,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
