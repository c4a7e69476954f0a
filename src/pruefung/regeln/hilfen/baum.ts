/**
 * Die Knoten eines Syntaxbaums, einmal je Baum gesammelt. Fast jede Regel
 * geht über den ganzen Baum; mit unist-util-visit lief das zwanzigmal je
 * Datei und kostete bei 1000 Dateien gut eine Sekunde (docs/leistung.md).
 * Während der Prüfung ändert keine Regel den Baum, darum darf die Liste
 * gemerkt werden; sie verschwindet mit dem Baum (WeakMap).
 *
 * Reihenfolge wie bei unist-util-visit: Eltern vor Kindern, Geschwister in
 * Dokumentreihenfolge. Befunde kommen also in derselben Reihenfolge.
 */
import type { Nodes, Root } from 'mdast';

/** Merkt sich das Ergebnis von `berechne` je Baum. */
export function jeBaum<T>(berechne: (baum: Root) => T): (baum: Root) => T {
  const gemerkt = new WeakMap<Root, T>();
  return (baum) => {
    if (gemerkt.has(baum)) return gemerkt.get(baum)!;
    const wert = berechne(baum);
    gemerkt.set(baum, wert);
    return wert;
  };
}

/** Alle Knoten in Dokumentreihenfolge, der Baum selbst zuerst. Ohne Rekursion: Die Tiefe begrenzt grenze.ts, der Stapel hier nicht. */
export const alleKnoten = jeBaum((baum: Root): readonly Nodes[] => {
  const liste: Nodes[] = [];
  const offen: Nodes[] = [baum];
  while (offen.length) {
    const knoten = offen.pop()!;
    liste.push(knoten);
    if ('children' in knoten) for (let i = knoten.children.length - 1; i >= 0; i--) offen.push(knoten.children[i]!);
  }
  return liste;
});

type Art = Nodes['type'];

/** Alle Knoten einer Art, in Dokumentreihenfolge. */
export function knotenDerArt<A extends Art>(baum: Root, art: A): Extract<Nodes, { type: A }>[] {
  return alleKnoten(baum).filter((k): k is Extract<Nodes, { type: A }> => k.type === art);
}
