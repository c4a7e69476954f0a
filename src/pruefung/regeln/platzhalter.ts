/** Platzhalter der Vorlage (npm run neu) dürfen nur im Entwurf stehen bleiben. */
import { visit } from 'unist-util-visit';
import { PLATZHALTER } from '../../schemas/abschnitte.ts';
import { nurKommentar } from './ausdruck.ts';
import { imEntwurf, melder, statusVon, stelleVon } from './hilfen/mdx.ts';
import type { MdxRegel } from '../kern/typen.ts';

export const platzhalter: MdxRegel = {
  name: 'platzhalter',
  beschreibung:
    'Ab dem Status „in-abstimmung“ steht kein Platzhalter-Kommentar der Vorlage mehr im Text; Entwürfe dürfen ihn behalten.',
  pruefe(dokument) {
    const { befunde, melde } = melder(dokument, this.name);
    if (!dokument.baum || imEntwurf(dokument)) return befunde;
    visit(dokument.baum, (knoten) => {
      if (knoten.type !== 'mdxFlowExpression' && knoten.type !== 'mdxTextExpression') return;
      if (!nurKommentar(knoten) || !knoten.value.includes(PLATZHALTER)) return;
      melde(
        stelleVon(knoten),
        `Hier steht noch der Platzhalter der Vorlage, der Status ist aber „${String(statusVon(dokument))}“.`,
        'Ersetzen Sie den Kommentar durch Ihren Text oder setzen Sie „status: entwurf“, solange der Text noch nicht fertig ist.',
      );
    });
    return befunde;
  },
};
