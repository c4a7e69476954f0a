/** Komponenten: nur <Hinweis> und <Begriff>, mit ihren Attributen und an ihrem Ort (Block oder Text); keine Fragmente. */
import { KOMPONENTEN } from '../../schemas/mdx.ts';
import { aehnlichster } from '../kern/schema-info.ts';
import { pruefeErlaubteAttribute } from './hilfen/attribute.ts';
import { alleinImAbsatz, elementArt, falscherOrt, jsxElemente, melder, stelleVon } from './hilfen/mdx.ts';
import type { MdxRegel } from '../kern/typen.ts';

const erlaubteKomponenten = Object.keys(KOMPONENTEN);

export const komponente: MdxRegel = {
  name: 'komponente',
  beschreibung: `Nur die Komponenten ${erlaubteKomponenten.map((k) => `<${k}>`).join(' und ')} mit ihren Attributen und Werten, ohne import; keine leeren Tags <>…</>.`,
  pruefe(dokument) {
    const { befunde, melde } = melder(dokument, this.name);
    if (!dokument.baum) return befunde;
    const allein = alleinImAbsatz(dokument.baum);
    for (const element of jsxElemente(dokument.baum)) {
      const art = elementArt(element.name);
      const name = element.name!;
      if (art === 'fragment') {
        melde(
          stelleVon(element),
          'Leere Tags <>…</> (Fragmente) sind nicht erlaubt.',
          'Entfernen Sie <> und </>; der Inhalt dazwischen bleibt stehen.',
        );
      } else if (art === 'komponente') {
        const erlaubt = KOMPONENTEN[name as keyof typeof KOMPONENTEN];
        const ort = falscherOrt(element, erlaubt.inhalt, allein);
        if (ort) melde(stelleVon(element), ort.meldung, ort.hinweis);
        pruefeErlaubteAttribute(element, name, erlaubt, melde);
      } else if (art === 'unbekannte-komponente') {
        const vorschlag = aehnlichster(name, erlaubteKomponenten);
        melde(
          stelleVon(element),
          `Die Komponente <${name}> gibt es nicht.`,
          `${vorschlag ? `Meinten Sie <${vorschlag}>? ` : ''}Erlaubt sind nur ${erlaubteKomponenten.map((k) => `<${k}>`).join(' und ')}; sie werden nicht importiert.`,
        );
      }
    }
    return befunde;
  },
};
