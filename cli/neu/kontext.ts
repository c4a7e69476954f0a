/**
 * Der Kontext, den jeder Schritt von „npm run neu“ bekommt und ergänzt:
 * Optionen von der Kommandozeile, der Bestand an Inhalten, die Antworten und
 * am Ende Datei und Inhalt. Fragen, Ausgabe und Beenden sind austauschbar,
 * damit Tests den Ablauf ohne Terminal steuern.
 */
import type { Kommune, Leistung } from '../../src/schemas/index.ts';

/** Die Arten von Dokumenten, die das Werkzeug anlegt. */
export const ARTEN = ['beitrag', 'konzept', 'baustein', 'kommune'] as const;
export type Art = (typeof ARTEN)[number];

/** Beschriftungen der Arten in Fragen und Meldungen. */
export const ART_NAMEN: Record<Art, string> = {
  beitrag: 'Beitrag einer Pilotkommune (content/beitraege/<kommune>/…)',
  konzept: 'Konzeptdokument zu einer Leistung (content/leistungen/<leistung>/…)',
  baustein: 'Querschnitts-Baustein (content/querschnitt/…)',
  kommune: 'Profil einer Pilotkommune (content/kommunen/…)',
};

/** Optionen von der Kommandozeile; alle optional, fehlende werden erfragt. */
export interface Optionen {
  art?: string | undefined;
  /** Unterart: Art des Beitrags (erfahrungsbericht …), des Konzepts (technisch …) oder Typ der Kommune. */
  typ?: string | undefined;
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

/** Liest die Kommandozeile: --name wert oder --name=wert. */
export function leseOptionen(args: readonly string[]): { optionen: Optionen; fehler?: string } {
  const optionen: Optionen = { yes: false, dryRun: false, hilfe: false };
  const mitWert = [
    'art',
    'typ',
    'kommune',
    'leistung',
    'titel',
    'beschreibung',
    'autoren',
    'land',
    'ags',
    'kontakt',
  ] as const;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--yes' || arg === '-y') optionen.yes = true;
    else if (arg === '--dry-run') optionen.dryRun = true;
    else if (arg === '--hilfe' || arg === '--help' || arg === '-h') optionen.hilfe = true;
    else {
      const [name, gleich] = arg.replace(/^--/, '').split(/=(.*)/s);
      const schluessel = mitWert.find((m) => m === name);
      if (!arg.startsWith('--') || !schluessel) return { optionen, fehler: `Unbekannte Angabe „${arg}“.` };
      const wert = gleich ?? args[++i];
      if (wert === undefined) return { optionen, fehler: `Zu „--${schluessel}“ fehlt der Wert.` };
      optionen[schluessel] = wert;
    }
  }
  return { optionen };
}

export const HILFE = `Legt ein neues Dokument mit gültigem Front Matter und allen Pflichtabschnitten an.

Aufruf: npm run neu -- [Angaben]

  --art        beitrag | konzept | baustein | kommune
  --typ        Art des Beitrags (erfahrungsbericht, umsetzung, prozessmodell, lessons-learned, checkliste),
               des Konzepts (technisch, organisatorisch, rechtlich, finanziell, betrieb, checkliste)
               oder Typ der Kommune (stadt, gemeinde, landkreis …)
  --kommune    Kommune (ID wie „musterstadt“; beim Kommunenprofil der Name, z. B. „Stadt Musterstadt“)
  --leistung   Leistung (ID wie „wohngeld“)
  --titel      Titel des Dokuments
  --beschreibung  Kurzbeschreibung in einem Satz
  --autoren    Autorinnen und Autoren, durch „;“ getrennt
  --land --ags --kontakt   Angaben für ein Kommunenprofil
  --yes        nichts fragen, Vorgaben übernehmen
  --dry-run    nur anzeigen, nichts schreiben

Ohne Angaben fragt das Werkzeug nach allem, was es braucht. Bestehende Dateien überschreibt es nie.`;
