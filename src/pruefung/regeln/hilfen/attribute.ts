/**
 * Prüft die Attribute eines erlaubten Elements gegen src/schemas/mdx.ts:
 * bekannte Namen, Werte, Pflichtattribute. Geteilt von den Regeln „komponente“
 * und „html“; Code und gefährliche Adressen melden andere Regeln.
 */
import type { ErlaubtesElement } from '../../../schemas/mdx.ts';
import { TEXT_HOECHSTENS } from '../../../schemas/common.ts';
import { aehnlichster } from '../../kern/schema-info.ts';
import { attributGefaehrlich, stelleVon, type JsxElement, type Stelle } from './mdx.ts';

export function pruefeErlaubteAttribute(
  knoten: JsxElement,
  name: string,
  erlaubt: ErlaubtesElement,
  melde: (stelle: Stelle, meldung: string, hinweis: string) => void,
): void {
  const gesehen = new Set<string>();
  for (const attribut of knoten.attributes) {
    if (attribut.type === 'mdxJsxExpressionAttribute') continue;
    gesehen.add(attribut.name);
    if (attributGefaehrlich(attribut)) continue;
    const stelle = stelleVon(attribut, stelleVon(knoten));
    const regelAttribut = erlaubt.attribute[attribut.name];
    if (!regelAttribut) {
      const namen = Object.keys(erlaubt.attribute);
      const vorschlag = aehnlichster(attribut.name, namen);
      melde(
        stelle,
        `<${name}> kennt das Attribut „${attribut.name}“ nicht.`,
        namen.length
          ? `${vorschlag ? `Meinten Sie „${vorschlag}“? ` : ''}Erlaubt ${namen.length === 1 ? 'ist' : 'sind'}: ${namen.join(', ')}.`
          : `Entfernen Sie das Attribut; <${name}> hat keine Attribute.`,
      );
      continue;
    }
    if (attribut.value === null || attribut.value === undefined) {
      melde(
        stelle,
        `Das Attribut „${attribut.name}“ an <${name}> hat keinen Wert.`,
        `Schreiben Sie ${attribut.name}="…"${regelAttribut.werte ? ` mit einem dieser Werte: ${regelAttribut.werte.join(', ')}` : ''}.`,
      );
      continue;
    }
    // Wie jedes Textfeld: begrenzt und einzeilig (ein Titel mit 150.000 Zeichen über 38 Zeilen landete sonst im HTML).
    if (
      typeof attribut.value === 'string' &&
      (attribut.value.length > TEXT_HOECHSTENS || /[\r\n]/.test(attribut.value))
    ) {
      melde(
        stelle,
        `Der Wert von „${attribut.name}“ an <${name}> ist ${attribut.value.length > TEXT_HOECHSTENS ? `zu lang (${attribut.value.length.toLocaleString('de-DE')} Zeichen, höchstens ${TEXT_HOECHSTENS.toLocaleString('de-DE')})` : 'über mehrere Zeilen verteilt'}.`,
        `Schreiben Sie einen kurzen Wert in eine Zeile: ${attribut.name}="…"; längeren Text setzen Sie zwischen <${name}> und </${name}>.`,
      );
      continue;
    }
    if (typeof attribut.value === 'string' && regelAttribut.werte && !regelAttribut.werte.includes(attribut.value)) {
      melde(
        stelle,
        `„${attribut.value}“ ist kein erlaubter Wert für „${attribut.name}“ an <${name}>.`,
        `Erlaubt sind: ${regelAttribut.werte.join(', ')}. Beispiel: ${erlaubt.beispiel.split('\n')[0]}`,
      );
    }
  }
  for (const [attributName, regelAttribut] of Object.entries(erlaubt.attribute)) {
    if (regelAttribut.pflicht && !gesehen.has(attributName)) {
      melde(
        stelleVon(knoten),
        `<${name}> braucht das Attribut „${attributName}“ (${regelAttribut.beschreibung}).`,
        `Ergänzen Sie ${attributName}="…"${regelAttribut.werte ? ` mit einem dieser Werte: ${regelAttribut.werte.join(', ')}` : ''}. Beispiel: ${erlaubt.beispiel.split('\n')[0]}`,
      );
    }
  }
}
