/**
 * Pflichtabschnitte (Überschriften der Ebene 2) je Dokumentart. Die Prüfung
 * (npm run pruefen) verlangt sie, die Vorlagen (npm run neu) legen sie an.
 */
import type { BeitragArt } from './beitrag.ts';
import type { KonzeptArt } from './konzept.ts';

export const KONZEPT_ABSCHNITTE: Record<KonzeptArt, readonly string[]> = {
  technisch: ['Ausgangslage', 'Zielbild', 'Schnittstellen', 'Datenschutz und Informationssicherheit', 'Betrieb'],
  organisatorisch: ['Ausgangslage', 'Ist-Prozess', 'Soll-Prozess', 'Rollen und Zuständigkeiten', 'Support'],
  rechtlich: ['Rechtsgrundlagen', 'Verträge und Vereinbarungen', 'Datenschutz', 'Offene Fragen'],
  finanziell: ['Kosten', 'Finanzierung', 'Offene Fragen'],
  betrieb: ['Betriebsmodell', 'Support', 'Störungen und Eskalation'],
  checkliste: ['Vorbereitung', 'Umsetzung', 'Inbetriebnahme'],
};

export const BAUSTEIN_ABSCHNITTE: readonly string[] = [
  'Worum es geht',
  'Aufgaben der Kommune',
  'Typische Stolpersteine',
];

export const BEITRAG_ABSCHNITTE: Record<BeitragArt, readonly string[]> = {
  erfahrungsbericht: ['Ausgangslage', 'Vorgehen', 'Ergebnis'],
  umsetzung: ['Ausgangslage', 'Umsetzung', 'Abweichungen vom Konzept', 'Erkenntnisse'],
  prozessmodell: ['Prozess', 'Beteiligte'],
  'lessons-learned': ['Was gut lief', 'Was wir anders machen würden', 'Empfehlungen'],
  checkliste: ['Checkliste'],
};

/**
 * Anfang des Kommentars, den „npm run neu“ in jeden Pflichtabschnitt setzt.
 * Ab dem Status „in-abstimmung“ meldet die Prüfung übrig gebliebene Platzhalter.
 */
export const PLATZHALTER = 'Ersetzen Sie diesen Kommentar durch Ihren Text';
