/**
 * Der Kontext, den jeder Schritt von „npm run neu“ bekommt und ergänzt:
 * Optionen von der Kommandozeile, der Bestand an Inhalten, die Antworten und
 * am Ende Datei und Inhalt. Fragen, Ausgabe und Beenden sind austauschbar,
 * damit Tests den Ablauf ohne Terminal steuern.
 */
import type { Kommune, Leistung } from '../../../src/schemas/index.ts';

/** Die Arten von Dokumenten, die das Werkzeug anlegt. */
export const ARTEN = ['beitrag', 'konzept', 'baustein', 'kommune', 'anbindung'] as const;
export type Art = (typeof ARTEN)[number];

/** Beschriftungen der Arten in Fragen und Meldungen. */
export const ART_NAMEN: Record<Art, string> = {
  beitrag: 'Beitrag einer Pilotkommune (content/beitraege/<kommune>/…)',
  konzept: 'Konzeptdokument zu einer Leistung (content/leistungen/<leistung>/…)',
  baustein: 'Querschnitts-Baustein (content/querschnitt/…)',
  kommune: 'Profil einer Pilotkommune (content/kommunen/…)',
  anbindung: 'Anbindungsbogen einer Leistung (content/leistungen/<leistung>/anbindung.yaml)',
};

/**
 * Optionen von der Kommandozeile; alle optional, fehlende werden erfragt. Jede
 * Angabe heißt wie das Feld, das sie füllt (`--art` füllt `art:`); nur die Art
 * des Dokuments steht vorn (`npm run neu -- beitrag …`) oder in `--dokument`.
 */
export interface Optionen {
  /** Art des Dokuments: beitrag, konzept, baustein oder kommune. */
  dokument?: string | undefined;
  /** Feld `art` eines Beitrags (erfahrungsbericht …) oder Konzepts (technisch …). */
  art?: string | undefined;
  /** Feld `typ` eines Kommunenprofils (stadt, gemeinde, landkreis …). */
  typ?: string | undefined;
  /** Feld `name` eines Kommunenprofils, z. B. „Stadt Musterstadt“. */
  name?: string | undefined;
  kommune?: string | undefined;
  leistung?: string | undefined;
  titel?: string | undefined;
  beschreibung?: string | undefined;
  autoren?: string | undefined;
  land?: string | undefined;
  ags?: string | undefined;
  kontakt?: string | undefined;
  /** Keine Fragen stellen: Vorgaben nehmen, fehlende Pflichtangaben sind ein Fehler. */
  yes: boolean;
  /** Nur zeigen, was geschrieben würde. */
  dryRun: boolean;
  hilfe: boolean;
}

/** Eine Frage an die Person am Terminal. */
export interface Frage {
  text: string;
  /** Auswahl; die Antwort ist einer dieser Werte. */
  optionen?: readonly { wert: string; name: string }[];
  /** Vorgabe, wenn die Antwort leer bleibt. */
  standard?: string | undefined;
  /** Gibt eine Fehlermeldung zurück, wenn die Antwort nicht passt; dann wird erneut gefragt. */
  pruefe?: (antwort: string) => string | undefined;
}

export interface Kontext {
  optionen: Optionen;
  /** Absoluter Pfad des Inhaltsordners. */
  inhaltsOrdner: string;
  /** Ordner, relativ zu dem Pfade angezeigt werden. */
  wurzel: string;
  /** Heutiges Datum, JJJJ-MM-TT. */
  heute: string;
  bestand: { kommunen: ReadonlyMap<string, Kommune>; leistungen: ReadonlyMap<string, Leistung> };
  frage(frage: Frage): Promise<string>;
  ausgabe(text: string): void;
  /** Beendet den Ablauf mit Exit-Code; kehrt nicht zurück. */
  beenden(code: number): never;

  // Ergebnisse der Schritte
  art?: Art;
  typ?: string;
  kommune?: string;
  leistung?: string;
  titel?: string;
  beschreibung?: string;
  autoren?: string[];
  /** Felder eines Kommunenprofils. */
  profil?: { land: string; ags?: string | undefined; kontakt: string };
  /** Pfad der neuen Datei relativ zum Inhaltsordner. */
  datei?: string;
  inhalt?: string;
}

