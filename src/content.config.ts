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

/** Astros glob-Loader für eine Sammlung, mit denselben Mustern und IDs wie die Inhaltsprüfung. */
const lader = (name: keyof typeof SAMMLUNGEN) => {
  const { ordner, muster } = SAMMLUNGEN[name];
  return glob({ base: `${basis}/${ordner}`, pattern: muster, generateId: ({ entry }) => idAusEintrag(ordner, entry) });
};

export const collections = {
  leistungen: defineCollection({ loader: lader('leistungen'), schema: SAMMLUNGEN.leistungen.schema }),
  konzepte: defineCollection({ loader: lader('konzepte'), schema: SAMMLUNGEN.konzepte.schema }),
  querschnitt: defineCollection({ loader: lader('querschnitt'), schema: SAMMLUNGEN.querschnitt.schema }),
  kommunen: defineCollection({ loader: lader('kommunen'), schema: SAMMLUNGEN.kommunen.schema }),
  beitraege: defineCollection({ loader: lader('beitraege'), schema: SAMMLUNGEN.beitraege.schema }),
  seiten: defineCollection({ loader: lader('seiten'), schema: SAMMLUNGEN.seiten.schema }),
  glossar: defineCollection({
    // Eine Liste von Begriffen; die ID (und der Anker auf /glossar/) entsteht aus dem Begriff.
    loader: file(`${basis}/${GLOSSAR.datei}`, {
      parser: (text) =>
        Object.fromEntries((parse(text) as { begriff: string }[]).map((eintrag) => [slug(eintrag.begriff), eintrag])),
    }),
    schema: glossarEintragSchema,
  }),
};
