/** Glossar: content/glossar.yaml, eine Liste von Begriffen. */
import { z } from 'astro/zod';
import { quelle, text } from './common.ts';

export const glossarEintragSchema = z
  .strictObject({
    begriff: text('Der Begriff, wie er im Text steht, z. B. „FIT-Connect“'),
    langform: text('Ausgeschriebene Form einer Abkürzung').optional(),
    definition: text('Erklärung in ein bis drei Sätzen'),
    synonyme: z
      .array(text('Synonym oder Abkürzung'), { error: 'Erwartet wird eine Liste, z. B. synonyme: ["eWA"].' })
      .default([])
      .describe('Andere Bezeichnungen und Abkürzungen; die Suche findet den Begriff auch darüber'),
    siehe: z
      .array(text('Ein anderer Begriff aus diesem Glossar'), { error: 'Erwartet wird eine Liste von Begriffen.' })
      .optional()
      .describe('Verwandte Begriffe aus dem Glossar (Schreibweise wie in „begriff“)'),
    quelle: quelle.optional(),
  })
  .describe('Glossareintrag');

export const glossarSchema = z.array(glossarEintragSchema, { error: 'Das Glossar ist eine Liste von Begriffen.' });

export type GlossarEintrag = z.infer<typeof glossarEintragSchema>;
