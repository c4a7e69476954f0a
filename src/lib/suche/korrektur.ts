/**
 * „Meinten Sie …“: Findet ein Suchwort kaum Seiten, sucht die Suche Wörter aus
 * dem Wortschatz der Website, die ihm bis auf einen Tippfehler gleichen
 * (tippfehler.ts), Umlaute statt „ae/oe/ue“ oder eine Zerlegung der
 * Zusammensetzung, und nimmt den Vorschlag, der deutlich mehr Seiten findet.
 * Eine Verbindung mit Bindestrich, die es so nicht gibt („OSCI-Zertifikat“),
 * wird in ihre Teile getrennt, wenn diese zusammen nicht weniger Seiten finden.
 */
import type { Sucher } from './gruppen.ts';
import { falte, naechsteWoerter, zerlege } from './tippfehler.ts';

export interface Korrektur {
  /** Das Wort, wie es eingegeben wurde. */
  von: string;
  /** Vorschläge, bester zuerst; nach dem ersten wird gesucht. Ein Vorschlag kann zwei Wörter sein. */
  zu: string[];
}

/** „Gebuehren“ → „Gebühren“: Umlaute, die als zwei Buchstaben getippt wurden. */
export function mitUmlauten(wort: string): string | undefined {
  const ersetzt = wort
    .replace(/ae/g, 'ä')
    .replace(/oe/g, 'ö')
    .replace(/ue/g, 'ü')
    .replace(/Ae/g, 'Ä')
    .replace(/Oe/g, 'Ö')
    .replace(/Ue/g, 'Ü');
  return ersetzt === wort ? undefined : ersetzt;
}

/** Unterscheiden sich zwei (gefaltete) Wörter nur am Ende, wie Beugungen („zustellpunkt“, „zustellpunkte“)? */
export function nurEndung(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** Teile einer Verbindung mit Bindestrich, jeder mindestens zwei Buchstaben lang, sonst undefined. */
export function bindestrichTeile(wort: string): string[] | undefined {
  const teile = wort.split('-');
  return teile.length > 1 && teile.every((t) => /^\p{L}{2,}$/u.test(t)) ? teile : undefined;
}

/** Kommt das Wort (bis auf Groß- und Kleinschreibung) genau so im Wortschatz vor? */
function bekannt(wort: string, wortschatz: readonly string[]): boolean {
  const klein = wort.toLocaleLowerCase('de');
  return wortschatz.some((w) => w.toLocaleLowerCase('de') === klein);
}

/**
 * Prüft jedes Suchwort, das nicht im Wortschatz steht, und ersetzt es durch
 * den besten Vorschlag (Regel bei `gute`). Wer genau sein Wort sucht, setzt
 * es in Anführungszeichen; die Suchseite bietet das mit an.
 */
export async function korrigiere(
  sucher: Sucher,
  woerter: string[],
  wortschatz: readonly string[],
): Promise<{ woerter: string[]; korrekturen: Korrektur[] }> {
  const korrekturen: Korrektur[] = [];
  const ergebnis: string[] = [];
  for (const wort of woerter) {
    if (wort.length < 4 || /[\d"]/.test(wort) || bekannt(wort, wortschatz)) {
      ergebnis.push(wort);
      continue;
    }
    const kandidaten = [...new Set([mitUmlauten(wort), ...naechsteWoerter(wort, wortschatz, 4)])].filter(
      (k): k is string => Boolean(k) && k !== wort,
    );
    const teile = zerlege(wort, wortschatz);
    const bindestrich = bindestrichTeile(wort);
    // Kein Vorschlag möglich: dann auch keine Abfrage.
    if (!kandidaten.length && !teile && !bindestrich) {
      ergebnis.push(wort);
      continue;
    }
    // Die Zahl der eigenen Treffer entscheidet nicht allein: Pagefind liefert auch zu einem Tippfehler oft
    // viele Seiten (über Wortanfänge und Stammformen findet „Redaktionsystem“ 47 Seiten mit „Redaktion…“).
    const eigene = (await sucher([wort])).length;
    const gezaehlt = await Promise.all(
      kandidaten.map(async (k) => ({ wort: k, anzahl: (await sucher(k.split(/\s+/))).length })),
    );
    // Ein Wort des Wortschatzes, das sich nicht nur in der Endung unterscheidet, ist ein guter Vorschlag, wenn es
    // wenigstens halb so viele Seiten findet wie die Eingabe. Eine andere Endung („Zustellpunkte“) gleicht
    // Pagefind selbst aus; sie zählt nur, wenn sie mehr als doppelt so viele Seiten findet.
    const gute = gezaehlt.filter(
      (k) =>
        k.anzahl > 0 && (k.anzahl > 2 * eigene || (!nurEndung(falte(wort), falte(k.wort)) && 2 * k.anzahl >= eigene)),
    );
    if (gute.length) {
      korrekturen.push({ von: wort, zu: gute.map((k) => k.wort) });
      ergebnis.push(gute[0]!.wort);
      continue;
    }
    // Bindestrich-Verbindung, die es im Wortschatz nicht gibt: „OSCI-Zertifikat“ → „OSCI Zertifikat“. Pagefind
    // fände sonst nur die Seiten mit genau dieser Verbindung, nicht die, die von beiden Teilen handeln.
    if (bindestrich) {
      const anzahl = (await sucher(bindestrich)).length;
      if (anzahl > 0 && anzahl >= eigene) {
        korrekturen.push({ von: wort, zu: [bindestrich.join(' ')] });
        ergebnis.push(...bindestrich);
        continue;
      }
    }
    // Eine Zusammensetzung, die nirgends steht: „Wohngeldantrag“ → „Wohngeld antrag“, sonst „Wohngeld“.
    if (teile && eigene === 0) {
      const beide = (await sucher(teile)).length > 0;
      const zu = beide ? teile.join(' ') : teile[0];
      if (beide || (await sucher([teile[0]])).length > 0) {
        korrekturen.push({ von: wort, zu: [zu] });
        ergebnis.push(...zu.split(' '));
        continue;
      }
    }
    ergebnis.push(wort);
  }
  return { woerter: ergebnis, korrekturen };
}
