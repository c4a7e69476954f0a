/** Glossar: content/glossar.yaml, eine Liste von Begriffen. */
import { z } from 'astro/zod';
import { quelle, text, type Quelle } from './common.ts';

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
    /** Eine Quelle oder, wenn die Definition mehrere Aussagen trägt, eine Liste von Quellen. */
    quelle: z
      .union([quelle, z.array(quelle).min(1, 'Die Liste der Quellen ist leer; lassen Sie „quelle“ dann weg.')], {
        error: 'Erwartet wird eine Quelle (titel, url, art, abgerufen) oder eine Liste solcher Quellen.',
      })
      .optional()
      .describe('Eine Quelle oder eine Liste von Quellen (titel, url, art, abgerufen), die die Definition stützen'),
  })
  .describe('Glossareintrag');

export const glossarSchema = z.array(glossarEintragSchema, { error: 'Das Glossar ist eine Liste von Begriffen.' });

export type GlossarEintrag = z.infer<typeof glossarEintragSchema>;

/** Die Quellen eines Eintrags als Liste, ob eine oder mehrere angegeben sind. */
export function glossarQuellen(eintrag: Pick<GlossarEintrag, 'quelle'>): Quelle[] {
  if (!eintrag.quelle) return [];
  return Array.isArray(eintrag.quelle) ? eintrag.quelle : [eintrag.quelle];
}
