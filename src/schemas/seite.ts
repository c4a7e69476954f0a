/** Feste Seiten (Über, Mitwirken, Impressum, Datenschutz, Barrierefreiheit): content/seiten/<id>.mdx */
import { z } from 'astro/zod';
import { datum, text } from './common.ts';

export const seiteSchema = z
  .strictObject({
    titel: text('Titel der Seite'),
    beschreibung: text('Kurzbeschreibung, höchstens 160 Zeichen').max(
      160,
      'Die Beschreibung ist länger als 160 Zeichen.',
    ),
    stand: datum.describe('Datum des inhaltlichen Stands (JJJJ-MM-TT)'),
  })
  .describe('Feste Seite');

/** Seiten, auf die jede Seite der Website verlinkt (Fußzeile, Mitwirken); sie müssen vorhanden sein. */
export const PFLICHTSEITEN = ['ueber', 'mitwirken', 'impressum', 'datenschutz', 'barrierefreiheit'] as const;
export type Pflichtseite = (typeof PFLICHTSEITEN)[number];

export type Seite = z.infer<typeof seiteSchema>;
