/**
 * Texte, die das Diagramm-Skript im Browser braucht. Die Komponente liest sie
 * aus src/i18n/de.ts und gibt sie als JSON-Attribut mit, damit das Skript das
 * ganze Wörterbuch nicht mitladen muss.
 */
export interface DiagrammTexte {
  /** Titel des Dialogs, wenn das Diagramm keinen eigenen hat. */
  dialogTitel: string;
  schliessen: string;
  groesser: string;
  kleiner: string;
  einpassen: string;
  /** Beschriftung der zoombaren Fläche im Dialog. */
  buehne: string;
  /** Tastaturhilfe im Dialog. */
  hilfe: string;
  /** Ansage des Maßstabs, {prozent} wird ersetzt. */
  massstab: string;
  /** Hinweis, wenn Mermaid das Diagramm nicht zeichnen konnte. */
  fehler: string;
  /** Beschriftung des Quelltexts, der dann angezeigt wird. */
  quelltext: string;
}

/** Liest die Texte von einer Diagramm-Figur (Attribut data-diagramm-texte). */
export function leseTexte(figur: HTMLElement): DiagrammTexte {
  return JSON.parse(figur.dataset.diagrammTexte ?? '{}') as DiagrammTexte;
}
