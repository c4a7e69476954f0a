/**
 * Was eine Autorin im Editor einträgt, als einfache Zeichenketten: so, wie es
 * in den Feldern steht. Daraus entsteht die .mdx-Datei (datei.ts); gespeichert
 * wird es im Browser (speicher.ts).
 */
import { STECKBRIEF_FELDER } from '../../schemas/beitrag.ts';
import type { Steckbrief } from '../../schemas/index.ts';

/** Die Felder des Steckbriefs, aus dem Schema (src/schemas/beitrag.ts). */
export { STECKBRIEF_FELDER };
export type SteckbriefFeld = keyof Steckbrief;

/** Zahlenfelder des Steckbriefs: im Front Matter Zahlen, keine Texte. */
export const STECKBRIEF_ZAHLEN: readonly SteckbriefFeld[] = ['aufwandPersonentage', 'dauerWochen'];

export interface Entwurf {
  kommune: string;
  leistung: string;
  /** Eine der Arten aus dem Schema oder leer; aus einer geöffneten Datei auch ein anderer Wert, den die Prüfung meldet. */
  art: string;
  titel: string;
  beschreibung: string;
  /** Eine Autorin, ein Autor oder eine Rolle je Zeile. */
  autoren: string;
  datum: string;
  /** „entwurf“ oder „in-abstimmung“; eine geöffnete Datei kann auch „freigegeben“ tragen. */
  status: string;
  bezug: string;
  steckbrief: Partial<Record<SteckbriefFeld, string>>;
  /** Text je Abschnitt, nach dem Titel des Abschnitts: Gleiche Abschnitte verschiedener Arten teilen ihren Text. */
  abschnitte: Record<string, string>;
  /** Quellen für Aussagen über Recht und Vorgaben; im Text als Fußnote [^kennung] zitiert. */
  quellen: EntwurfQuelle[];
  /** Text vor dem ersten Abschnitt, etwa ein <Hinweis> über allen Abschnitten; meist leer. */
  einleitung?: string | undefined;
  /** Woher der Entwurf stammt, wenn er aus einer Datei geöffnet wurde (oeffnen.ts). */
  herkunft?: Herkunft | undefined;
  /** Ob der Beitrag zu einer Kommune gehört, deren Profil im Editor entsteht (dann ist `kommune` ihr Name in der Webadresse). */
  kommuneNeu?: boolean | undefined;
  /** Das Profil einer neuen Kommune; bleibt im Entwurf, auch wenn die Autorin wieder eine vorhandene Kommune wählt. */
  neueKommune?: KommuneEntwurf | undefined;
}

/** Das Profil einer neuen Kommune, wie es im Formular steht (Schema: src/schemas/kommune.ts). */
export interface KommuneEntwurf {
  /** Name in Webadresse und Dateiname; folgt dem Namen, bis die Autorin ihn selbst ändert. */
  id: string;
  /** Ob die Autorin den Namen in der Webadresse selbst geändert hat. */
  idSelbst?: boolean | undefined;
  name: string;
  typ: string;
  land: string;
  ags: string;
  ars: string;
  einwohner: string;
  website: string;
  fiktiv: boolean;
  kontakt: string;
  /** Die Leistungen, die die Kommune pilotiert, mit Phase und Datum. */
  pilot: { leistung: string; phase: string; seit: string }[];
}

/**
 * Was von einer geöffneten Datei bleiben muss, damit sie beim Speichern nur
 * dort anders wird, wo die Autorin etwas geändert hat: ihr Kopf (Angaben
 * zwischen den Zeilen „---“) mit Schreibweise, Reihenfolge und Feldern, die
 * das Formular nicht kennt, und die Reihenfolge der Fußnoten.
 */
export interface Herkunft {
  /** Pfad im Repository, wenn der Beitrag auf der Website steht und hier bearbeitet wird („Im Editor bearbeiten“). */
  pfad?: string | undefined;
  /** Der Kopf der Datei, wie er dastand (ohne die Zeilen „---“). */
  kopf?: string | undefined;
  /** Kennungen der Fußnoten in der Reihenfolge der Datei. */
  fussnoten?: string[] | undefined;
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

/** Ob die Autorin schon etwas eingetragen hat (Kommune, Datum und Status zählen nicht: Sie haben Vorgaben). */
export function hatInhalt(e: Partial<Entwurf>): boolean {
  const texte = [
    e.titel,
    e.beschreibung,
    e.autoren,
    e.leistung,
    e.art,
    e.bezug,
    e.einleitung,
    ...Object.values(e.abschnitte ?? {}),
    ...Object.values(e.steckbrief ?? {}),
    ...(e.quellen ?? []).flatMap((q) => [q.titel, q.url, q.fundstelle]),
    e.neueKommune?.name,
    e.neueKommune?.kontakt,
  ];
  return texte.some((w) => typeof w === 'string' && w.trim() !== '');
}
