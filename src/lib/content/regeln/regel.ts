/**
 * Die Form einer MDX-Regel. Jede Regel ist ein eigenes Modul unter
 * src/lib/content/regeln/ (wie bei remark-lint und ESLint) und in index.ts
 * eingetragen; die Prüfung (npm run pruefen), der Build und der Editor im
 * Browser führen dieselbe Liste aus. Regeln sind rein: kein node:fs, keine
 * Umgebungsvariablen. Was sie von außen brauchen (gibt es eine Datei, was steht in ihr),
 * reicht der Aufrufer über MdxKontext herein.
 */
import type { Root } from 'mdast';
import type { Befund } from '../befund.ts';
import type { RohEintrag } from '../laden.ts';
import type { Diagramm } from '../mermaid.ts';

/** Eine gelesene MDX-Datei: Syntaxbaum (fehlt bei Syntaxfehlern) und die Anker ihrer Überschriften. */
export interface MdxDokument {
  eintrag: RohEintrag;
  baum?: Root;
  /** Anker der Überschriften, wie Astro sie vergibt (github-slugger). */
  anker: Set<string>;
  /** Mermaid-Diagramme der Datei; mermaid.ts liest sie gesammelt für alle Dateien. */
  diagramme: Diagramm[];
}

/** Was die Prüfung über die ganze Website wissen muss. */
export interface MdxKontext {
  /** Jede Adresse der Website mit den Ankern ihrer Seite. */
  ziele: ReadonlyMap<string, ReadonlySet<string>>;
  /** Glossarbegriffe und Synonyme in Vergleichsform (`begriffSchluessel`), mit dem Begriff, zu dem sie gehören. */
  glossar: ReadonlyMap<string, string>;
  /**
   * Der Inhaltsordner, wie er in Meldungen steht („content“, „.“ oder „../x/content“),
   * relativ zu dem Ordner, relativ zu dem auch `eintrag.datei` steht.
   */
  anzeigeOrdner: string;
  /** Adresse einer Inhaltsdatei (Pfad relativ zum Inhaltsordner, mit „/“), falls sie eine Seite hat. */
  adresseVonDatei(pfad: string): string | undefined;
  /** Ob es die Datei gibt (Pfad relativ zum Inhaltsordner, mit „/“); für Bilder und relative Links. */
  dateiExistiert(pfad: string): boolean;
  /** Der Text einer Datei im Inhaltsordner (für SVG-Bilder) oder undefined, wenn es sie nicht gibt. */
  leseText(pfad: string): string | undefined;
  /**
   * Was der Build über eine Bilddatei liest (Astros imageMetadata): Format,
   * Maße und Größe, `'unlesbar'`, wenn er sie nicht als Bild lesen kann, oder
   * undefined, wenn das nicht bekannt ist (im Browser-Editor).
   */
  bildInfo?(pfad: string): BildInfo | 'unlesbar' | undefined;
}

/** Format, Maße und Größe einer Bilddatei, wie der Build sie liest. */
export interface BildInfo {
  format: string;
  breite: number;
  hoehe: number;
  bytes: number;
}

/** Eine Regel der MDX-Prüfung. */
export interface MdxRegel {
  /** Short rule name, written into Befund.regel. */
  name: string;
  /** What the rule checks, in German, one sentence (listed in CONTRIBUTING). */
  beschreibung: string;
  /** Pure: no node:fs, no process; file access stays at the edges. */
  pruefe(dokument: MdxDokument, kontext: MdxKontext): Befund[];
}
