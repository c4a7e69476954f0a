/**
 * Anbindungsbogen einer Leistung: content/leistungen/<leistung>/anbindung.yaml.
 *
 * Beschreibt als Daten, was eine Kommune für die Anbindung an den
 * EfA-Onlinedienst liefern und tun muss: Transportwege, Werte, Standards,
 * Kosten, Support und Schritte. Jeder Eintrag nennt in `beleg` die Kennung
 * einer Quelle aus `quellen` oder „nicht verifiziert“; die Prüfung
 * (src/pruefung/regeln/anbindung.ts) sieht nach, dass es die Quelle gibt.
 */
import { z } from 'astro/zod';
import { datum, quelle, SLUG_PATTERN, text, verweis } from './common.ts';
import { WERT_FORMATE } from './anbindung-formate.ts';

/** Wer eine Anbindung nicht belegen kann, schreibt das hin, statt zu raten. */
export const NICHT_VERIFIZIERT = 'nicht verifiziert';

/** Beleg eines Eintrags: Kennung einer Quelle dieses Bogens oder „nicht verifiziert“. */
export const beleg = z
  .string({ error: `Erwartet wird die Kennung einer Quelle aus „quellen“ oder „${NICHT_VERIFIZIERT}“.` })
  .refine((w) => w === NICHT_VERIFIZIERT || SLUG_PATTERN.test(w), {
    message: `Erwartet wird die Kennung einer Quelle aus „quellen“ (z. B. dataport-dvdv) oder „${NICHT_VERIFIZIERT}“.`,
  })
  .describe(`Kennung einer Quelle aus „quellen“ oder „${NICHT_VERIFIZIERT}“`);

const kennung = (beschreibung: string) =>
  z
    .string({ error: 'Erwartet wird eine Kennung aus Kleinbuchstaben, Ziffern und Bindestrichen.' })
    .regex(SLUG_PATTERN, 'Nur Kleinbuchstaben, Ziffern und Bindestriche, z. B. osci-xta.')
    .describe(beschreibung);

/** Arten von Voraussetzungen eines Transportwegs; gleiche Arten erkennt der Plan über Leistungen hinweg. */
export const VORAUSSETZUNG_ARTEN = [
  'zertifikat',
  'dvdv-eintrag',
  'intermediaer',
  'firewall',
  'zustellpunkt',
  'rueckkanal',
  'vertrag',
  'sonstiges',
] as const;

/** Arbeit, die mehrere Leistungen teilen: erscheint im Plan über Leistungen einmal. */
export const GEMEINSAME_ARBEIT = [
  'osci-zertifikat',
  'dvdv-eintrag',
  'pvog-eintrag',
  'fit-connect-zustellpunkt',
] as const;

/** Wer Kosten trägt. */
export const KOSTENTRAEGER = ['Land', 'Bund', 'Kommune', 'Betreiber', 'offen'] as const;

/** Rollen, nicht Personen: so bleibt der Bogen richtig, wenn jemand die Stelle wechselt. */
export const ROLLEN = [
  'Fachamt',
  'IT-Dienstleister',
  'IT der Kommune',
  'OZG-Koordination',
  'Datenschutz',
  'Redaktion Landesredaktionssystem',
  'Fachverfahrenshersteller',
  'Betreiber des Onlinedienstes',
  'DVDV-pflegende Stelle',
  'Land',
] as const;

const varianten = z
  .array(kennung('Kennung einer Variante aus „varianten“'), {
    error: 'Erwartet wird eine Liste von Varianten-Kennungen.',
  })
  .describe('Varianten, für die der Eintrag gilt; leer oder weggelassen heißt: für alle');

