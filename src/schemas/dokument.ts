/**
 * Felder, die jedes redaktionelle Dokument trägt: Konzeptdokumente einer
 * Leistung und Querschnitts-Bausteine.
 */
import { z } from 'astro/zod';
import { autoren, datum, quelle, status, text } from './common.ts';

/** Prüfzyklus nach dem Vorbild von GOV.UK: wann zuletzt geprüft, wann wieder fällig. */
export const pruefung = z
  .strictObject({
    zuletzt: datum.describe('Datum der letzten inhaltlichen Prüfung (JJJJ-MM-TT)'),
    naechste: datum.describe('Datum, an dem das Dokument spätestens wieder geprüft wird (JJJJ-MM-TT)'),
  })
  .refine((p) => p.naechste > p.zuletzt, {
    message: 'Die nächste Prüfung muss nach der letzten Prüfung liegen.',
    path: ['naechste'],
  })
  .describe('Prüfzyklus des Dokuments');

/** Gemeinsame Felder aller Dokumente, ohne die Art. */
export const dokumentFelder = {
  /** Überschrift des Dokuments. */
  titel: text('Titel des Dokuments'),
  /** Kurzbeschreibung, zugleich Meta-Beschreibung für Suchmaschinen. */
  beschreibung: text(
    'Kurzbeschreibung in einem Satz, höchstens 160 Zeichen; erscheint in Listen und Suchergebnissen',
  ).max(160, 'Die Beschreibung ist länger als 160 Zeichen. Kürzen Sie sie auf einen Satz.'),
  /** Bearbeitungsstand. */
  status,
  /** Versionsnummer, die bei inhaltlichen Änderungen steigt. */
  version: z
    .string({ error: 'Erwartet wird eine Versionsnummer in Anführungszeichen, z. B. "1.0".' })
    .regex(/^\d+\.\d+(?:\.\d+)?$/, 'Erwartet wird eine Versionsnummer wie "1.0" oder "1.2.1".')
    .describe('Versionsnummer, z. B. "1.0"'),
  /** Datum des inhaltlichen Stands. */
  stand: datum.describe('Datum des inhaltlichen Stands (JJJJ-MM-TT)'),
  autoren,
  pruefung,
  /** Belege; jedes Dokument nennt seine Quellen. */
  quellen: z
    .array(quelle, { error: 'Erwartet wird eine Liste von Quellen mit titel und url.' })
    .min(1, 'Mindestens eine Quelle angeben: Jede Aussage braucht einen Beleg.')
    .describe('Quellen, auf die sich das Dokument stützt'),
  /** Optionale Sortierung innerhalb der Liste. */
  reihenfolge: z
    .number({ error: 'Erwartet wird eine ganze Zahl.' })
    .int('Erwartet wird eine ganze Zahl.')
    .optional()
    .describe('Position in Listen (kleinere Zahlen zuerst); ohne Angabe alphabetisch'),
};
