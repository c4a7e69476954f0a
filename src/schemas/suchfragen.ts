/** Frageformen der Suche: content/suchfragen.yaml, eine Liste (src/lib/suche/fragen.ts). */
import { z } from 'astro/zod';
import { text } from './common.ts';

export const suchfrageSchema = z
  .strictObject({
    thema: text('Name des Themas, das die Frage beantwortet, z. B. „Kosten und Finanzierung“'),
    muster: z
      .array(text('Muster in Kleinschrift, z. B. „wer zahl“'))
      .min(1)
      .describe('Anfänge der Wörter einer Frage in ihrer Reihenfolge; „wer zahl“ passt auf „Wer zahlt …“'),
    suchwoerter: z
      .array(text('Wort, das auf den Antwortseiten steht'))
      .min(1)
      .describe('Wörter der Seiten, die die Frage beantworten; eines genügt'),
  })
  .describe('Frageform der Suche');

export const suchfragenSchema = z.array(suchfrageSchema, { error: 'Die Suchfragen sind eine Liste.' });
