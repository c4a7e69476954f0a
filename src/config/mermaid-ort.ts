/**
 * Wo die Website Mermaid ausliefert. Mermaid kommt fertig gebündelt aus dem
 * npm-Paket (`dist/mermaid.esm.min.mjs` und seine Teile unter
 * `dist/chunks/mermaid.esm.min/`) und wird unverändert unter
 * `<Basis>_mermaid/<Version>/` abgelegt (src/integrations/mermaid-dateien.ts),
 * statt es bei jedem Build mit Vite aus seinen Quellen neu zu bündeln: Das
 * kostete jeden Build mehrere Sekunden und einige hundert MB (docs/leistung.md).
 * Die Version im Pfad lässt Browser die Dateien dauerhaft zwischenspeichern.
 *
 * Ohne Abhängigkeiten, damit der Browser-Code und die Integration dasselbe lesen.
 */

/** Ordner unter der Basis der Website. */
export const MERMAID_ORDNER = '_mermaid';

/** Die Einstiegsdatei, relativ zu `dist/` im Paket und zum Ordner der Version auf der Website. */
export const MERMAID_EINSTIEG = 'mermaid.esm.min.mjs';

/** Ihre Teile, die sie mit relativen Pfaden nachlädt. */
export const MERMAID_TEILE = 'chunks/mermaid.esm.min';

/** „/atlas/“, „12.3.0“ → „/atlas/_mermaid/12.3.0/“. */
export const mermaidPfad = (basis: string, version: string): string => `${basis}${MERMAID_ORDNER}/${version}/`;
