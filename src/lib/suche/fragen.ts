/**
 * Fragen erkennen: „Wer zahlt …“, „Wie lange dauert …“, „Wer ist zuständig …“.
 * In einer Frage trägt oft gerade das Fragewort die Bedeutung („zahlt“), die
 * Seiten aber sprechen von „Finanzierung“ und „Kosten“. Die Frageformen und
 * die Themen, die sie beantworten, stehen als Daten neben dem Glossar
 * (content/suchfragen.yaml); hier steht nur, wie sie erkannt werden. Rein.
 */

/** Eine Art von Frage und die Wörter der Seiten, die sie beantworten. */
export interface Frageform {
  /** Name des Themas, wie ihn die Suchseite nennt, z. B. „Kosten und Finanzierung“. */
  thema: string;
  /**
   * Muster in Kleinschrift, Wörter durch Leerzeichen getrennt. Jedes Wort
   * passt auf ein Wort der Anfrage, das so beginnt („zahl“ auf „zahlt“); die
   * Wörter müssen in dieser Reihenfolge stehen, mit höchstens zwei anderen dazwischen.
   */
  muster: string[];
  /** Suchwörter, von denen eines auf der Antwortseite stehen soll (ODER). */
  suchwoerter: string[];
}

/** Was von einer Frage bleibt: das erkannte Thema und die übrigen Wörter. */
export interface ErkannteFrage {
  form: Frageform;
  /** Die Wörter der Anfrage ohne die, die das Muster verbraucht hat. */
  rest: string[];
}

const LUECKE = 2;
const klein = (w: string) => w.toLocaleLowerCase('de').replace(/^[\p{P}]+|[\p{P}]+$/gu, '');

/** Stellen der Anfrage, die ein Muster verbraucht, oder undefined. */
function passt(woerter: string[], muster: string): number[] | undefined {
  const teile = muster.split(/\s+/).filter(Boolean);
  const suche = (start: number, teil: number, bisher: number[]): number[] | undefined => {
    if (teil === teile.length) return bisher;
    const ende = teil === 0 ? woerter.length : Math.min(woerter.length, start + LUECKE + 1);
    for (let i = start; i < ende; i++) {
      if (klein(woerter[i]!).startsWith(teile[teil]!)) {
        const gefunden = suche(i + 1, teil + 1, [...bisher, i]);
        if (gefunden) return gefunden;
      }
    }
    return undefined;
  };
  return suche(0, 0, []);
}

/**
 * Erkennt die erste Frageform, deren Muster in der Anfrage steht; bei
 * mehreren passenden gewinnt das längste Muster (es ist genauer).
 */
export function erkenneFrage(woerter: string[], formen: readonly Frageform[]): ErkannteFrage | undefined {
  let beste: { form: Frageform; stellen: number[] } | undefined;
  for (const form of formen) {
    for (const muster of form.muster) {
      const stellen = passt(woerter, muster);
      if (stellen && (!beste || stellen.length > beste.stellen.length)) beste = { form, stellen };
    }
  }
  if (!beste) return undefined;
  const { form, stellen } = beste;
  return { form, rest: woerter.filter((_, i) => !stellen.includes(i)) };
}
