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
    /**
     * Eine Quelle oder eine Liste von Quellen. Eine Definition mit mehreren
     * Aussagen braucht oft mehrere Belege; als Liste normalisiert, damit
     * Website und Prüfung nur eine Form sehen.
     */
    quelle: z
      .preprocess(
        (wert) => (wert && !Array.isArray(wert) ? [wert] : wert),
        z
          .array(quelle, {
            error: 'Erwartet wird eine Quelle (titel, url, art, abgerufen) oder eine Liste solcher Quellen.',
          })
          .min(1, 'Die Liste der Quellen ist leer; lassen Sie „quelle“ dann weg.'),
      )
      .optional()
      .describe('Quelle oder Liste von Quellen, die die Aussagen der Definition stützen'),
  })
  .describe('Glossareintrag');

export const glossarSchema = z.array(glossarEintragSchema, { error: 'Das Glossar ist eine Liste von Begriffen.' });

export type GlossarEintrag = z.infer<typeof glossarEintragSchema>;
