/**
 * Was eine Autorin im Editor einträgt, als einfache Zeichenketten: so, wie es
 * in den Feldern steht. Daraus entsteht die .mdx-Datei (datei.ts); gespeichert
 * wird es im Browser (speicher.ts).
 */
import { STECKBRIEF_FELDER } from '../../schemas/beitrag.ts';
import type { BeitragArt, Status, Steckbrief } from '../../schemas/index.ts';

/** Die Felder des Steckbriefs, aus dem Schema (src/schemas/beitrag.ts). */
export { STECKBRIEF_FELDER };
export type SteckbriefFeld = keyof Steckbrief;

/** Zahlenfelder des Steckbriefs: im Front Matter Zahlen, keine Texte. */
export const STECKBRIEF_ZAHLEN: readonly SteckbriefFeld[] = ['aufwandPersonentage', 'dauerWochen'];

export interface Entwurf {
  kommune: string;
  leistung: string;
  art: BeitragArt | '';
  titel: string;
  beschreibung: string;
  /** Eine Autorin, ein Autor oder eine Rolle je Zeile. */
  autoren: string;
  datum: string;
  status: Status;
  bezug: string;
  steckbrief: Partial<Record<SteckbriefFeld, string>>;
  /** Text je Abschnitt, nach dem Titel des Abschnitts: Gleiche Abschnitte verschiedener Arten teilen ihren Text. */
  abschnitte: Record<string, string>;
  /** Quellen für Aussagen über Recht und Vorgaben; im Text als Fußnote [^kennung] zitiert. */
  quellen: EntwurfQuelle[];
}

/** Eine Quelle, wie sie im Formular steht. */
export interface EntwurfQuelle {
  /** Kennung, im Text als [^kennung]; aus dem Titel gebildet, solange die Autorin sie nicht selbst ändert. */
  id: string;
  titel: string;
  url: string;
  art: string;
  abgerufen: string;
  /** Was in der Quelle die Aussage trägt (§, Abschnitt, Seite); steht in der Fußnote. */
  fundstelle: string;
}

/** Ein leerer Entwurf mit dem heutigen Datum und dem Status „entwurf“. */
export function leererEntwurf(heute: string): Entwurf {
  return {
    kommune: '',
    leistung: '',
    art: '',
    titel: '',
    beschreibung: '',
    autoren: '',
    datum: heute,
    status: 'entwurf',
    bezug: '',
    steckbrief: {},
    abschnitte: {},
    quellen: [],
  };
}
