/**
 * Die Sammlungen der Website. Schemas und Ablageorte kommen aus
 * src/schemas/ und src/lib/content/sammlungen.ts; die Inhaltsprüfung vor dem
 * Build nutzt dieselben.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { glossarEintragSchema } from './schemas/index.ts';
import { slug } from './lib/slug.ts';
import { GLOSSAR, idAusEintrag, inhaltsOrdner, SAMMLUNGEN } from './lib/content/sammlungen.ts';

const basis = inhaltsOrdner();

const ausOrdner = (name: keyof typeof SAMMLUNGEN) => {
  const { ordner, muster, schema } = SAMMLUNGEN[name];
  return defineCollection({
    loader: glob({
      base: `${basis}/${ordner}`,
      pattern: muster,
      generateId: ({ entry }) => idAusEintrag(ordner, entry),
    }),
    schema,
  });
};

export const collections = {
  leistungen: ausOrdner('leistungen'),
  konzepte: ausOrdner('konzepte'),
  querschnitt: ausOrdner('querschnitt'),
  kommunen: ausOrdner('kommunen'),
  beitraege: ausOrdner('beitraege'),
  seiten: ausOrdner('seiten'),
  glossar: defineCollection({
    // Eine Liste von Begriffen; die ID (und der Anker auf /glossar/) entsteht aus dem Begriff.
    loader: file(`${basis}/${GLOSSAR.datei}`, {
      parser: (text) =>
        Object.fromEntries((parse(text) as { begriff: string }[]).map((eintrag) => [slug(eintrag.begriff), eintrag])),
    }),
    schema: glossarEintragSchema,
  }),
};
