/** Regel „pflichtfeld“: Ein Pflichtfeld fehlt ganz (statt einen falschen Wert zu haben, das meldet „schema“). */
import type { RegelInfo } from '../kern/typen.ts';

export const pflichtfeld: RegelInfo = {
  name: 'pflichtfeld',
  beschreibung: 'Ein Pflichtfeld fehlt.',
};

/** Ob der Wert an `pfad` in den gelesenen Daten ganz fehlt. */
export function fehltWert(daten: unknown, pfad: readonly PropertyKey[]): boolean {
  return pfad.length > 0 && wertAn(daten, pfad) === undefined;
}

export function wertAn(daten: unknown, pfad: readonly PropertyKey[]): unknown {
  return pfad.reduce<unknown>(
    (w, teil) => (w && typeof w === 'object' ? (w as Record<PropertyKey, unknown>)[teil] : undefined),
    daten,
  );
}
