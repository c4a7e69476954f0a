/**
 * „Verwendet in“ je Glossarbegriff, einmal je Build aus den MDX-Quelltexten
 * der Inhalte berechnet (siehe `ordneVerwendungen` in begriffe.ts).
 */
import type { Atlas } from './atlas.ts';
import { ersterTeil } from './atlas.ts';
import { ordneVerwendungen, type Textseite } from '../modell/begriffe.ts';
import { url } from '../modell/urls.ts';

const zwischenspeicher = new WeakMap<Atlas, Map<string, { titel: string; href: string }[]>>();

/** Seiten je Glossar-ID, in der Reihenfolge Leistungen, Konzepte, Bausteine, Beiträge, feste Seiten. */
export function begriffVerwendungen(a: Atlas): Map<string, { titel: string; href: string }[]> {
  let ergebnis = zwischenspeicher.get(a);
  if (!ergebnis) {
    const seiten: Textseite[] = [
      ...a.leistungen.map((l) => ({ titel: l.data.titel, href: url.leistung(l.id), text: l.body ?? '' })),
      ...a.konzepte.map((k) => ({
        titel: `${k.data.titel} (${a.leistung(ersterTeil(k.id)).data.titel})`,
        href: url.konzept(k.id),
        text: k.body ?? '',
      })),
      ...a.querschnitt.map((q) => ({ titel: q.data.titel, href: url.querschnitt(q.id), text: q.body ?? '' })),
      ...a.beitraege.map((b) => ({ titel: b.data.titel, href: url.beitrag(b.id), text: b.body ?? '' })),
      ...a.seiten.map((s) => ({ titel: s.data.titel, href: url.seite(s.id), text: s.body ?? '' })),
    ];
    ergebnis = ordneVerwendungen(
      seiten,
      a.glossar.map((e) => ({ ...e.data, id: e.id })),
    );
    zwischenspeicher.set(a, ergebnis);
  }
  return ergebnis;
}
