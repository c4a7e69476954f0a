/**
 * Bausteine, die mehrere Inhaltstypen teilen: Datumsangaben, Quellen, Personen,
 * Status. Jede Regel steht genau einmal hier; Website und Autorenwerkzeuge
 * importieren dieselben Schemas.
 */
import { z } from 'astro/zod';

/** Dateinamen werden zu URLs: nur Kleinbuchstaben, Ziffern und Bindestriche. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Ein Kalenderdatum im Format JJJJ-MM-TT. Astro liest YAML mit js-yaml und macht
 * aus `2026-05-01` ein Date-Objekt, unsere Prüfung liest es als Zeichenkette:
 * beides wird hier zur Zeichenkette `JJJJ-MM-TT`, damit Website, Prüfung und
 * offene Daten dieselben Werte sehen. `z.iso.date()` lehnt auch den 30. Februar ab.
 */
export const datum = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: 'Erwartet wird ein gültiges Datum im Format JJJJ-MM-TT, z. B. 2026-05-01.' }),
);

const berlinerDatum = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' });
/** Heutiges Datum (JJJJ-MM-TT) in deutscher Zeit; die Website richtet sich an deutsche Leser. */
export function heute(now: Date = new Date()): string {
  return berlinerDatum.format(now);
}

/** Pflichttext: nicht leer, Leerraum am Rand wird entfernt. */
export const text = (beschreibung: string) =>
  z.string({ error: 'Erwartet wird ein Text.' }).trim().min(1, 'Das Feld darf nicht leer sein.').describe(beschreibung);

/** Eine Webadresse mit http oder https; andere Schemata (javascript:, data:) sind ausgeschlossen. */
export const webadresse = z
  .url({ protocol: /^https?$/, error: 'Erwartet wird eine Webadresse, die mit https:// (oder http://) beginnt.' })
  .describe('Webadresse (https://…)');

/** Eine Quelle mit Titel und Webadresse. */
export const quelle = z
  .strictObject({
    titel: text('Titel der Quelle, wie er auf der verlinkten Seite steht'),
    url: webadresse.describe('Webadresse der Quelle'),
  })
  .describe('Quelle mit Titel und Webadresse');

/** Bearbeitungsstand eines Dokuments. */
export const STATUS = ['entwurf', 'in-abstimmung', 'freigegeben'] as const;
export const status = z
  .enum(STATUS, { error: `Erlaubt sind: ${STATUS.join(', ')}.` })
  .describe('Bearbeitungsstand: entwurf, in-abstimmung oder freigegeben');
export type Status = (typeof STATUS)[number];

/** Autorinnen und Autoren: Namen oder Rollen mit Organisation. */
export const autoren = z
  .array(text('Name oder Rolle mit Organisation, z. B. „Fachdienst Bürgerservice, Musterstadt“'), {
    error: 'Erwartet wird eine Liste, z. B. autoren: ["Fachdienst Bürgerservice, Musterstadt"].',
  })
  .min(1, 'Mindestens eine Autorin, ein Autor oder eine Rolle angeben.')
  .describe('Autorinnen und Autoren: Namen oder Rollen mit Organisation');

/** Verweis auf einen anderen Eintrag über seine ID (Dateiname ohne Endung). */
export const verweis = (beschreibung: string) =>
  z
    .string({ error: 'Erwartet wird die ID eines Eintrags (Dateiname ohne Endung).' })
    .regex(SLUG_PATTERN, 'Eine ID besteht nur aus Kleinbuchstaben, Ziffern und Bindestrichen.')
    .describe(beschreibung);
