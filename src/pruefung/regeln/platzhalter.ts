/** Platzhalter der Vorlage (npm run neu) dürfen nur im Entwurf stehen bleiben. */
import { alleKnoten } from './hilfen/baum.ts';
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
    for (const knoten of alleKnoten(dokument.baum)) {
      if (knoten.type !== 'mdxFlowExpression' && knoten.type !== 'mdxTextExpression') continue;
      if (!nurKommentar(knoten) || !knoten.value.includes(PLATZHALTER)) continue;
      melde(
        stelleVon(knoten),
        `Hier steht noch der Platzhalter der Vorlage, der Status ist aber „${String(statusVon(dokument))}“.`,
        'Ersetzen Sie den Kommentar durch Ihren Text oder setzen Sie „status: entwurf“, solange der Text noch nicht fertig ist.',
      );
    }
    return befunde;
  },
};
