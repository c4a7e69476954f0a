/**
 * Rangfolge über mehrere Abfragen: Seiten mit allen Suchwörtern stehen immer
 * vor Seiten mit weniger. Pagefind verlangt alle Wörter; finden das zu wenige
 * Seiten, kommen Gruppen mit je einem Wort weniger dazu, jede mit den Wörtern,
 * die ihr fehlen. Eine erkannte Frage bringt ein Thema mit (ODER über seine
 * Suchwörter), das beim Weglassen immer bleibt: Es ist der Kern der Frage.
 */
import type { PagefindTreffer } from './pagefind-api.ts';

/** Sucht nach allen Wörtern (UND) mit den Filtern der Seite. */
export type Sucher = (woerter: string[]) => Promise<PagefindTreffer[]>;

export interface Treffergruppe {
  /** Suchwörter, die den Seiten dieser Gruppe fehlen; leer bei der ersten Gruppe. */
  weggelassen: string[];
  treffer: PagefindTreffer[];
}

/** Thema einer erkannten Frage: Alternativen, jede ein oder mehrere Wörter; eine genügt. */
export type Thema = string[][];

/** Höchstens so viele Wörter werden beim Lockern kombiniert (2^n Abfragen im schlimmsten Fall). */
const MAX_LOCKERN = 5;

/**
 * Kombinationen mit weniger Wörtern, je Stufe ein Wort weniger, in der
 * Reihenfolge der Eingabe: [a b c] → [[a b], [a c], [b c]], [[a], [b], [c]].
 */
export function lockerungen(woerter: string[]): string[][][] {
  const w = woerter.slice(0, MAX_LOCKERN);
  const stufen: string[][][] = [];
  for (let groesse = w.length - 1; groesse >= 1; groesse--) {
    const stufe: string[][] = [];
    const waehle = (start: number, bisher: string[]) => {
      if (bisher.length === groesse) return void stufe.push(bisher);
      for (let i = start; i < w.length; i++) waehle(i + 1, [...bisher, w[i]!]);
    };
    waehle(0, []);
    stufen.push(stufe);
  }
  return stufen;
}

/** ODER über die Alternativen des Themas: Treffer jeder Alternative, je Seite der beste Wert, bester zuerst. */
async function mitThema(sucher: Sucher, woerter: string[], thema: Thema | undefined): Promise<PagefindTreffer[]> {
  if (!thema?.length) return woerter.length ? sucher(woerter) : [];
  const listen = await Promise.all(thema.map((alternative) => sucher([...alternative, ...woerter])));
  const beste = new Map<string, PagefindTreffer>();
  for (const treffer of listen.flat()) {
    const bisher = beste.get(treffer.id);
    if (!bisher || treffer.score > bisher.score) beste.set(treffer.id, treffer);
  }
  return [...beste.values()].sort((a, b) => b.score - a.score);
}

/**
 * Sucht in Gruppen. Erste Gruppe: alle Wörter (und das Thema). Haben weniger
 * als `genug` Seiten alle Wörter, folgen Stufe für Stufe die Kombinationen mit
 * einem Wort weniger, innerhalb einer Stufe die mit den meisten Seiten zuerst
 * (sie teilt den Kern der Anfrage), bis `ziel` Seiten beisammen sind. Jede
 * Seite steht nur in ihrer ersten Gruppe.
 */
export async function sucheInGruppen(
  sucher: Sucher,
  woerter: string[],
  thema?: Thema,
  { genug = 5, ziel = 10 } = {},
): Promise<Treffergruppe[]> {
  const gesehen = new Set<string>();
  const gruppen: Treffergruppe[] = [];
  const nimm = (weggelassen: string[], treffer: PagefindTreffer[]) => {
    const neu = treffer.filter((t) => !gesehen.has(t.id));
    for (const t of neu) gesehen.add(t.id);
    if (neu.length) gruppen.push({ weggelassen, treffer: neu });
  };
  nimm([], await mitThema(sucher, woerter, thema));
  if (gesehen.size >= genug) return gruppen;
  const stufen = lockerungen(woerter);
  // Mit Thema bleibt zuletzt das Thema allein: „Wer zahlt den Betrieb?“ findet dann die Finanzierungsseiten.
  if (thema?.length && woerter.length) stufen.push([[]]);
  for (const stufe of stufen) {
    const antworten = await Promise.all(
      stufe.map(async (behalten) => ({
        weggelassen: woerter.filter((w) => !behalten.includes(w)),
        treffer: await mitThema(sucher, behalten, thema),
      })),
    );
    antworten.sort((a, b) => b.treffer.length - a.treffer.length);
    for (const { weggelassen, treffer } of antworten) nimm(weggelassen, treffer);
    if (gesehen.size >= ziel) break;
  }
  return gruppen;
}
