/**
 * Adressen, die woanders hinführen, als sie aussehen: Benutzerangabe vor „@“
 * („https://www.bund.de@evil.example“), Servernamen mit Umlauten oder Punycode,
 * IP-Adressen (auch dezimal, hexadezimal, oktal), verschleierte Servernamen,
 * Backslash und Umbrüche, die Browser stillschweigend umdeuten, und Linktexte,
 * die eine andere Adresse nennen als das Ziel. Gilt für Links,
 * Linkdefinitionen, Bilder, automatische Links und Attribute; das Front
 * Matter prüft pruefen.ts mit denselben Funktionen (taeuschung.ts).
 */
import type { Definition } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { alleKnoten, knotenDerArt } from './hilfen/baum.ts';
import { fremderHostImLinktext, pruefeAdresse } from '../kern/taeuschung.ts';
import { gefaehrlichesSchema } from '../kern/url.ts';
import { jsxElemente, melder, stelleVon, type Stelle } from './hilfen/mdx.ts';
import type { MdxRegel } from '../kern/typen.ts';
import { kurzeAdresse, linktextMeldung } from './hilfen/adresse.ts';

export const taeuschendeUrl: MdxRegel = {
  name: 'taeuschende-url',
  beschreibung:
    'Adressen führen dorthin, wonach sie aussehen: keine Benutzerangabe vor „@“, keine Servernamen mit Umlauten, Punycode (xn--) oder als IP-Adresse, kein „\\“ oder Umbruch, und ein Linktext, der eine Adresse nennt, nennt die des Ziels.',
  pruefe(dokument) {
    const { befunde, melde } = melder(dokument, this.name);
    if (!dokument.baum) return befunde;

    const pruefe = (adresse: string, stelle: Stelle, wo: string) => {
      // Gefährliche Schemata meldet „unsichere-url“.
      if (gefaehrlichesSchema(adresse)) return;
      for (const p of pruefeAdresse(adresse))
        melde(stelle, `${p.meldung} (${wo}: „${kurzeAdresse(adresse)}“)`, p.hinweis);
    };
    const pruefeText = (text: string, adresse: string, stelle: Stelle, wo: string) => {
      const fremd = fremderHostImLinktext(text, adresse);
      if (!fremd) return;
      const { meldung, hinweis } = linktextMeldung(fremd.geschrieben, fremd.ziel, wo);
      melde(stelle, meldung, hinweis);
    };

    const definitionen = new Map<string, Definition>();
    for (const d of knotenDerArt(dokument.baum, 'definition')) {
      if (!definitionen.has(d.identifier)) definitionen.set(d.identifier, d);
    }
    for (const knoten of alleKnoten(dokument.baum)) {
      if (knoten.type === 'link') {
        pruefe(knoten.url, stelleVon(knoten), 'Der Link');
        pruefeText(toString(knoten), knoten.url, stelleVon(knoten), 'Der Link');
      } else if (knoten.type === 'definition') {
        pruefe(knoten.url, stelleVon(knoten), `Die Linkdefinition [${knoten.label ?? knoten.identifier}]`);
      } else if (knoten.type === 'image') {
        pruefe(knoten.url, stelleVon(knoten), 'Das Bild');
      } else if (knoten.type === 'linkReference') {
        const ziel = definitionen.get(knoten.identifier);
        if (ziel)
          pruefeText(
            toString(knoten),
            ziel.url,
            stelleVon(knoten),
            `Der Link [${toString(knoten)}][${knoten.label ?? knoten.identifier}]`,
          );
      }
    }
    for (const element of jsxElemente(dokument.baum)) {
      for (const attribut of element.attributes) {
        if (attribut.type !== 'mdxJsxAttribute' || typeof attribut.value !== 'string') continue;
        // Nur Werte, die Adressen sind; ein Titel wie „C:\Daten“ ist keine.
        if (!/^\s*(?:https?:|mailto:|[/\\]{2})/i.test(attribut.value)) continue;
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
