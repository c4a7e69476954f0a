/**
 * Die Datei, die eine Kommune aus dem Anbindungsbogen exportiert und wieder
 * importiert. Dasselbe Schema prüft den Import im Browser und wird als
 * JSON-Schema unter /api/v1/schemas/anbindungsbogen.schema.json veröffentlicht.
 * Die Formate der einzelnen Werte hängen von der Leistung ab (Anbindungsbogen);
 * hier steht nur, was jede Datei gemeinsam hat.
 */
import { z } from 'astro/zod';
import { SLUG_PATTERN } from './common.ts';

/** Kennzeichen der Datei, damit ein Import fremde JSON-Dateien erkennt. */
export const EXPORT_FORMAT = 'nachnutzungsatlas-anbindungsbogen';

const kennung = (beschreibung: string) => z.string().regex(SLUG_PATTERN).describe(beschreibung);

export const anbindungExportEintrag = z
  .strictObject({
    leistung: kennung('ID der Leistung, z. B. wohngeld'),
    variante: kennung('Gewählter Transportweg (Kennung aus dem Anbindungsbogen)').optional(),
    werte: z
      .record(z.string().regex(SLUG_PATTERN), z.string().max(500))
      .describe('Eingetragene Werte je Kennung des Werts, z. B. {"ars": "160000000000"}'),
  })
  .describe('Auswahl und Werte für eine Leistung');

export const anbindungExportSchema = z
  .strictObject({
    format: z.literal(EXPORT_FORMAT).describe('Kennzeichen der Datei'),
    version: z.literal(1).describe('Version des Dateiformats'),
    erstellt: z.iso.date().describe('Datum des Exports (JJJJ-MM-TT)'),
    kommune: z.string().max(200).optional().describe('Name der Kommune, frei eingetragen'),
    leistungen: z.array(anbindungExportEintrag).min(1).describe('Eine oder mehrere Leistungen'),
  })
  .describe('Export des Anbindungsbogens oder des Plans über mehrere Leistungen aus dem Nachnutzungsatlas');

export type AnbindungExport = z.infer<typeof anbindungExportSchema>;
