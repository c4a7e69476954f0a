/**
 * Prüfzyklus der Dokumente (nach dem Vorbild von GOV.UK): Ein Dokument, dessen
 * nächste Prüfung verstrichen ist, gilt als überfällig. Reine Funktionen; die
 * Seiten geben das Datum des Builds (deutsche Zeit, `heute()`) als Stichtag mit.
 */
import { STATUS, type Status } from '../schemas/index.ts';

/** Überfällig ist ein Dokument ab dem Tag nach seiner nächsten Prüfung. Daten als JJJJ-MM-TT. */
export function istUeberfaellig(naechste: string, stichtag: string): boolean {
  return naechste < stichtag;
}

/** Was die Redaktionsübersicht von einem Dokument braucht. */
export interface Pruefbar {
  titel: string;
  status: Status;
  pruefung: { zuletzt: string; naechste: string };
}

const deutsch = new Intl.Collator('de');

/**
 * Reihenfolge für die Redaktion: überfällige Dokumente zuerst (am längsten
 * überfällige oben), dann nach dem Datum der nächsten Prüfung; bei gleichem
 * Datum Entwürfe vor Dokumenten in Abstimmung vor freigegebenen, dann nach Titel.
 */
export function nachPruefung<T extends Pruefbar>(dokumente: readonly T[], stichtag: string): T[] {
  return [...dokumente].sort(
    (a, b) =>
      Number(istUeberfaellig(b.pruefung.naechste, stichtag)) - Number(istUeberfaellig(a.pruefung.naechste, stichtag)) ||
      a.pruefung.naechste.localeCompare(b.pruefung.naechste) ||
      STATUS.indexOf(a.status) - STATUS.indexOf(b.status) ||
      deutsch.compare(a.titel, b.titel),
  );
}

/** Anzahl der Dokumente je Status, in der Reihenfolge von STATUS. */
export function zaehleStatus(dokumente: readonly { status: Status }[]): { status: Status; anzahl: number }[] {
  return STATUS.map((status) => ({ status, anzahl: dokumente.filter((d) => d.status === status).length }));
}
