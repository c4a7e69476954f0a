/** Geschweifte Klammern: JavaScript, das beim Bauen liefe, im Text und in Attributen. */
import { alleKnoten } from './hilfen/baum.ts';
import { auszug, jsxElemente, melder, stelleVon } from './hilfen/mdx.ts';
import type { MdxRegel } from '../kern/typen.ts';

/** Ist der Ausdruck nur ein Kommentar {/* … *\/}? Kommentare führen nichts aus und sind erlaubt. */
export function nurKommentar(knoten: { data?: object | undefined }): boolean {
  // remark-mdx legt den gelesenen Ausdruck als `data.estree` ab; die Typen von mdast kennen das Feld nicht immer.
  const estree = (knoten.data as { estree?: { body: unknown[]; comments?: unknown[] | undefined } | null } | undefined)
    ?.estree;
  return !!estree && estree.body.length === 0 && (estree.comments?.length ?? 0) > 0;
}

export const ausdruck: MdxRegel = {
  name: 'ausdruck',
  beschreibung:
    'Keine JavaScript-Ausdrücke in geschweiften Klammern, weder im Text noch als Attributwert; Kommentare {/* … */} sind erlaubt.',
  pruefe(dokument) {
    const { befunde, melde } = melder(dokument, this.name);
    const { baum, eintrag } = dokument;
    if (!baum) return befunde;
    for (const knoten of alleKnoten(baum)) {
      if (knoten.type !== 'mdxFlowExpression' && knoten.type !== 'mdxTextExpression') continue;
      if (nurKommentar(knoten)) continue;
      melde(
        stelleVon(knoten),
        `Geschweifte Klammern leiten in MDX JavaScript-Code ein, der beim Bauen der Website ausgeführt würde: „${auszug(eintrag.quelltext, knoten)}“.`,
        'Meinen Sie die Klammern als Text, schreiben Sie \\{ und \\}. Ein Kommentar, der nicht erscheint, sieht so aus: {/* Text */}.',
      );
    }
    for (const element of jsxElemente(baum)) {
      const name = element.name ?? '';
      for (const attribut of element.attributes) {
        const stelle = stelleVon(attribut, stelleVon(element));
        if (attribut.type === 'mdxJsxExpressionAttribute') {
          melde(
            stelle,
            `Im Element <${name}> steht JavaScript-Code „${auszug(eintrag.quelltext, attribut)}“; er würde beim Bauen der Website ausgeführt.`,
            'Entfernen Sie den Teil in geschweiften Klammern; Attribute schreiben Sie als name="Wert".',
          );
        } else if (!/^on/i.test(attribut.name) && attribut.value !== null && typeof attribut.value === 'object') {
          // Ereignis-Attribute meldet die Regel „ereignis“, auch wenn ihr Wert Code ist.
          melde(
            stelle,
            `Der Wert von „${attribut.name}“ an <${name}> ist JavaScript-Code in geschweiften Klammern; er würde beim Bauen der Website ausgeführt.`,
            `Schreiben Sie den Wert als Text in Anführungszeichen: ${attribut.name}="…".`,
          );
        }
      }
    }
    return befunde;
  },
};
