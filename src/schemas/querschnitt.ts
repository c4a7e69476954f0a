/** Querschnitts-Baustein (z. B. FIT-Connect, PVOG): content/querschnitt/<id>.mdx */
import { z } from 'astro/zod';
import { dokumentFelder } from './dokument.ts';

export const querschnittSchema = z
  .strictObject({
    ...dokumentFelder,
  })
  .describe('Querschnitts-Baustein, den mehrere Leistungen nutzen');

export type Querschnitt = z.infer<typeof querschnittSchema>;
