/**
 * Die Typen, die alle Teile der Prüfung teilen (rein, ohne Node-Module),
 * und die Form einer MDX-Regel. Jede Regel ist ein eigenes Modul unter
 * src/pruefung/regeln/ (wie bei remark-lint und ESLint) und in index.ts
 * eingetragen; die Prüfung (npm run pruefen), der Build und der Editor im
 * Browser führen dieselbe Liste aus. Regeln sind rein: kein node:fs, keine
 * Umgebungsvariablen. Was sie von außen brauchen (gibt es eine Datei, was steht in ihr),
 * reicht der Aufrufer über MdxKontext herein.
 */
import type { Root } from 'mdast';
import type { Befund } from './befund.ts';
import type { GelesenesYaml } from './frontmatter.ts';
import type { SammlungName } from '../../modell/sammlungen.ts';

/** Eine Datei unter content/, wie die Prüfung sie liest: nur Text, nichts ausgeführt. */
export interface RohEintrag {
  sammlung: SammlungName;
  id: string;
  /** Pfad relativ zum Projekt, z. B. content/leistungen/wohngeld/index.mdx. */
  datei: string;
  /** Pfad relativ zum Inhaltsordner, mit „/“, z. B. leistungen/wohngeld/index.mdx. */
  pfad: string;
  quelltext: string;
  yaml: GelesenesYaml;
  /** Bei MDX: der Text nach dem Front Matter und seine erste Zeile. */
  text?: string;
  textStartZeile?: number;
}

/** Ein Eintrag mit den Daten, die das Schema angenommen hat. */
export interface GepruefterEintrag extends RohEintrag {
  daten: unknown;
}

/** Ein ```mermaid-Block: Datei, Zeile und Spalte des öffnenden Zauns, Quelltext ohne Zäune. */
export interface Diagramm {
  datei: string;
  zeile: number;
  spalte: number;
  code: string;
}

/** Warum Mermaid ein Diagramm als zu groß ablehnt: Kanten oder andere Elemente über seiner Grenze, oder zu tief. */
export interface DiagrammGroesse {
  was: 'kanten' | 'elemente' | 'tiefe';
  anzahl?: number | undefined;
  grenze?: number | undefined;
}

/** Antwort des Workers je Diagramm. */
export interface DiagrammErgebnis {
  /** Fehler beim Lesen; fehlt, wenn das Diagramm gültig ist. */
  fehler?: {
    meldung: string;
    zeile?: number | undefined;
    unbekannterTyp?: boolean | undefined;
    /** Das Lesen dauerte länger als erlaubt (ZEIT_JE_DIAGRAMM_MS). */
    zeitueberschreitung?: boolean | undefined;
    /** Der Worker endete beim Lesen dieses Diagramms. */
    absturz?: boolean | undefined;
    /** Mermaid lehnt das Diagramm wegen seiner Größe ab, nicht wegen seiner Schreibweise. */
    zuGross?: DiagrammGroesse | undefined;
  };
  accTitle?: string | undefined;
  accDescr?: string | undefined;
  /** Bild, Icon, Verknüpfung oder Adresse, die Mermaid gelesen hat (auch hinter Escapes), gekürzt. */
  fremd?: string | undefined;
  /** Eine Beschriftung mit HTML, wie Mermaid sie gelesen hat (auch hinter Escapes), gekürzt. */
  html?: string | undefined;
}

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

/** Was jede Regel über sich sagt: ihr Name (steht in jedem Befund) und ein deutscher Satz (CONTRIBUTING). */
export interface RegelInfo {
  name: string;
  beschreibung: string;
}

/** Was eine Regel über die Daten aller Einträge sieht. */
export interface Datenbestand {
  /** Jede gelesene Datei, auch eine mit Fehlern: Als Ziel eines Verweises zählt sie. */
  alle: readonly RohEintrag[];
  /** Die geprüften Einträge, deren Daten ihr Schema angenommen hat: Über sie melden die Regeln. */
  gueltig: readonly GepruefterEintrag[];
  /**
   * Alle gültigen Einträge, auch die, die es auf der Website schon gibt, die
   * hier aber nicht geprüft werden (im Editor: Kommunen aus den Daten der
   * Seite). Zum Nachsehen, nicht zum Melden; ohne Editor gleich `gueltig`.
   */
  bekannt: readonly GepruefterEintrag[];
  /** Der Inhaltsordner, wie er in Meldungen steht („content“). */
  anzeigeOrdner: string;
  /** Heutiges Datum (JJJJ-MM-TT) für Regeln mit Fristen; Tests setzen es fest. */
  stichtag?: string | undefined;
}

/** Eine Regel über die Daten (Front Matter und YAML-Dateien), nachdem jedes Schema geprüft ist. */
export interface DatenRegel extends RegelInfo {
  pruefe(bestand: Datenbestand): Befund[];
}