export const anbindungSchema = z
  .strictObject({
    /** Datum, zu dem die Angaben zuletzt geprüft wurden. */
    stand: datum.describe('Datum, zu dem die Angaben zuletzt geprüft wurden (JJJJ-MM-TT)'),
    /** Transportwege, zwischen denen die Kommune wählt. */
    varianten: z
      .array(
        z.strictObject({
          id: kennung('Kennung der Variante, z. B. osci-xta'),
          name: text('Name der Variante, z. B. „OSCI/XTA über DVDV und Intermediär“'),
          wann: text('Wann diese Variante passt'),
          bausteine: z
            .array(verweis('ID eines Querschnitts-Bausteins'))
            .default([])
            .describe('Querschnitts-Bausteine, die die Variante erklären'),
          voraussetzungen: z
            .array(
              z.strictObject({
                art: z
                  .enum(VORAUSSETZUNG_ARTEN, { error: `Erlaubt sind: ${VORAUSSETZUNG_ARTEN.join(', ')}.` })
                  .describe(`Art: ${VORAUSSETZUNG_ARTEN.join(', ')}`),
                text: text('Was vorliegen muss'),
                beleg,
              }),
            )
            .default([])
            .describe('Voraussetzungen (Zertifikat, DVDV-Eintrag, Intermediär, Firewall, Zustellpunkt, Rückkanal)'),
          beleg,
        }),
      )
      .min(1, 'Mindestens eine Variante angeben.')
      .describe('Transportwege mit Voraussetzungen'),
    /** Werte, die die Kommune liefern muss. */
    werte: z
      .array(
        z.strictObject({
          id: kennung('Kennung des Werts, z. B. ars'),
          label: text('Beschriftung, z. B. „Amtlicher Regionalschlüssel (ARS)“'),
          erklaerung: text('Was der Wert ist und woher die Kommune ihn bekommt'),
          format: z
            .enum(Object.keys(WERT_FORMATE) as [keyof typeof WERT_FORMATE, ...(keyof typeof WERT_FORMATE)[]], {
              error: `Erlaubt sind: ${Object.keys(WERT_FORMATE).join(', ')}.`,
            })
            .describe(`Format: ${Object.keys(WERT_FORMATE).join(', ')}`),
          varianten: varianten.optional(),
          beleg,
        }),
      )
      .describe('Werte, die die Kommune liefern muss'),
    /** Schnittstellen und Standards mit Version und Gültigkeit. */
    standards: z
      .array(
        z.strictObject({
          name: text('Name des Standards, z. B. „XGewerbeordnung“'),
          version: text('Version, z. B. „1.6“'),
          gueltigAb: datum.optional().describe('Anzuwenden ab (JJJJ-MM-TT)'),
          gueltigBis: datum.optional().describe('Anzuwenden bis (JJJJ-MM-TT), wo bekannt'),
          pruefenBis: datum.describe('Spätestens dann wieder prüfen (JJJJ-MM-TT)'),
          beleg,
        }),
      )
      .describe('Standards und Schnittstellen'),
    /** Wer was bezahlt, mit Datum der Aussage. */
    kosten: z
      .array(
        z.strictObject({
          posten: text('Kostenposten, z. B. „Betrieb des Onlinedienstes“'),
          betrag: z
            .union([z.number().nonnegative(), z.literal('offen')], {
              error: 'Erwartet wird ein Betrag in Euro oder „offen“.',
            })
            .describe('Betrag in Euro oder „offen“'),
          traeger: z
            .enum(KOSTENTRAEGER, { error: `Erlaubt sind: ${KOSTENTRAEGER.join(', ')}.` })
            .describe(`Wer trägt: ${KOSTENTRAEGER.join(', ')}`),
          hinweis: text('Einschränkung oder Bedingung').optional(),
          stand: datum.describe('Datum, zu dem die Aussage gilt (JJJJ-MM-TT)'),
          beleg,
        }),
      )
      .describe('Kosten: Posten, Betrag, Träger, Stand, Beleg'),
    /** Support-Stufen mit Rollen. */
    support: z
      .array(
        z.strictObject({
          stufe: text('Stufe, z. B. „1st Level“'),
          rolle: z.enum(ROLLEN, { error: `Erlaubt sind: ${ROLLEN.join(', ')}.` }).describe('Rolle'),
          aufgabe: text('Was diese Stufe beantwortet'),
          beleg,
        }),
      )
      .describe('Support-Stufen und Rollen'),
    /** Schritte in Reihenfolge. */
    schritte: z
      .array(
        z.strictObject({
          id: kennung('Kennung des Schritts'),
          titel: text('Was zu tun ist'),
          rolle: z
            .enum(ROLLEN, { error: `Erlaubt sind: ${ROLLEN.join(', ')}.` })
            .describe('Rolle, die den Schritt macht'),
          konzept: z
            .string()
            .regex(
              /^[a-z0-9-]+\/[a-z0-9-]+$|^\/querschnitt\/[a-z0-9-]+\/$/,
              'Erwartet wird „leistung/konzept“ oder „/querschnitt/<id>/“.',
            )
            .optional()
            .describe('Konzeptdokument „leistung/konzept“ oder Baustein „/querschnitt/<id>/“, das den Schritt erklärt'),
          gemeinsam: z
            .enum(GEMEINSAME_ARBEIT, { error: `Erlaubt sind: ${GEMEINSAME_ARBEIT.join(', ')}.` })
            .optional()
            .describe('Arbeit, die mehrere Leistungen teilen'),
          varianten: varianten.optional(),
          beleg,
        }),
      )
      .min(1, 'Mindestens einen Schritt angeben.')
      .describe('Schritte in Reihenfolge'),
    /** Quellen mit Kennung und Abrufdatum. */
    quellen: z
      .array(
        quelle.extend({
          id: z
            .string()
            .regex(SLUG_PATTERN, 'Nur Kleinbuchstaben, Ziffern und Bindestriche, z. B. dataport-dvdv.')
            .describe('Kennung der Quelle, in „beleg“ zitiert'),
          abgerufen: datum.describe('Datum, an dem die Quelle gelesen wurde (JJJJ-MM-TT)'),
        }),
      )
      .describe('Quellen mit id und abgerufen'),
  })
  .describe('Anbindungsbogen einer Leistung');

export type Anbindung = z.infer<typeof anbindungSchema>;
