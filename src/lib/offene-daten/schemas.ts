/**
 * Schemas der offenen Daten unter /api/v1/. Jeder Datensatz ist das
 * Inhaltsschema aus src/schemas/ (dieselben Felder, Beschreibungen und Regeln)
 * plus ID, absolute Adressen und Verknüpfungen. Daraus entstehen die
 * JSON-Schemas, die neben den Daten liegen.
 */
import { z } from 'astro/zod';
import {
  anbindungExportSchema,
  anbindungSchema,
  beitragSchema,
  datum,
  glossarEintragSchema,
  kommuneSchema,
  konzeptSchema,
  leistungSchema,
  querschnittSchema,
  SLUG_PATTERN,
} from '../../schemas/index.ts';

/** Version der Schnittstelle; steigt, wenn sich Felder inkompatibel ändern. */
export const API_VERSION = '1';

const id = (beschreibung: string) => z.string().regex(SLUG_PATTERN).describe(beschreibung);
const dokumentId = (beschreibung: string) =>
  z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .describe(beschreibung);
const adresse = (beschreibung: string) => z.url({ protocol: /^https?$/ }).describe(beschreibung);
const geaendert = datum
  .optional()
  .describe(
    'Letzte Änderung laut Versionsgeschichte (JJJJ-MM-TT); fehlt, wenn die Geschichte beim Build nicht verfügbar war',
  );

export const leistungDatensatz = leistungSchema
  .extend({
    id: id('ID der Leistung (Ordnername)'),
    url: adresse('Adresse der Leistungsseite'),
    dossier: adresse('Adresse des druckfertigen Dossiers mit allen Konzeptdokumenten'),
    konzepte: z
      .array(dokumentId('ID eines Konzeptdokuments'))
      .describe('Konzeptdokumente der Leistung, in Reihenfolge'),
    kommunen: z.array(id('ID einer Kommune')).describe('Kommunen, die die Leistung pilotieren'),
  })
  .describe('Leistung mit Steckbrief');

export const konzeptDatensatz = konzeptSchema
  .extend({
    id: dokumentId('ID „leistung/konzept“'),
    leistung: id('ID der Leistung'),
    url: adresse('Adresse des Dokuments'),
    geaendert,
  })
  .describe('Konzeptdokument zu einer Leistung');

export const bausteinDatensatz = querschnittSchema
  .extend({
    id: id('ID des Bausteins (Dateiname)'),
    url: adresse('Adresse des Bausteins'),
    leistungen: z.array(id('ID einer Leistung')).describe('Leistungen, die den Baustein nutzen'),
    geaendert,
  })
  .describe('Querschnitts-Baustein');

export const kommuneDatensatz = kommuneSchema
  .extend({
    id: id('ID der Kommune (Dateiname)'),
    url: adresse('Adresse des Profils'),
  })
  .describe('Pilotkommune mit ihren Pilotleistungen (Feld „pilot“)');

export const beitragDatensatz = beitragSchema
  .extend({
    id: dokumentId('ID „kommune/beitrag“'),
    kommune: id('ID der Kommune, die den Beitrag veröffentlicht'),
    url: adresse('Adresse des Beitrags'),
    geaendert,
  })
  .describe('Beitrag einer Pilotkommune; Umsetzungen mit Steckbrief');

export const glossarDatensatz = glossarEintragSchema
  .extend({
    id: id('ID des Begriffs; zugleich Anker auf der Glossarseite'),
    url: adresse('Adresse des Begriffs auf der Glossarseite'),
    verwendetIn: z.array(adresse('Adresse einer Seite')).describe('Seiten, deren Text den Begriff verlinken'),
  })
  .describe('Glossareintrag');

const leistungsschluessel = z
  .array(z.string().regex(/^\d{14}$/))
  .describe('Leistungsschlüssel der Leistung (14 Ziffern, LeiKa/FIM); leer, solange keiner geprüft ist');

export const anbindungDatensatz = anbindungSchema
  .extend({
    id: id('ID der Leistung, zu der der Anbindungsbogen gehört'),
    leistungsschluessel,
    url: adresse('Adresse des Anbindungsbogens'),
  })
  .describe('Anbindungsbogen einer Leistung: Transportwege, Werte, Standards, Kosten, Support, Schritte, Quellen');

export const standardDatensatz = z
  .strictObject({
    name: z.string().describe('Name des Standards oder der Schnittstelle'),
    version: z.string().describe('Version oder „nicht verifiziert“'),
    gueltigAb: datum.optional().describe('Anzuwenden ab (JJJJ-MM-TT)'),
    gueltigBis: datum.optional().describe('Anzuwenden bis (JJJJ-MM-TT)'),
    pruefenBis: datum.describe('Spätestens dann wieder prüfen (JJJJ-MM-TT)'),
    zustand: z
      .enum(['gueltig', 'abgelaufen', 'pruefung-ueberfaellig'])
      .describe('Zustand am Tag des Builds: gültig, abgelaufen (gueltigBis verstrichen) oder Prüfung überfällig'),
    leistungen: z
      .array(z.strictObject({ id: id('ID der Leistung'), titel: z.string(), leistungsschluessel }))
      .describe('Leistungen, die von diesem Standard abhängen'),
    quellen: z
      .array(z.strictObject({ titel: z.string(), url: adresse('Adresse der Quelle'), abgerufen: datum }))
      .describe('Quellen; leer heißt „nicht verifiziert“'),
  })
  .describe('Standard oder Schnittstelle mit Version und Gültigkeit');

