/**
 * Jeder Verweis [^kennung] braucht eine Definition „[^kennung]: …“. Ohne sie
 * macht Markdown keine Fußnote daraus: „[^kennung]“ stünde als Text da.
 */
import { fussnoten } from './hilfen/belege.ts';
import { melder } from './hilfen/mdx.ts';
import type { MdxRegel } from '../kern/typen.ts';

export const fussnoteOhneDefinition: MdxRegel = {
  name: 'fussnote-ohne-definition',
  beschreibung: 'Jeder Fußnotenverweis [^kennung] hat am Dokumentende eine Definition „[^kennung]: …“.',
  pruefe(dokument) {
    const { befunde, melde } = melder(dokument, this.name);
    if (!dokument.baum) return befunde;
    // Den Verweis ohne Definition lässt remark-gfm als Text stehen; dort sucht ihn fussnoten().alsText.
    for (const { kennung, stelle } of fussnoten(dokument.baum).alsText) {
      melde(
        stelle,
        `Die Fußnote „[^${kennung}]“ hat keine Definition; auf der Seite stünde „[^${kennung}]“ als Text.`,
        `Schreiben Sie am Dokumentende eine Zeile „[^${kennung}]: …“ mit der Fundstelle in der Quelle (z. B. „§ 8a Abs. 4 OZG“), oder korrigieren Sie die Kennung.`,
      );
    }
    return befunde;
  },
};
