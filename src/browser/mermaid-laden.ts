/**
 * Lädt Mermaid einmal je Seite, für das Zeichnen (diagramm/zeichnen.ts) und
 * für die Prüfung im Beitragseditor (editor/mermaid.ts). Die Datei liegt
 * fertig gebündelt auf der Website (src/config/mermaid-ort.ts); Vite bündelt sie
 * nicht, darum der Import über die Adresse.
 */
import type { Mermaid } from 'mermaid';
import { version } from 'mermaid/package.json';
import { MERMAID_EINSTIEG, mermaidPfad } from '../config/mermaid-ort.ts';
import { BASIS } from '../modell/basis.ts';

let laden: Promise<Mermaid> | undefined;

export function ladeMermaid(): Promise<Mermaid> {
  laden ??= (
    import(/* @vite-ignore */ `${mermaidPfad(BASIS, version)}${MERMAID_EINSTIEG}`) as Promise<{ default: Mermaid }>
  ).then((modul) => modul.default);
  return laden;
}