/** Die Dateien unter /api/v1/ mit ihrem Datensatz-Schema. */
export const DATEIEN = {
  leistungen: { datensatz: leistungDatensatz, titel: 'Leistungen' },
  konzepte: { datensatz: konzeptDatensatz, titel: 'Konzeptdokumente' },
  bausteine: { datensatz: bausteinDatensatz, titel: 'Querschnitts-Bausteine' },
  kommunen: { datensatz: kommuneDatensatz, titel: 'Pilotkommunen' },
  beitraege: { datensatz: beitragDatensatz, titel: 'Beiträge der Pilotkommunen' },
  glossar: { datensatz: glossarDatensatz, titel: 'Glossar' },
  anbindungen: { datensatz: anbindungDatensatz, titel: 'Anbindungsbögen der Leistungen' },
  standards: { datensatz: standardDatensatz, titel: 'Standards und Schnittstellen' },
} as const;
export type DateiName = keyof typeof DATEIEN;
export const DATEI_NAMEN = Object.keys(DATEIEN) as DateiName[];

/** Was jede Datei um ihre Datensätze legt. */
const kopf = {
  $schema: adresse('Adresse des JSON-Schemas dieser Datei'),
  version: z.literal(API_VERSION).describe('Version der Schnittstelle'),
  erzeugt: datum.describe('Datum des Builds, der die Datei erzeugt hat (JJJJ-MM-TT)'),
  quelle: adresse('Startseite des Nachnutzungsatlas'),
};

/** Schema einer ganzen Datei: Kopf und Liste der Datensätze. */
export function dateiSchema(name: DateiName) {
  return z
    .strictObject({
      ...kopf,
      anzahl: z.int().nonnegative().describe('Anzahl der Datensätze'),
      daten: z.array(DATEIEN[name].datensatz).describe(DATEIEN[name].titel),
    })
    .describe(`${DATEIEN[name].titel} im Nachnutzungsatlas, Version ${API_VERSION}`);
}

export const indexSchema = z
  .strictObject({
    ...kopf,
    dateien: z
      .array(
        z.strictObject({
          name: z.enum(DATEI_NAMEN).describe('Name der Datei ohne Endung'),
          titel: z.string().describe('Was die Datei enthält'),
          url: adresse('Adresse der Datei'),
          schema: adresse('Adresse ihres JSON-Schemas'),
          anzahl: z.int().nonnegative().describe('Anzahl der Datensätze'),
        }),
      )
      .describe('Die Dateien dieser Version'),
    feed: adresse('Atom-Feed neuer und geänderter Beiträge und Konzeptdokumente'),
    dokumentation: adresse('Beschreibung der Schnittstelle'),
  })
  .describe(`Verzeichnis der offenen Daten des Nachnutzungsatlas, Version ${API_VERSION}`);

/** Das Schema der Datei, die der Anbindungsbogen exportiert (kein Datensatz, ein Austauschformat). */
export const EXPORT_SCHEMA = { name: 'anbindungsbogen', schema: anbindungExportSchema } as const;

/**
 * JSON-Schema (Draft 2020-12) aus einem Zod-Schema.
 *
 * `io: 'output'`: Die Dateien enthalten, was die Schemas beim Build
 * *ausgeben* – Datumsangaben als „JJJJ-MM-TT“ (das `z.preprocess`, das
 * YAML-Daten und Zahlen umwandelt, hat schon gewirkt), Vorgaben wie
 * `synonyme: []` eingesetzt und daher Pflicht. Das Eingabeschema würde solche
 * Felder fälschlich als optional beschreiben.
 *
 * Regeln über mehrere Felder (`refine`/`superRefine`, z. B. „nächste Prüfung
 * nach der letzten“, „Umsetzung braucht Steckbrief“, AGS passt zum Land) kann
 * JSON Schema nicht ausdrücken; sie fehlen im JSON-Schema. Die Website prüft
 * sie vor jedem Build, die Daten erfüllen sie also. Nicht darstellbare Typen
 * (Transformationen) brechen die Erzeugung ab (`unrepresentable: 'throw'`),
 * statt still ein leeres Schema zu liefern.
 */
export function alsJsonSchema(schema: z.ZodType, schemaId: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(schema, { io: 'output', target: 'draft-2020-12', unrepresentable: 'throw' }),
    $id: schemaId,
  };
}
