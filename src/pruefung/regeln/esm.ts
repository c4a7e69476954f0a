/** import und export: MDX würde diesen Code beim Bauen ausführen. */
import { knotenDerArt } from './hilfen/baum.ts';
import { KOMPONENTEN } from '../../schemas/mdx.ts';
import { auszug, melder, stelleVon } from './hilfen/mdx.ts';
import type { MdxRegel } from '../kern/typen.ts';

const komponenten = Object.keys(KOMPONENTEN)
  .map((k) => `<${k}>`)
  .join(' und ');

export const esm: MdxRegel = {
  name: 'esm',
  beschreibung: 'Keine Zeilen mit import oder export: MDX würde sie beim Bauen der Website als Code ausführen.',
  pruefe(dokument) {
    const { befunde, melde } = melder(dokument, this.name);
    if (!dokument.baum) return befunde;
    for (const knoten of knotenDerArt(dokument.baum, 'mdxjsEsm')) {
      const art = /^\s*export\b/.test(knoten.value) ? 'export' : 'import';
      melde(
        stelleVon(knoten),
        `„${art}“ ist in Beiträgen nicht erlaubt: MDX würde diesen Code beim Bauen der Website ausführen („${auszug(dokument.eintrag.quelltext, knoten)}“).`,
        `Entfernen Sie die Zeile. ${komponenten} stehen ohne import bereit; Angaben zum Dokument gehören ins Front Matter. Meinen Sie das Wort als Text, schreiben Sie den Satz um, sodass er nicht mit „${art}“ beginnt.`,
      );
    }
    return befunde;
  },
};
