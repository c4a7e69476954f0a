/** Schritt 1: Welche Art von Dokument, und welche Unterart (Art des Beitrags oder Konzepts, Typ der Kommune). */
import { BEITRAG_ARTEN, KOMMUNE_TYPEN, KONZEPT_ARTEN } from '../../../src/schemas/index.ts';
import { abbrechen, erfrage } from './fragen.ts';
import { ART_NAMEN, ARTEN, type Art, type Kontext } from './kontext.ts';

const UNTERARTEN: Record<Art, { liste: readonly string[]; standard: string; text: string } | undefined> = {
  beitrag: { liste: BEITRAG_ARTEN, standard: 'erfahrungsbericht', text: 'Art des Beitrags' },
  konzept: { liste: KONZEPT_ARTEN, standard: 'technisch', text: 'Art des Konzepts (zugleich Dateiname)' },
  kommune: { liste: KOMMUNE_TYPEN, standard: 'stadt', text: 'Typ der Gebietskörperschaft' },
  baustein: undefined,
  anbindung: undefined,
};

/** Das Feld, das die Unterart füllt: art bei Beitrag und Konzept, typ beim Kommunenprofil. */
const FELD: Record<Art, 'art' | 'typ' | undefined> = {
  beitrag: 'art',
  konzept: 'art',
  kommune: 'typ',
  baustein: undefined,
  anbindung: undefined,
};

export async function art(kontext: Kontext): Promise<void> {
  // Im Kontext heißt die Art des Dokuments „art“ und die Unterart „typ“ (wie in den Vorlagen).
  kontext.art = (await erfrage(kontext, 'dokument', kontext.optionen.dokument, {
    text: 'Was möchten Sie anlegen?',
    optionen: ARTEN.map((a) => ({ wert: a, name: `${a}: ${ART_NAMEN[a]}` })),
  })) as Art;
  const feld = FELD[kontext.art];
  for (const falsch of (['art', 'typ'] as const).filter((f) => f !== feld && kontext.optionen[f] !== undefined)) {
    abbrechen(
      kontext,
      `Ein Dokument der Art „${kontext.art}“ hat kein Feld ${falsch}.${feld ? ` Meinen Sie --${feld}?` : ''}`,
    );
  }
  const unter = UNTERARTEN[kontext.art];
  if (unter && feld) {
    kontext.typ = await erfrage(kontext, feld, kontext.optionen[feld], {
      text: unter.text,
      optionen: unter.liste.map((w) => ({ wert: w, name: w })),
      standard: unter.standard,
    });
  }
}
