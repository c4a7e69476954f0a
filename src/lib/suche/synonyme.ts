/**
 * Synonyme aus dem Glossar für den Suchindex. Für jeden Glossarbegriff, der
 * im sichtbaren Text einer Seite vorkommt (als Begriff, Langform oder
 * Synonym), bekommt die Seite seine übrigen Namen als durchsuchbare
 * Metadaten: So findet „eWA“ die Seiten zur Wohnsitzanmeldung und „LRS“ die
 * zum Landesredaktionssystem, ohne dass die Abkürzung im Auszug erscheint.
 * Nur zur Build-Zeit (node-html-parser).
 */
import { parse } from 'node-html-parser';
import { AUSGESCHLOSSEN } from './angaben.ts';

/** Ein Glossarbegriff, so weit die Suche ihn braucht. */
export interface Glossarbegriff {
  begriff: string;
  langform?: string | undefined;
  synonyme: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Kommt der Name im Text als eigenes Wort vor? Kurze Namen (Abkürzungen wie
 * „VG“, „eWA“) zählen nur in genau dieser Schreibweise, längere auch klein
 * geschrieben und mit deutscher Endung („Zustellpunkte“, „Rückkanälen“ nicht:
 * Umlaute im Wortstamm bleiben verschieden).
 */
export function kommtVor(text: string, name: string): boolean {
  return musterFuer(name).test(text);
}

/**
 * Der Ausdruck je Name, einmal je Build gebaut: Jede Seite fragt nach allen
 * Glossarnamen und Zusammensetzungen; einen Ausdruck mit \p{L} zu übersetzen
 * kostet mehr, als ihn anzuwenden (gemessen: docs/leistung.md).
 */
const muster = new Map<string, RegExp>();
function musterFuer(name: string): RegExp {
  let ausdruck = muster.get(name);
  if (!ausdruck) {
    const kurz = name.length <= 4;
    const endung = kurz ? '' : '(?:e|en|n|s|es|er|ern)?';
    ausdruck = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}${endung}(?![\\p{L}\\p{N}])`, kurz ? 'u' : 'iu');
    muster.set(name, ausdruck);
  }
  return ausdruck;
}

/** Alle Namen eines Begriffs, die nicht schon im Text stehen, für jeden Begriff, der im Text vorkommt. */
export function synonymeFuer(text: string, glossar: Glossarbegriff[]): string[] {
  const gefunden = new Set<string>();
  for (const eintrag of glossar) {
    const namen = [eintrag.begriff, ...(eintrag.langform ? [eintrag.langform] : []), ...eintrag.synonyme];
    const vorhanden = namen.filter((n) => kommtVor(text, n));
    if (vorhanden.length === 0) continue;
    for (const n of namen) if (!vorhanden.includes(n)) gefunden.add(n);
  }
  return [...gefunden].sort((a, b) => a.localeCompare(b, 'de'));
}

/**
 * Der Text, den Pagefind aus einem HTML-Stück indexiert: ohne das, was
 * Pagefind überspringt (nav, Formulare, Skripte, data-pagefind-ignore,
 * Diagrammquellen). Block-Elemente trennen Wörter.
 */
export function indexierterText(html: string): string {
  const wurzel = parse(html, { blockTextElements: { script: false, style: false, noscript: false } });
  const weg = ['nav', 'footer', 'form', 'template', 'svg', '[data-pagefind-ignore]', ...AUSGESCHLOSSEN].join(', ');
  for (const element of wurzel.querySelectorAll(weg)) element.remove();
  return wurzel.structuredText.replace(/\s+/g, ' ').trim();
}
