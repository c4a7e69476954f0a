/** Ereignis-Attribute (onclick, onload …) führen im Browser Code aus. */
import { jsxElemente, melder, stelleVon } from './hilfen/mdx.ts';
import type { MdxRegel } from '../kern/typen.ts';

export const ereignis: MdxRegel = {
  name: 'ereignis',
  beschreibung: 'Keine Ereignis-Attribute (on…) an Elementen: Sie würden im Browser Code ausführen.',
  pruefe(dokument) {
    const { befunde, melde } = melder(dokument, this.name);
    if (!dokument.baum) return befunde;
    for (const element of jsxElemente(dokument.baum)) {
      for (const attribut of element.attributes) {
        if (attribut.type !== 'mdxJsxAttribute' || !/^on/i.test(attribut.name)) continue;
        melde(
          stelleVon(attribut, stelleVon(element)),
          `Das Attribut „${attribut.name}“ an <${element.name ?? ''}> würde im Browser Code ausführen. Ereignis-Attribute (on…) sind nicht erlaubt.`,
          'Entfernen Sie das Attribut. Für Interaktion sorgt die Website selbst.',
        );
      }
    }
    return befunde;
  },
};