/** Angaben mit Wert, je benannt nach dem Feld, das sie füllen. */
const MIT_WERT = [
  'dokument',
  'art',
  'typ',
  'name',
  'kommune',
  'leistung',
  'titel',
  'beschreibung',
  'autoren',
  'land',
  'ags',
  'kontakt',
] as const;

/**
 * Liest die Kommandozeile: die Art des Dokuments als erstes Wort oder
 * --dokument, sonst --feld wert oder --feld=wert.
 */
export function leseOptionen(args: readonly string[]): { optionen: Optionen; fehler?: string } {
  const optionen: Optionen = { yes: false, dryRun: false, hilfe: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--yes' || arg === '-y') optionen.yes = true;
    else if (arg === '--dry-run') optionen.dryRun = true;
    else if (arg === '--hilfe' || arg === '--help' || arg === '-h') optionen.hilfe = true;
    else if (!arg.startsWith('-') && optionen.dokument === undefined && (ARTEN as readonly string[]).includes(arg))
      optionen.dokument = arg;
    else {
      const [name, gleich] = arg.replace(/^--/, '').split(/=(.*)/s);
      const schluessel = MIT_WERT.find((m) => m === name);
      if (!arg.startsWith('--') || !schluessel)
        return {
          optionen,
          fehler: arg.startsWith('-')
            ? `Unbekannte Angabe „${arg}“.`
            : `„${arg}“ ist keine Art von Dokument. Erlaubt: ${ARTEN.join(', ')}.`,
        };
      const wert = gleich ?? args[++i];
      if (wert === undefined) return { optionen, fehler: `Zu „--${schluessel}“ fehlt der Wert.` };
      if (optionen[schluessel] !== undefined && schluessel === 'dokument')
        return { optionen, fehler: 'Die Art des Dokuments steht zweimal da (vorn und in --dokument).' };
      optionen[schluessel] = wert;
    }
  }
  // Früher wählte --art die Art des Dokuments; heute füllt es das Feld art. Wer es alt schreibt, erfährt, wie es geht.
  if (optionen.art && (ARTEN as readonly string[]).includes(optionen.art) && optionen.dokument === undefined) {
    return {
      optionen,
      fehler: `„--art ${optionen.art}“ füllt das Feld art (z. B. erfahrungsbericht). Die Art des Dokuments steht vorn: npm run neu -- ${optionen.art} …`,
    };
  }
  return { optionen };
}

export const HILFE = `Legt ein neues Dokument mit gültigem Front Matter und allen Pflichtabschnitten an.

Aufruf: npm run neu -- [beitrag | konzept | baustein | kommune | anbindung] [Angaben]

  Die Art des Dokuments steht vorn (oder in --dokument). Jede Angabe füllt das gleichnamige Feld:
  --art        art: des Beitrags (erfahrungsbericht, umsetzung, prozessmodell, lessons-learned, checkliste)
               oder des Konzepts (technisch, organisatorisch, rechtlich, finanziell, betrieb, checkliste)
  --kommune    kommune: des Beitrags (ID wie „musterstadt“)
  --leistung   leistung: (ID wie „wohngeld“; beim Kommunenprofil die erste pilotierte Leistung)
  --titel      titel: des Dokuments
  --beschreibung  beschreibung: Kurzbeschreibung in einem Satz
  --autoren    autoren: Autorinnen und Autoren, durch „;“ getrennt
  Kommunenprofil:
  --name       name: der Kommune, z. B. „Stadt Musterstadt“
  --typ        typ: stadt, gemeinde, landkreis …
  --land --ags --kontakt   land:, ags:, kontakt:
  --yes        nichts fragen, Vorgaben übernehmen
  --dry-run    nur anzeigen, nichts schreiben

Beispiel: npm run neu -- anbindung --leistung wohngeld
Beispiel: npm run neu -- beitrag --art umsetzung --kommune musterstadt --titel "So haben wir angebunden"

Ohne Angaben fragt das Werkzeug nach allem, was es braucht. Bestehende Dateien überschreibt es nie.`;
