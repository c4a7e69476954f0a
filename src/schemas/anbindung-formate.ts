/**
 * Formate der Werte, die eine Kommune im Anbindungsbogen einträgt. Eine
 * Stelle für Website (Prüfung beim Tippen), Export-Schema und Inhaltsprüfung.
 */
import { z } from 'astro/zod';

interface WertFormat {
  /** Kurz, für die Tabelle: „12 Ziffern“. */
  beschreibung: string;
  /** Beispielwert (fiktiv), für Platzhalter. */
  beispiel: string;
  schema: z.ZodString;
}

const muster = (regex: RegExp, meldung: string) => z.string().trim().regex(regex, meldung);

/**
 * Jedes Format mit Regel und deutscher Meldung; Beispiele sind erfunden.
 * Nur Formate mit Beleg: ARS (Brandenburg, Kommunalverzeichnis), Leistungsschlüssel
 * (14 Ziffern, Einträge bei Dataport). Für DVDV-Organisationsschlüssel und
 * DestinationID ist das Format nicht verifiziert; sie sind „text“.
 */
export const WERT_FORMATE = {
  ars: {
    beschreibung: '12 Ziffern',
    beispiel: '160000000000',
    schema: muster(/^\d{12}$/, 'Der Amtliche Regionalschlüssel hat genau 12 Ziffern, ohne Leerzeichen.'),
  },
  ags: {
    beschreibung: '8 Ziffern',
    beispiel: '16000000',
    schema: muster(/^\d{8}$/, 'Der Amtliche Gemeindeschlüssel hat genau 8 Ziffern.'),
  },
  leistungsschluessel: {
    beschreibung: '14 Ziffern',
    beispiel: '99000000000000',
    schema: muster(/^\d{14}$/, 'Ein Leistungsschlüssel hat genau 14 Ziffern.'),
  },
  url: {
    beschreibung: 'Webadresse mit https://',
    beispiel: 'https://www.beispiel.de/datenschutz',
    schema: muster(/^https:\/\/[^\s<>"]+\.[^\s<>"]+$/, 'Erwartet wird eine Webadresse, die mit https:// beginnt.'),
  },
  email: {
    beschreibung: 'E-Mail-Adresse (Funktionspostfach)',
    beispiel: 'poststelle@beispiel.de',
    schema: muster(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'Erwartet wird eine E-Mail-Adresse, z. B. poststelle@beispiel.de.'),
  },
  text: {
    beschreibung: 'Text',
    beispiel: '',
    schema: z.string().trim().min(1, 'Das Feld darf nicht leer sein.'),
  },
} satisfies Record<string, WertFormat>;

export type WertFormatName = keyof typeof WERT_FORMATE;

/** Prüft einen eingegebenen Wert; gibt die deutsche Meldung zurück oder undefined, wenn er passt. */
export function pruefeWert(format: WertFormatName, wert: string): string | undefined {
  const ergebnis = WERT_FORMATE[format].schema.safeParse(wert);
  return ergebnis.success ? undefined : ergebnis.error.issues[0]?.message;
}
