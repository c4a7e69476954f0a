/**
 * Die Sammlungen der Website. Schemas und Ablageorte kommen aus
 * src/schemas/ und src/modell/sammlungen.ts; die Inhaltsprüfung vor dem
 * Build nutzt dieselben.
 */
import { defineCollection } from 'astro:content';
import { file, glob, type Loader, type LoaderContext } from 'astro/loaders';
import { glossarEintragSchema } from './schemas/index.ts';
import { mdxEintrag, yamlEintrag, yamlListe } from './mdx/eintrag-lesen.ts';
import { mdxZuHtml } from './mdx/mdx-html.ts';
import { slug } from './modell/slug.ts';
import { GLOSSAR, idAusEintrag, inhaltsOrdner, SAMMLUNGEN } from './modell/sammlungen.ts';

const basis = inhaltsOrdner();

/** Astros Dateiarten im Loader-Kontext; nicht Teil der öffentlichen Typen, aber was glob() liest. */
type MitDateiarten = LoaderContext & { entryTypes?: Map<string, Record<string, unknown>> };

/**
 * Astros glob-Loader für eine Sammlung, mit denselben Mustern und IDs wie die
 * Inhaltsprüfung. MDX-Dateien zeichnet er beim Laden zu HTML
 * (src/mdx/mdx-html.ts) statt sie als Module zu bündeln: Dafür
 * bekommt glob() für „.mdx“ die Dateiart von @astrojs/mdx mit unserem
 * Zeichner, wie Astro es für Markdown macht. Front Matter und YAML liest er
 * mit denselben Funktionen wie die Prüfung (src/mdx/eintrag-lesen.ts).
 */
const lader = (name: keyof typeof SAMMLUNGEN): Loader => {
  const { ordner, muster } = SAMMLUNGEN[name];
  const astroGlob = glob({
    base: `${basis}/${ordner}`,
    pattern: muster,
    generateId: ({ entry }) => idAusEintrag(ordner, entry),
    // Ohne den Quelltext im Datenspeicher: Die Seiten brauchen nur das HTML. Der Quelltext
    // machte fast die Hälfte des Speichers aus, den Astro serialisiert und als Modul bündelt
    // (docs/leistung.md). Wer ihn braucht, liest die Datei (mdxText in lib/quelltext.ts).
    retainBody: false,
  });
  return {
    name: 'nachnutzungsatlas:inhalte',
    load: (kontext: MitDateiarten) => {
      const mdx = kontext.entryTypes?.get('.mdx');
      if (!kontext.entryTypes || !mdx) {
        throw new Error(
          'Inhalte: Astro reicht keine Dateiart für .mdx an den Loader (ist mdx() in astro.config.mjs?).',
        );
      }
      const { contentModuleTypes: _modul, ...art } = mdx;
      const yaml = { ...kontext.entryTypes.get('.yaml'), getEntryInfo: yamlEintrag };
      const entryTypes = new Map(kontext.entryTypes)
        .set('.mdx', { ...art, getEntryInfo: mdxEintrag, getRenderFunction: mdxZuHtml })
        .set('.yaml', yaml)
        .set('.yml', yaml);
      return astroGlob.load({ ...kontext, entryTypes } as MitDateiarten);
    },
  };
};

export const collections = {
  leistungen: defineCollection({ loader: lader('leistungen'), schema: SAMMLUNGEN.leistungen.schema }),
  anbindungen: defineCollection({ loader: lader('anbindungen'), schema: SAMMLUNGEN.anbindungen.schema }),
  konzepte: defineCollection({ loader: lader('konzepte'), schema: SAMMLUNGEN.konzepte.schema }),
  querschnitt: defineCollection({ loader: lader('querschnitt'), schema: SAMMLUNGEN.querschnitt.schema }),
  kommunen: defineCollection({ loader: lader('kommunen'), schema: SAMMLUNGEN.kommunen.schema }),
  beitraege: defineCollection({ loader: lader('beitraege'), schema: SAMMLUNGEN.beitraege.schema }),
  seiten: defineCollection({ loader: lader('seiten'), schema: SAMMLUNGEN.seiten.schema }),
  glossar: defineCollection({
    // Eine Liste von Begriffen; die ID (und der Anker auf /glossar/) entsteht aus dem Begriff.
    loader: file(`${basis}/${GLOSSAR.datei}`, {
      parser: (text) =>
        Object.fromEntries(
          (yamlListe(`${basis}/${GLOSSAR.datei}`, text) as { begriff: string }[]).map((eintrag) => [
            slug(eintrag.begriff),
            eintrag,
          ]),
        ),
    }),
    schema: glossarEintragSchema,
  }),
};
