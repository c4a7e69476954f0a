/**
 * „Verwendet in“ je Glossarbegriff, einmal je Build aus den MDX-Quelltexten
 * der Inhalte berechnet (siehe `ordneVerwendungen` in begriffe.ts). Die
 * Quelltexte liest es aus den Dateien; im Datenspeicher stehen sie nicht.
 */
import type { Atlas } from './atlas.ts';
import { ersterTeil } from './atlas.ts';
import { mdxText } from './quelltext.ts';
import { ordneVerwendungen, type Textseite } from '../modell/begriffe.ts';
import { url } from '../modell/urls.ts';

/** Der MDX-Text eines Eintrags aus seiner Datei (leer ohne Datei). */
const text = (eintrag: { filePath?: string | undefined }) => (eintrag.filePath ? mdxText(eintrag.filePath) : '');

const zwischenspeicher = new WeakMap<Atlas, Map<string, { titel: string; href: string }[]>>();

/** Seiten je Glossar-ID, in der Reihenfolge Leistungen, Konzepte, Bausteine, Beiträge, feste Seiten. */
export function begriffVerwendungen(a: Atlas): Map<string, { titel: string; href: string }[]> {
  let ergebnis = zwischenspeicher.get(a);
  if (!ergebnis) {
    const seiten: Textseite[] = [
      ...a.leistungen.map((l) => ({ titel: l.data.titel, href: url.leistung(l.id), text: text(l) })),
      ...a.konzepte.map((k) => ({
        titel: `${k.data.titel} (${a.leistung(ersterTeil(k.id)).data.titel})`,
        href: url.konzept(k.id),
        text: text(k),
      })),
      ...a.querschnitt.map((q) => ({ titel: q.data.titel, href: url.querschnitt(q.id), text: text(q) })),
      ...a.beitraege.map((b) => ({ titel: b.data.titel, href: url.beitrag(b.id), text: text(b) })),
      ...a.seiten.map((s) => ({ titel: s.data.titel, href: url.seite(s.id), text: text(s) })),
    ];
    ergebnis = ordneVerwendungen(
      seiten,
      a.glossar.map((e) => ({ ...e.data, id: e.id })),
    );
    zwischenspeicher.set(a, ergebnis);
  }
  return ergebnis;
}
