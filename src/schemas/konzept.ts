/** Konzeptdokument einer Leistung: content/leistungen/<leistung>/<konzept>.mdx */
import { z } from 'astro/zod';
import { dokumentFelder } from './dokument.ts';

/** Arten von Konzeptdokumenten, in der Reihenfolge, in der sie auf der Leistungsseite erscheinen. */
export const KONZEPT_ARTEN = [
  'technisch',
  'organisatorisch',
  'rechtlich',
  'finanziell',
  'betrieb',
  'checkliste',
] as const;
export type KonzeptArt = (typeof KONZEPT_ARTEN)[number];

export const konzeptSchema = z
  .strictObject({
    ...dokumentFelder,
    /** Art des Konzepts; bestimmt die Pflichtabschnitte. */
    art: z
      .enum(KONZEPT_ARTEN, { error: `Erlaubt sind: ${KONZEPT_ARTEN.join(', ')}.` })
      .describe('Art des Konzepts: technisch, organisatorisch, rechtlich, finanziell, betrieb oder checkliste'),
  })
  .describe('Konzeptdokument zu einer Leistung');

export type Konzept = z.infer<typeof konzeptSchema>;
