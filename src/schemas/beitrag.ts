/** Beitrag einer Pilotkommune: content/beitraege/<kommune>/<slug>.mdx */
import { z } from 'astro/zod';
import { autoren, datum, heute, quelle, status, text, verweis } from './common.ts';

export const BEITRAG_ARTEN = [
  'erfahrungsbericht',
  'umsetzung',
  'prozessmodell',
  'lessons-learned',
  'checkliste',
] as const;
export type BeitragArt = (typeof BEITRAG_ARTEN)[number];

export const ZUSTELLWEGE = ['fit-connect', 'osci-xta', 'e-mail', 'sonstiges'] as const;
export type Zustellweg = (typeof ZUSTELLWEGE)[number];

const aufwand = (beschreibung: string) =>
  z
    .number({ error: 'Erwartet wird eine Zahl, z. B. 12 oder 7.5.' })
    .nonnegative('Die Zahl darf nicht negativ sein.')
    .optional()
    .describe(beschreibung);

/** Wie die Kommune die Leistung angebunden hat; macht Umsetzungen nebeneinander vergleichbar. */
export const steckbriefSchema = z
  .strictObject({
    zustellweg: z
      .enum(ZUSTELLWEGE, { error: `Erlaubt sind: ${ZUSTELLWEGE.join(', ')}.` })
      .describe('Wie Anträge ankommen: fit-connect, osci-xta, e-mail oder sonstiges'),
    fachverfahren: text('Fachverfahren und Art der Anbindung, z. B. „Fachverfahren mit XÖV-Import“'),
    eAkte: text('Wie Anträge in die E-Akte oder das DMS gelangen'),
    bezahlung: text('Wie Gebühren bezahlt werden, z. B. „ePayBL“ oder „gebührenfrei“'),
    rueckkanal: text('Wie Bescheide und Statusmeldungen zurückgehen, z. B. „Postfach im Nutzerkonto“'),
    nutzerkonto: text('Welches Nutzerkonto der Onlinedienst nutzt, z. B. „BundID“'),
    aufwandPersonentage: aufwand('Aufwand der Kommune in Personentagen (geschätzt)'),
    dauerWochen: aufwand('Dauer von Projektstart bis Produktivbetrieb in Wochen'),
  })
  .describe('Steckbrief der Umsetzung');
export type Steckbrief = z.infer<typeof steckbriefSchema>;
/** Die Felder des Steckbriefs in der Reihenfolge des Schemas (Vergleichstabelle, Beitragseditor). */
export const STECKBRIEF_FELDER = Object.keys(steckbriefSchema.shape) as (keyof Steckbrief)[];

export const beitragSchema = z
  .strictObject({
    titel: text('Titel des Beitrags'),
    beschreibung: text('Kurzbeschreibung in einem Satz, höchstens 160 Zeichen').max(
      160,
      'Die Beschreibung ist länger als 160 Zeichen. Kürzen Sie sie auf einen Satz.',
    ),
    leistung: verweis('ID der Leistung, um die es geht; die Kommune muss sie pilotieren'),
    art: z
      .enum(BEITRAG_ARTEN, { error: `Erlaubt sind: ${BEITRAG_ARTEN.join(', ')}.` })
      .describe('Art: erfahrungsbericht, umsetzung, prozessmodell, lessons-learned oder checkliste'),
    datum: datum
      .refine((d) => d <= heute(), 'Das Datum liegt in der Zukunft. Tragen Sie das Datum der Veröffentlichung ein.')
      .describe('Datum des Beitrags (JJJJ-MM-TT), nicht in der Zukunft'),
    autoren,
    status,
    bezug: z
      .string({ error: 'Erwartet wird eine Dokument-ID wie „wohngeld/technisch“ oder „fit-connect“.' })
      .regex(
        /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)?$/,
        'Erwartet wird eine Dokument-ID wie „wohngeld/technisch“ (Leistung/Konzept) oder „fit-connect“ (Baustein).',
      )
      .optional()
      .describe('Konzeptdokument („leistung/konzept“) oder Baustein, den der Beitrag ergänzt oder von dem er abweicht'),
    steckbrief: steckbriefSchema.optional(),
    /** Eigene Erfahrung braucht keinen Beleg; wer Recht oder Vorgaben nennt, belegt sie wie ein Konzept. */
    quellen: z
      .array(quelle, { error: 'Erwartet wird eine Liste von Quellen mit id, titel, url, art und abgerufen.' })
      .optional()
      .describe(
        'Quellen für Aussagen über Recht und Vorgaben (eigene Erfahrungen brauchen keine), im Text als Fußnote [^id] zitiert',
      ),
  })
  .superRefine((b, ctx) => {
    if (b.art === 'umsetzung' && !b.steckbrief) {
      ctx.addIssue({
        code: 'custom',
        path: ['steckbrief'],
        message:
          'Ein Beitrag der Art „umsetzung“ braucht einen steckbrief (zustellweg, fachverfahren, eAkte, bezahlung, rueckkanal, nutzerkonto).',
      });
    }
    if (b.art !== 'umsetzung' && b.steckbrief) {
      ctx.addIssue({
        code: 'custom',
        path: ['steckbrief'],
        message: 'Nur Beiträge der Art „umsetzung“ haben einen steckbrief. Entfernen Sie ihn oder ändern Sie die Art.',
      });
    }
  })
  .describe('Beitrag einer Pilotkommune');

export type Beitrag = z.infer<typeof beitragSchema>;
