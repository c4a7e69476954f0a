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

/** Höchstlänge jedes Textfelds; die längste Glossar-Definition im Atlas hat rund 1.100 Zeichen. */
export const TEXT_HOECHSTENS = 2000;
/** Höchstlänge eines Quellentitels; der längste im Atlas hat rund 140 Zeichen. */
export const TITEL_HOECHSTENS = 300;

/** Pflichttext: nicht leer, Leerraum am Rand wird entfernt. */
export const text = (beschreibung: string) =>
  z
    .string({ error: 'Erwartet wird ein Text.' })
    .trim()
    .min(1, 'Das Feld darf nicht leer sein.')
    // Eine Grenze für jedes Textfeld: Ein Feld mit 100.000 Zeichen landete sonst in <title>, Suche und offenen Daten.
    .max(
      TEXT_HOECHSTENS,
      `Der Text ist zu lang (höchstens ${TEXT_HOECHSTENS.toLocaleString('de-DE')} Zeichen). Kürzen Sie ihn.`,
    )
    .describe(beschreibung);

/** Eine Webadresse mit http oder https; andere Schemata (javascript:, data:) sind ausgeschlossen. */
export const webadresse = z
  .url({ protocol: /^https?$/, error: 'Erwartet wird eine Webadresse, die mit https:// (oder http://) beginnt.' })
  // Die offenen Daten versprechen im JSON-Schema „format: uri“ (RFC 3986); Browser nehmen mehr hin.
  .refine((adresse) => !/[\s<>"{}|\\^`[\]]/.test(adresse.replace(/^[a-z]+:\/\/\[[^\]]*\]/i, '')), {
    message:
      'Die Adresse enthält Zeichen, die in Webadressen kodiert sein müssen (Leerzeichen, [ ], { }, < >, "). Schreiben Sie z. B. %5B für [, %5D für ] und %20 für ein Leerzeichen.',
  })
  .describe('Webadresse (https://…)');

/** Welche Art von Quelle: hilft Leserinnen und Lesern, das Gewicht eines Belegs einzuschätzen. */
export const QUELLEN_ARTEN = [
  'Gesetz',
  'Verordnung',
  'Beschluss',
  'Dokumentation',
  'Leitfaden',
  'Pressemitteilung',
  'Website',
] as const;

/**
 * Eine Quelle mit Titel und Webadresse. `id` ist das Fußnotenzeichen im Text
 * (`[^id]`), `abgerufen` das Datum, an dem die Quelle gelesen wurde: Eine
 * Leserin soll sehen, welche Quelle welchen Satz trägt und wie alt der Beleg ist.
 */
export const quelle = z
  .strictObject({
    /** Kennung der Quelle; im Text als Fußnote `[^id]` zitiert. */
    id: z
      .string({ error: 'Erwartet wird eine Kennung aus Kleinbuchstaben, Ziffern und Bindestrichen, z. B. ozg-8a.' })
      .regex(SLUG_PATTERN, 'Nur Kleinbuchstaben, Ziffern und Bindestriche, z. B. ozg-8a.')
      .describe('Kennung der Quelle, im Text als Fußnote [^kennung] zitiert')
      .optional(),
    titel: text('Titel der Quelle, wie er auf der verlinkten Seite steht').max(
      TITEL_HOECHSTENS,
      `Der Titel ist zu lang (höchstens ${TITEL_HOECHSTENS} Zeichen). Übernehmen Sie den Titel der Seite, nicht ihren Text.`,
    ),
    url: webadresse.describe('Webadresse der Quelle'),
    /** Art der Quelle (Gesetz, Beschluss, Dokumentation, …). */
    art: z
      .enum(QUELLEN_ARTEN, { error: `Erlaubt sind: ${QUELLEN_ARTEN.join(', ')}.` })
      .describe(`Art der Quelle: ${QUELLEN_ARTEN.join(', ')}`)
      .optional(),
    /** Datum, an dem die Quelle gelesen wurde (JJJJ-MM-TT). */
    abgerufen: datum
      // Ein Abrufdatum in der Zukunft täuschte Leserinnen über das Alter des Belegs.
      .refine(
        (tag) => tag <= heute(),
        'Das Abrufdatum liegt in der Zukunft. Tragen Sie den Tag ein, an dem Sie die Quelle gelesen haben.',
      )
      .describe('Datum, an dem die Quelle gelesen wurde (JJJJ-MM-TT)')
      .optional(),
  })
  .describe('Quelle mit Titel, Webadresse, Art und Abrufdatum');
export type Quelle = z.infer<typeof quelle>;

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
