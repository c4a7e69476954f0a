/** Links und Linkdefinitionen: erlaubte Adressarten, interne Ziele mit „/“ am Ende, vorhandene Anker. */
import type { Definition, Link } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { alleKnoten } from './hilfen/baum.ts';
import { ERLAUBTE_URL_SCHEMATA } from '../../schemas/mdx.ts';
import { aehnlichster } from '../kern/schema-info.ts';
import { gefaehrlichesSchema, normalisiereAdresse, schemaVon } from '../kern/url.ts';
import {
  decodeURIComponentSicher,
  loese,
  melder,
  ordnerVon,
  splitAnker,
  stelleVon,
  type Stelle,
} from './hilfen/mdx.ts';
import type { MdxRegel } from '../kern/typen.ts';

export const link: MdxRegel = {
  name: 'link',
  beschreibung:
    'Links haben eine Adresse mit https:, http:, mailto: oder tel: oder führen ab der Startseite auf eine vorhandene Seite des Atlas (mit „/“ am Ende) und einen vorhandenen Anker.',
  pruefe(dokument, kontext) {
    const { befunde, melde } = melder(dokument, this.name);
    if (!dokument.baum) return befunde;

    const pruefeAnker = (
      anker: string,
      vorhanden: ReadonlySet<string>,
      stelle: Stelle,
      seite: string,
      adresse: string,
    ) => {
      let entschluesselt = anker;
      try {
        entschluesselt = decodeURIComponent(anker);
      } catch {
        // Bleibt wie geschrieben; dann findet er sich eben nicht.
      }
      if (vorhanden.has(entschluesselt)) return;
      const vorschlag = aehnlichster(entschluesselt, [...vorhanden]);
      melde(
        stelle,
        `Den Anker „#${entschluesselt}“ im Link „${adresse}“ gibt es auf ${seite === 'dieser Seite' ? seite : `der Seite ${seite}`} nicht.`,
        vorschlag
          ? `Meinten Sie „#${vorschlag}“? Anker entstehen aus Überschriften: „## Betrieb und Support“ wird zu #betrieb-und-support.`
          : vorhanden.size
            ? `Verlinken Sie einen vorhandenen Anker: ${[...vorhanden]
                .slice(0, 10)
                .map((a) => `#${a.length > 60 ? `${a.slice(0, 60)}…` : a}`)
                .join(', ')}${vorhanden.size > 10 ? ` (und ${vorhanden.size - 10} weitere)` : ''}.`
            : 'Die Seite hat keine Anker; verlinken Sie sie ohne „#…“.',
      );
    };

    const pruefeLink = (knoten: Link | Definition) => {
      const stelle = stelleVon(knoten);
      const adresse = knoten.url.trim();
      const wo =
        knoten.type === 'definition' ? `Die Linkdefinition [${knoten.label ?? knoten.identifier}]` : 'Der Link';
      // Gefährliche Adressen meldet die Regel „unsichere-url“.
      if (gefaehrlichesSchema(adresse)) return;
      if (adresse === '') {
        melde(
          stelle,
          `${wo} hat keine Adresse.`,
          'Tragen Sie die Adresse in die runden Klammern ein: [Linktext](https://…).',
        );
        return;
      }
      const schema = schemaVon(adresse);
      if (schema) {
        if (!ERLAUBTE_URL_SCHEMATA.includes(schema)) {
          melde(
            stelle,
            `${wo} verwendet die Adressart „${schema}:“, die auf der Website nicht erlaubt ist.`,
            `Erlaubt sind Adressen mit ${ERLAUBTE_URL_SCHEMATA.map((s) => `${s}:`).join(', ')} und Seiten des Atlas wie /leistungen/…/.`,
          );
        }
        // Ein mailto-Link kann weitere Empfänger (bcc, cc, to) und einen vorgefertigten Text unterschieben, den niemand sieht.
        if (schema === 'mailto' && /[?&](?:bcc|cc|to|body)=/i.test(normalisiereAdresse(adresse))) {
          melde(
            stelle,
            `${wo} „${adresse}“ setzt beim Schreiben der E-Mail weitere Empfänger oder einen Text ein, den Leserinnen nicht sehen.`,
            'Verlinken Sie nur die Adresse: [poststelle@beispiel.de](mailto:poststelle@beispiel.de); ein Betreff (?subject=…) ist erlaubt.',
          );
        }
        return;
      }
      if (adresse.startsWith('//')) {
        melde(stelle, `${wo} „${adresse}“ hat kein Schema.`, `Schreiben Sie die Adresse vollständig: https:${adresse}`);
        return;
      }
      if (adresse.startsWith('#')) {
        pruefeAnker(adresse.slice(1), dokument.anker, stelle, 'dieser Seite', adresse);
        return;
      }
      if (!adresse.startsWith('/')) {
        // Relative Links („technisch.mdx“, „../wohngeld/“) führen je nach Seite woanders hin.
        const ziel = loese(ordnerVon(dokument.eintrag.pfad), decodeURIComponentSicher(adresse.split(/[?#]/)[0]!));
        const url = ziel !== undefined && kontext.dateiExistiert(ziel) ? kontext.adresseVonDatei(ziel) : undefined;
        melde(
          stelle,
          `Der Link „${adresse}“ ist relativ; er führt je nach Seite an einen anderen Ort.`,
          url
            ? `Schreiben Sie die Adresse der Seite: [${toString(knoten)}](${url}).`
            : 'Schreiben Sie die Adresse ab der Startseite, z. B. /leistungen/wohngeld/technisch/ oder /glossar/#fit-connect.',
        );
        return;
      }
      const [pfadMitAbfrage = '', anker] = splitAnker(adresse);
      const pfad = pfadMitAbfrage.split('?')[0]!;
      const seite = kontext.ziele.get(pfad);
      if (!seite) {
        const mitSchraegstrich = kontext.ziele.has(`${pfad}/`) ? `${pfad}/` : undefined;
        const vorschlag = mitSchraegstrich ?? aehnlichster(pfad, [...kontext.ziele.keys()]);
        melde(
          stelle,
          mitSchraegstrich
            ? `Der Link „${adresse}“ endet nicht mit „/“.`
            : `Der Link „${adresse}“ führt auf keine Seite des Atlas.`,
          vorschlag
            ? `Meinten Sie ${vorschlag}${anker === undefined ? '' : `#${anker}`}? Interne Adressen enden immer mit „/“.`
            : 'Prüfen Sie die Adresse: Seiten heißen z. B. /leistungen/<leistung>/, /querschnitt/<baustein>/, /kommunen/<kommune>/ oder /beitraege/<kommune>/<beitrag>/.',
        );
        return;
      }
      if (anker !== undefined) pruefeAnker(anker, seite, stelle, pfad, adresse);
    };

    for (const knoten of alleKnoten(dokument.baum)) {
      if (knoten.type === 'link' || knoten.type === 'definition') pruefeLink(knoten);
    }
    return befunde;
  },
};
