/**
 * Wo jeder Inhaltstyp in content/ liegt und wie aus dem Dateipfad die ID wird.
 * Die Website (src/content.config.ts) und die Prüfung (validate.ts) nutzen
 * diese eine Zuordnung, damit beide dieselben IDs sehen.
 */
import type { z } from 'astro/zod';
import {
  anbindungSchema,
  beitragSchema,
  glossarSchema,
  kommuneSchema,
  konzeptSchema,
  leistungSchema,
  querschnittSchema,
  seiteSchema,
} from '../schemas/index.ts';
import { adresseJeSammlung } from './urls.ts';

export type SammlungName =
  'leistungen' | 'anbindungen' | 'konzepte' | 'querschnitt' | 'kommunen' | 'beitraege' | 'seiten' | 'glossar';

interface Sammlung {
  /** Ordner unter content/, relativ. */
  ordner: string;
  /** Glob-Muster relativ zum Ordner (für Astros glob-Loader). */
  muster: string[];
  /** Schema einer Datei dieser Sammlung. */
  schema: z.ZodType;
  /** Wo die Datei liegen muss, in Worten, für Fehlermeldungen. */
  ort: string;
}

export const SAMMLUNGEN = {
  leistungen: {
    ordner: 'leistungen',
    muster: ['*/index.mdx'],
    schema: leistungSchema,
    ort: 'content/leistungen/<leistung>/index.mdx',
  },
  anbindungen: {
    ordner: 'leistungen',
    muster: ['*/anbindung.yaml'],
    schema: anbindungSchema,
    ort: 'content/leistungen/<leistung>/anbindung.yaml',
  },
  konzepte: {
    ordner: 'leistungen',
    muster: ['*/*.mdx', '!*/index.mdx'],
    schema: konzeptSchema,
    ort: 'content/leistungen/<leistung>/<konzept>.mdx',
  },
  querschnitt: {
    ordner: 'querschnitt',
    muster: ['*.mdx'],
    schema: querschnittSchema,
    ort: 'content/querschnitt/<id>.mdx',
  },
  kommunen: { ordner: 'kommunen', muster: ['*.yaml'], schema: kommuneSchema, ort: 'content/kommunen/<kommune>.yaml' },
  beitraege: {
    ordner: 'beitraege',
    muster: ['*/*.mdx'],
    schema: beitragSchema,
    ort: 'content/beitraege/<kommune>/<slug>.mdx',
  },
  seiten: { ordner: 'seiten', muster: ['*.mdx'], schema: seiteSchema, ort: 'content/seiten/<id>.mdx' },
} satisfies Record<Exclude<SammlungName, 'glossar'>, Sammlung>;

/** Das Glossar ist eine einzelne Datei mit einer Liste von Begriffen. */
export const GLOSSAR = { datei: 'glossar.yaml', schema: glossarSchema } as const;

// Wo die Inhalte liegen, steht unter allen in src/config/inhalte.ts; hier weitergereicht für bisherige Aufrufer.
export { inhaltsOrdner } from '../config/inhalte.ts';

export interface Zuordnung {
  sammlung: SammlungName;
  id: string;
}

/**
 * Ordnet einen Pfad relativ zu content/ (mit „/“) seiner Sammlung zu und bildet
 * die ID. Gibt undefined zurück, wenn die Datei an keinen vorgesehenen Ort passt.
 */
export function zuordnen(pfad: string): Zuordnung | undefined {
  const teile = pfad.split('/');
  const [ordner, a, b] = teile;
  if (pfad === GLOSSAR.datei) return { sammlung: 'glossar', id: 'glossar' };
  // Der Anbindungsbogen liegt neben den Konzepten seiner Leistung; seine ID ist die der Leistung.
  if (ordner === 'leistungen' && teile.length === 3 && b === 'anbindung.yaml')
    return { sammlung: 'anbindungen', id: a! };
  if (ordner === 'leistungen' && teile.length === 3 && b?.endsWith('.mdx')) {
    return b === 'index.mdx'
      ? { sammlung: 'leistungen', id: a! }
      : { sammlung: 'konzepte', id: `${a}/${b.slice(0, -'.mdx'.length)}` };
  }
  if (ordner === 'beitraege' && teile.length === 3 && b?.endsWith('.mdx')) {
    return { sammlung: 'beitraege', id: `${a}/${b.slice(0, -'.mdx'.length)}` };
  }
  if (teile.length === 2 && a) {
    if (ordner === 'querschnitt' && a.endsWith('.mdx')) return { sammlung: 'querschnitt', id: a.slice(0, -4) };
    if (ordner === 'seiten' && a.endsWith('.mdx')) return { sammlung: 'seiten', id: a.slice(0, -4) };
    if (ordner === 'kommunen' && a.endsWith('.yaml')) return { sammlung: 'kommunen', id: a.slice(0, -5) };
  }
  return undefined;
}

/** ID für Astros glob-Loader aus dem Pfad relativ zum Sammlungsordner. */
export function idAusEintrag(ordner: string, eintrag: string): string {
  const zuordnung = zuordnen(`${ordner}/${eintrag}`);
  if (!zuordnung) throw new Error(`Datei ${ordner}/${eintrag} passt zu keiner Sammlung.`);
  return zuordnung.id;
}

/** Adresse einer Inhaltsdatei (Pfad relativ zu content/, mit „/“), falls sie eine Seite hat; für die Link-Prüfung. */
export function adresseVonDatei(pfad: string): string | undefined {
  const zuordnung = zuordnen(pfad);
  return zuordnung && zuordnung.sammlung !== 'glossar'
    ? adresseJeSammlung[zuordnung.sammlung](zuordnung.id)
    : undefined;
}

/**
 * Namen, deren Adresse schon eine feste Seite der Website hat (src/pages/):
 * Ein Konzept „dossier.mdx“ oder eine Seite „suche.mdx“ stieße mit ihr
 * zusammen; der Build bräche ab oder ließe eine der beiden still fallen
 * (Issue 20). Ein Test hält die Liste mit src/pages/ gleich.
 */
export const BELEGTE_NAMEN: Readonly<Partial<Record<SammlungName, readonly string[]>>> = {
  konzepte: ['anbindung', 'dossier', 'index'],
  seiten: [
    '404',
    'anbindung',
    'api',
    'beitraege',
    'feed',
    'glossar',
    'index',
    'kommunen',
    'leistungen',
    'querschnitt',
    'redaktion',
    'robots',
    'standards',
    'suche',
  ],
};

/** Ob die Adresse eines Eintrags schon einer festen Seite gehört. */
export function belegterName(z: Zuordnung): string | undefined {
  const name = z.id.split('/').at(-1)!;
  return BELEGTE_NAMEN[z.sammlung]?.includes(name) ? name : undefined;
}
