/** Adressen mit javascript:, data: oder vbscript: in Links, Bildern und Attributen. */
import { alleKnoten } from './hilfen/baum.ts';
import { HTML_ELEMENTE, KOMPONENTEN } from '../../schemas/mdx.ts';
import { gefaehrlichesSchema } from '../kern/url.ts';
import { jsxElemente, melder, stelleVon } from './hilfen/mdx.ts';
import type { MdxRegel } from '../kern/typen.ts';

/** Die erlaubten Attribute je Element; alle sind Text (src/schemas/mdx.ts). */
const TEXT_ATTRIBUTE: Readonly<Record<string, Readonly<Record<string, unknown>>>> = Object.fromEntries(
  Object.entries({ ...KOMPONENTEN, ...HTML_ELEMENTE }).map(([name, e]) => [name, e.attribute]),
);

export const unsichereUrl: MdxRegel = {
  name: 'unsichere-url',
  beschreibung:
    'Keine Adressen mit javascript:, data: oder vbscript: in Links, Bildern und Attributen, auch nicht verschleiert.',
  pruefe(dokument) {
    const { befunde, melde } = melder(dokument, this.name);
    if (!dokument.baum) return befunde;
    const pruefe = (adresse: string, stelle: { zeile: number; spalte: number }, wo: string) => {
      const schema = gefaehrlichesSchema(adresse);
      if (!schema) return;
      melde(
        stelle,
        `${wo} verwendet eine „${schema}:“-Adresse. Solche Adressen können Code im Browser der Leserinnen und Leser ausführen oder Inhalte einschleusen.`,
        'Verlinken Sie eine Seite mit https://… oder eine Seite des Atlas wie /leistungen/…/; Bilder legen Sie als Datei neben den Beitrag.',
      );
    };
    for (const knoten of alleKnoten(dokument.baum)) {
      if (knoten.type === 'link') pruefe(knoten.url.trim(), stelleVon(knoten), 'Der Link');
      else if (knoten.type === 'definition') {
        pruefe(knoten.url.trim(), stelleVon(knoten), `Die Linkdefinition [${knoten.label ?? knoten.identifier}]`);
      } else if (knoten.type === 'image') pruefe(knoten.url.trim(), stelleVon(knoten), 'Das Bild');
    }
    for (const element of jsxElemente(dokument.baum)) {
      for (const attribut of element.attributes) {
        // Ereignis-Attribute meldet die Regel „ereignis“, ihr Wert ist ohnehin Code.
        if (attribut.type !== 'mdxJsxAttribute' || /^on/i.test(attribut.name) || typeof attribut.value !== 'string')
          continue;
        // Erlaubte Attribute sind Text: „JavaScript: Skriptsprache“ (Doppelpunkt, dann Leerraum) ist Prosa, keine Adresse.
        // Ein Wert, der wie eine Adresse aussieht („vbscript:msgbox“), wird weiter gemeldet.
        const text = Object.hasOwn(TEXT_ATTRIBUTE[element.name ?? ''] ?? {}, attribut.name);
        if (text && /^[^:]*:\s/.test(attribut.value.trim())) continue;
        pruefe(
          attribut.value,
          stelleVon(attribut, stelleVon(element)),
          `Das Attribut „${attribut.name}“ an <${element.name ?? ''}>`,
        );
      }
    }
    return befunde;
  },
};
