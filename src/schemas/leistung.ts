/** Leistungsseite (Hub): content/leistungen/<leistung>/index.mdx */
import { z } from 'astro/zod';
import { text, verweis, webadresse } from './common.ts';
import { LAENDER } from './kommune.ts';

/** Die 14 Themenfelder des OZG-Umsetzungskatalogs. */
export const THEMENFELDER = [
  'Arbeit & Ruhestand',
  'Bauen & Wohnen',
  'Bildung',
  'Ein- & Auswanderung',
  'Engagement & Hobby',
  'Familie & Kind',
  'Forschung & Förderung',
  'Gesundheit',
  'Mobilität & Reisen',
  'Querschnitt',
  'Recht & Ordnung',
  'Steuern & Zoll',
  'Umwelt',
  'Unternehmensführung & -entwicklung',
] as const;

/**
 * Leistungsschlüssel aus dem LeiKa: 14 Ziffern. YAML liest eine unquotierte
 * Ziffernfolge als Zahl; sie wird hier wieder zur Zeichenkette.
 */
export const leistungsschluessel = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : value),
  z
    .string({ error: 'Erwartet wird ein Leistungsschlüssel in Anführungszeichen, z. B. "99115005104000".' })
    .regex(/^\d{14}$/, 'Ein Leistungsschlüssel hat genau 14 Ziffern, z. B. "99115005104000".'),
);

export const leistungSchema = z
  .strictObject({
    /** Name der Leistung. */
    titel: text('Name der Leistung, z. B. „Wohnsitzanmeldung“'),
    /** Ein bis zwei Sätze für Karten und Listen. */
    kurzbeschreibung: text('Kurzbeschreibung für Karten und Listen, höchstens 200 Zeichen').max(
      200,
      'Die Kurzbeschreibung ist länger als 200 Zeichen. Kürzen Sie sie auf ein bis zwei Sätze.',
    ),
    /** Als Beispiel ausgewählte Leistungen sind gekennzeichnet, bis die echten Pilotleistungen eingetragen sind. */
    beispiel: z
      .boolean({ error: 'Erwartet wird true oder false.' })
      .describe(
        'true, wenn die Leistung als Beispiel ausgewählt ist; ihre Sachangaben sind trotzdem belegt. Die Seite erklärt dann, was belegt und was Beispiel ist',
      ),
    /** Verifizierte Leistungsschlüssel; lieber leer als geraten. */
    leistungsschluessel: z
      .array(leistungsschluessel, {
        error: 'Erwartet wird eine Liste, z. B. leistungsschluessel: ["99115005104000"] oder [].',
      })
      .describe('Leistungsschlüssel (14 Ziffern) aus dem FIM-Portal; nur geprüfte Schlüssel, sonst leere Liste'),
    /** Themenfeld des OZG-Umsetzungskatalogs. */
    themenfeld: z
      .enum(THEMENFELDER, { error: `Erlaubt sind die OZG-Themenfelder: ${THEMENFELDER.join(', ')}.` })
      .describe('Themenfeld des OZG-Umsetzungskatalogs'),
    /** Angaben zum EfA-Onlinedienst. */
    efa: z
      .strictObject({
        anbieterLand: z
          .enum([...LAENDER, 'Bund'], { error: `Erlaubt sind die Namen der Länder oder „Bund“.` })
          .optional()
          .describe('Land (oder Bund), das den EfA-Dienst federführend bereitstellt'),
        onlinedienst: text('Name des Onlinedienstes, z. B. „elektronische Wohnsitzanmeldung (eWA)“').optional(),
        betreiber: text('Wer den Onlinedienst technisch betreibt').optional(),
        url: webadresse.optional().describe('Webadresse des Onlinedienstes oder seiner Beschreibung'),
      })
      .describe('Angaben zum EfA-Onlinedienst; unbekannte Angaben weglassen'),
    /** Vollziehende Behörde vor Ort. */
    vollzug: text('Zuständige Behörde vor Ort, z. B. „Meldebehörde (Gemeinde)“'),
    /** Fachstandards für Datenaustausch. */
    standards: z
      .array(text('Name eines Standards, z. B. „XBau“'), {
        error: 'Erwartet wird eine Liste, z. B. standards: ["XBau"].',
      })
      .describe('Beteiligte Standards, z. B. XBau, XGewerbeordnung, FIM'),
    /** IDs der genutzten Querschnitts-Bausteine. */
    bausteine: z
      .array(verweis('ID eines Querschnitts-Bausteins, z. B. „fit-connect“'), {
        error: 'Erwartet wird eine Liste von Baustein-IDs, z. B. bausteine: ["fit-connect"].',
      })
      .describe('Genutzte Querschnitts-Bausteine (Dateinamen aus content/querschnitt/ ohne Endung)'),
    /** Position in der Leistungsübersicht. */
    reihenfolge: z
      .number({ error: 'Erwartet wird eine ganze Zahl.' })
      .int('Erwartet wird eine ganze Zahl.')
      .describe('Position in der Übersicht (kleinere Zahlen zuerst)'),
  })
  .describe('Leistung mit Steckbrief');

export type Leistung = z.infer<typeof leistungSchema>;
