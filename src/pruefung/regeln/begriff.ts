/** <Begriff>: der Begriff muss im Glossar stehen (als Begriff oder Synonym). */
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { begriffSchluessel } from '../../modell/begriffe.ts';
import { aehnlichster } from '../kern/schema-info.ts';
import { jsxElemente, melder, stelleVon } from './hilfen/mdx.ts';
import type { MdxRegel } from '../kern/typen.ts';

export const begriff: MdxRegel = {
  name: 'begriff',
  beschreibung: 'Jeder <Begriff> nennt einen Begriff oder ein Synonym aus content/glossar.yaml und ist nicht leer.',
  pruefe(dokument, kontext) {
    const { befunde, melde } = melder(dokument, this.name);
    if (!dokument.baum) return befunde;
    for (const knoten of jsxElemente(dokument.baum)) {
      if (knoten.name !== 'Begriff') continue;
      const attribut = knoten.attributes.find(
        (a): a is MdxJsxAttribute =>
          a.type === 'mdxJsxAttribute' && a.name === 'begriff' && typeof a.value === 'string',
      );
      const wort = (typeof attribut?.value === 'string' ? attribut.value : toString(knoten)).trim();
      const stelle = stelleVon(attribut ?? knoten);
      if (!wort) {
        melde(
          stelle,
          '<Begriff> ist leer.',
          'Schreiben Sie den Fachbegriff zwischen die Tags: <Begriff>FIT-Connect</Begriff>.',
        );
        continue;
      }
      if (kontext.glossar.has(begriffSchluessel(wort))) continue;
      const vorschlag = aehnlichster(wort, [...kontext.glossar.keys()]);
      melde(
        stelle,
        `„${wort}“ steht nicht im Glossar (weder als Begriff noch als Synonym).`,
        vorschlag
          ? `Meinten Sie „${kontext.glossar.get(vorschlag)}“? Sonst ergänzen Sie den Begriff in content/glossar.yaml oder nennen ihn mit <Begriff begriff="…">.`
          : 'Ergänzen Sie den Begriff in content/glossar.yaml (begriff, definition) oder nennen Sie einen vorhandenen mit <Begriff begriff="…">Text</Begriff>.',
      );
    }
    return befunde;
  },
};
