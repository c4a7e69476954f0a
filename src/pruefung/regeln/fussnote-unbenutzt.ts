/** Eine Fußnotendefinition, auf die nichts im Text verweist, erscheint nicht auf der Seite; eine doppelte verwirrt. */
import { fussnoten, kennung } from './hilfen/belege.ts';
import { melder, stelleVon } from './hilfen/mdx.ts';
import type { MdxRegel } from '../kern/typen.ts';

export const fussnoteUnbenutzt: MdxRegel = {
  name: 'fussnote-unbenutzt',
  beschreibung:
    'Jede Fußnotendefinition „[^kennung]: …“ steht genau einmal da, und der Text verweist mindestens einmal auf sie.',
  pruefe(dokument) {
    const { befunde, melde } = melder(dokument, this.name);
    if (!dokument.baum) return befunde;
    const { verweise, definitionen } = fussnoten(dokument.baum);
    const benutzt = new Set(verweise.map((v) => v.identifier));
    const gesehen = new Set<string>();
    for (const d of definitionen) {
      const k = kennung(d);
      if (gesehen.has(d.identifier)) {
        melde(
          stelleVon(d),
          `Die Fußnote „[^${k}]“ ist zweimal definiert; die Seite zeigt nur die erste Definition.`,
          'Fassen Sie beide Definitionen in einer Zeile zusammen: „[^kennung]: Fundstelle 1; Fundstelle 2.“',
        );
        continue;
      }
      gesehen.add(d.identifier);
      if (!benutzt.has(d.identifier)) {
        melde(
          stelleVon(d),
          `Auf die Fußnote „[^${k}]“ verweist keine Stelle im Text; sie erschiene nicht auf der Seite.`,
          `Setzen Sie „[^${k}]“ hinter den Satz, den die Quelle belegt, oder entfernen Sie die Definition.`,
        );
      }
    }
    return befunde;
  },
};
