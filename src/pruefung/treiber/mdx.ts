/**
 * Liest den Text einer MDX-Datei, ohne ihn auszuführen (unified/remark mit
 * remark-mdx und remark-gfm), und lässt die Regeln aus regeln/ auf dem
 * Syntaxbaum laufen. Nur unified/remark: dasselbe Modul läuft im
 * Browser-Editor.
 *
 * Gelesen wird genau der Text, den der Build übersetzt (textOhneKopf aus
 * frontmatter.ts): Kopf und Text trennt nur zerlegeMdx, nicht noch einmal
 * remark-frontmatter, das die Grenze anders ziehen könnte (Issue 20).
 */
import GithubSlugger from 'github-slugger';
import { istMermaid } from '../../config/diagramm.ts';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { alleKnoten } from '../regeln/hilfen/baum.ts';
import type { Befund } from '../kern/befund.ts';
import { textOhneKopf } from '../kern/frontmatter.ts';
import type { RohEintrag } from '../kern/typen.ts';
import { pruefeBaumTiefe, pruefeDiagrammGrenzen, vorpruefeTiefe } from '../regeln/grenze.ts';
import { uebersetzeMdxFehler } from '../regeln/mdx-syntax.ts';
import type { Diagramm } from '../kern/typen.ts';
import { stelleVon } from '../regeln/hilfen/mdx.ts';
import { MDX_REGELN } from '../regeln/index.ts';
import type { MdxDokument, MdxKontext, MdxRegel } from '../kern/typen.ts';

export type { MdxDokument, MdxKontext, MdxRegel } from '../kern/typen.ts';

const leser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Liest eine MDX-Datei. Ein Syntaxfehler wird als Befund gemeldet; dann fehlt der Baum. */
export function leseMdx(eintrag: RohEintrag): { dokument: MdxDokument; befunde: Befund[] } {
  const ohneBaum = { eintrag, anker: new Set<string>(), diagramme: [] };
  // Zu tief Verschachteltes liest remark gar nicht erst: Es steigt selbst rekursiv ab (siehe grenzen.ts).
  const vorab = vorpruefeTiefe(eintrag.datei, eintrag.text ?? eintrag.quelltext, eintrag.textStartZeile ?? 1);
  if (vorab.length) return { dokument: ohneBaum, befunde: vorab };
  try {
    const baum = leser.parse(
      eintrag.text === undefined ? eintrag.quelltext : textOhneKopf(eintrag.quelltext, { text: eintrag.text }),
    );
    const zuTief = pruefeBaumTiefe(eintrag.datei, baum);
    // Ohne Baum laufen keine Regeln; sie steigen ebenfalls in den Baum ab.
    if (zuTief.length) return { dokument: ohneBaum, befunde: zuTief };
    const slugger = new GithubSlugger();
    const anker = new Set<string>();
    const diagramme: Diagramm[] = [];
    // Ein Durchgang sammelt beides: Anker für die Link-Prüfung, Diagramme für den Mermaid-Worker,
    // der so schon rechnet, während die übrigen Regeln laufen.
    for (const knoten of alleKnoten(baum)) {
      if (knoten.type === 'heading') anker.add(slugger.slug(toString(knoten)));
      if (knoten.type === 'code' && istMermaid(knoten.lang)) {
        diagramme.push({ datei: eintrag.datei, ...stelleVon(knoten), code: knoten.value });
      }
    }
    const zuGross = pruefeDiagrammGrenzen(eintrag.datei, diagramme);
    // Zu viele oder zu große Diagramme liest mermaid nicht; die übrigen Regeln laufen.
    return { dokument: { eintrag, baum, anker, diagramme: zuGross.length ? [] : diagramme }, befunde: zuGross };
  } catch (fehler) {
    return { dokument: ohneBaum, befunde: [uebersetzeMdxFehler(eintrag.datei, fehler)] };
  }
}

/**
 * Prüft eine gelesene MDX-Datei nach allen Regeln (ohne das Lesen der
 * Diagramme durch mermaid, das prüft mermaid.ts gesammelt). Scheitert eine
 * Regel an der Datei, wird das ein Befund für diese Datei; die übrigen Regeln
 * und Dateien laufen weiter.
 */
export function pruefeMdx(
  dokument: MdxDokument,
  kontext: MdxKontext,
  regeln: readonly MdxRegel[] = MDX_REGELN,
): Befund[] {
  if (!dokument.baum) return [];
  return regeln.flatMap((regel) => {
    try {
      return regel.pruefe(dokument, kontext);
    } catch {
      return [
        {
          datei: dokument.eintrag.datei,
          zeile: 1,
          spalte: 1,
          regel: regel.name,
          meldung: `Die Regel „${regel.name}“ konnte diese Datei nicht prüfen; sie ist zu groß, zu tief verschachtelt oder ungewöhnlich aufgebaut.`,
          hinweis:
            'Vereinfachen Sie die Datei (weniger tief verschachtelte Listen, Zitate und Elemente, kürzere Zeilen) und prüfen Sie erneut. Bleibt die Meldung, melden Sie sie bitte als Fehler des Atlas.',
        },
      ];
    }
  });
}
