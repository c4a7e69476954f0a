/** Schritt 1: Welche Art von Dokument, und welche Unterart (Art des Beitrags oder Konzepts, Typ der Kommune). */
import { BEITRAG_ARTEN, KOMMUNE_TYPEN, KONZEPT_ARTEN } from '../../../src/schemas/index.ts';
import { erfrage } from '../fragen.ts';
import { ART_NAMEN, ARTEN, type Art, type Kontext } from '../kontext.ts';

const UNTERARTEN: Record<Art, { liste: readonly string[]; standard: string; text: string } | undefined> = {
  beitrag: { liste: BEITRAG_ARTEN, standard: 'erfahrungsbericht', text: 'Art des Beitrags' },
  konzept: { liste: KONZEPT_ARTEN, standard: 'technisch', text: 'Art des Konzepts (zugleich Dateiname)' },
  kommune: { liste: KOMMUNE_TYPEN, standard: 'stadt', text: 'Typ der Gebietskörperschaft' },
  baustein: undefined,
};

export async function art(kontext: Kontext): Promise<void> {
  kontext.art = (await erfrage(kontext, 'art', kontext.optionen.art, {
    text: 'Was möchten Sie anlegen?',
    optionen: ARTEN.map((a) => ({ wert: a, name: `${a}: ${ART_NAMEN[a]}` })),
  })) as Art;
  const unter = UNTERARTEN[kontext.art];
  if (unter) {
    kontext.typ = await erfrage(kontext, 'typ', kontext.optionen.typ, {
      text: unter.text,
      optionen: unter.liste.map((w) => ({ wert: w, name: w })),
      standard: unter.standard,
    });
  }
}
