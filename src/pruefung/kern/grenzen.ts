/**
 * Grenzen für Inhaltsdateien. Beiträge kommen von außen; was die Prüfung
 * annimmt, muss `npm run build` bauen und der Browser anzeigen können. Jede
 * Grenze liegt weit unter dem, was wir gemessen haben (Zahl am Wert; Messung
 * in docs/architektur.md, Abschnitt „Robustheit“). Die Grenzen stehen in
 * CONTRIBUTING.md.
 *
 * Die Regel „grenze“ (regeln/grenze.ts) prüft sie. Rein und ohne Rekursion: Die Vorprüfung läuft über den rohen Text, bevor
 * remark ihn liest (remark und Sätteri steigen selbst rekursiv in
 * verschachtelte Blöcke ab), die genaue Tiefe danach mit einem eigenen Stapel.
 */

export const GRENZEN = {
  /** Zeichen je Datei. Gemessen: 1 MB und 5 MB Text bauen (63 s, 162 s); größte Datei im Atlas: 24 KB (glossar.yaml). */
  dateiZeichen: 200_000,
  /** Zeichen je Zeile. Gemessen: eine Zeile mit 1.000.000 Zeichen baut (39 s); längste Zeile im Atlas: 571. */
  zeilenZeichen: 5_000,
  /** Ineinander verschachtelte Zitate („> > >“). Gemessen: 400 bauen, 500 bis 1.000 enden mit Segmentation fault (Issue 14: 3.000). */
  zitatTiefe: 10,
  /** Ineinander verschachtelte Listen. Gemessen: 200 bauen, 250 und 300 enden mit Segmentation fault. */
  listenTiefe: 10,
  /** Ineinander verschachtelte Elemente (<Hinweis>, <sub> …). Gemessen: 300 bauen, 500 Stapelüberlauf (RangeError), 700 und 1.000 Segmentation fault. */
  elementTiefe: 10,
  /** Tiefe des Syntaxbaums insgesamt (Zitate, Listen, Elemente, Hervorhebungen, Links zusammen). Gemessen: 300 verschachtelte Hervorhebungen bauen, 1.000 Segmentation fault; 200 Listen (Baumtiefe über 400) bauen. */
  baumTiefe: 60,
  /**
   * Vorprüfung am rohen Text, bevor remark liest: geschätzte Verschachtelung
   * einer Zeile (Zitatzeichen, Listenmarken, Einrückung) und offene Tags. Höher
   * als die genauen Grenzen, weil die Schätzung großzügig zählt; weit unter 300.
   */
  vorpruefungTiefe: 100,
  /** Mermaid-Diagramme je Datei. Gemessen: 200 bauen (114 s, die Prüfung liest jedes); größte Zahl im Atlas: 2. */
  diagrammeJeDatei: 20,
  /** Zeichen je Mermaid-Diagramm. Gemessen: Mermaid selbst zeichnet höchstens 50.000 Zeichen (maxTextSize) und 500 Kanten (maxEdges); 450 Kanten bauen. */
  diagrammZeichen: 10_000,
  /**
   * Verbindungen (Kanten) je Mermaid-Diagramm: Mermaids eigene Grenze
   * (maxEdges), an die die Website nicht rührt. Mermaid zählt selbst, nach dem
   * Ausmultiplizieren von „A & B --> C & D“; die Prüfung meldet, was Mermaid
   * ablehnt, mit dieser Zahl.
   */
  diagrammKanten: 500,
  /** YAML-Verweise (*anker) je Datei (maxAliasCount des yaml-Pakets); Inhalte brauchen keine. Ohne Grenze erzeugt eine Alias-Bombe Milliarden Werte. */
  yamlVerweise: 10,
  /** Senkrechte Striche „|“ je Zeile (Tabellenspalten). Gemessen (Korpus, Issue 20): 1.600 Spalten liest remark-gfm in 6 bis 37 s; die Zeile mit den meisten Strichen im Atlas hat 5. */
  tabellenSpalten: 100,
  /** Bytes je Bilddatei. Größtes Bild im Atlas: keines; Fotos von Bildschirmen wiegen selten über 2 MB. */
  bildBytes: 5_000_000,
  /** Pixel je Bildseite. Astros Bildverarbeitung (sharp) lädt das ganze Bild in den Speicher; 8.000 × 8.000 sind 256 MB. */
  bildKante: 8_000,
} as const;
