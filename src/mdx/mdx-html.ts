/**
 * MDX-Inhalte werden beim Laden der Sammlungen zu HTML, nicht zu je einem
 * JavaScript-Modul.
 *
 * Warum: Mit @astrojs/mdx wird jede Inhaltsdatei ein Modul, das Vite/Rolldown
 * bündelt und der Build beim Rendern lädt. Das Bündeln wuchs stärker als die
 * Zahl der Seiten (20 000 Seiten: fast 5 Minuten und die Speicherspitze des
 * Builds, docs/leistung.md), und jedes geladene Modul blieb bis zum Ende im
 * Speicher. Inhalte dürfen aber ohnehin keinen Code enthalten (die Prüfung
 * lässt nur die Komponenten aus src/schemas/mdx.ts zu), also
 * braucht es auch keine Module.
 *
 * Wie: derselbe Sätteri-Prozessor mit denselben Plugins wie in
 * astro.config.mjs und denselben Schritten, die @astrojs/mdx ergänzt
 * (Hervorhebung, Überschriften-IDs, Bilder). Statische Teile serialisiert
 * Sätteri selbst (`optimizeStatic`, wie `mdx({ optimize: true })`); die
 * erlaubten Komponenten werden Marken (src/mdx/komponenten-marken.ts), die
 * Inhalt.astro beim Rendern der Seite durch die echten Astro-Komponenten
 * ersetzt. Bilder laufen wie bei Markdown über Astros Bildverarbeitung.
 *
 * Die Prüfung (inhalte-pruefen.ts) läuft vorher: Kein ungeprüfter Inhalt wird
 * hier übersetzt.
 */
import { lstat, readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import {
  isSatteriProcessor,
  satteriCollectImagesPlugin,
  satteriCreateHighlightFn,
  satteriHeadingIdsPlugin,
  satteriHighlightPlugin,
  satteriImageMarkerPlugin,
  type SatteriAstroData,
} from '@astrojs/markdown-satteri';
import type { AstroConfig, MarkdownHeading } from 'astro';
import { evaluate } from 'satteri';
import { textOhneKopf, zerlegeMdx } from '../pruefung/kern/frontmatter.ts';
import { maskiereHtml } from '../lib/html-text.ts';
import { marke } from './komponenten-marken.ts';
import { MDX_KOMPONENTEN } from '../schemas/mdx.ts';
import { baufehler } from './baufehler.ts';
import { mdxSchutz } from './mdx-schutz.ts';

/** Was ein Loader von einer Datei speichert (Astros `rendered`). */
export interface GerendertesMdx {
  html: string;
  metadata: {
    headings: MarkdownHeading[];
    frontmatter: Record<string, unknown>;
    localImagePaths: string[];
    remoteImagePaths: string[];
    imagePaths: string[];
  };
}

// Ein winziger JSX-Laufzeitersatz: Knoten werden zu HTML-Text. Was Sätteri nicht
// schon statisch gemacht hat, sind nur die erlaubten Komponenten und HTML-Elemente.
const FRAGMENT = Symbol('Fragment');
interface Knoten {
  typ: unknown;
  props: Record<string, unknown>;
}
const jsx = (typ: unknown, props: unknown): Knoten => ({ typ, props: props as Record<string, unknown> });
const LEERE_ELEMENTE = new Set(['br', 'hr', 'img', 'input', 'wbr']);

function alsHtml(knoten: unknown): string {
  if (knoten === null || knoten === undefined || typeof knoten === 'boolean') return '';
  if (Array.isArray(knoten)) return knoten.map(alsHtml).join('');
  if (typeof knoten !== 'object') return maskiereHtml(String(knoten));
  const { typ, props } = knoten as Knoten;
  if (typ === FRAGMENT) return typeof props['set:html'] === 'string' ? props['set:html'] : alsHtml(props.children);
  if (typeof typ === 'function') return alsHtml((typ as (p: Record<string, unknown>) => unknown)(props));
  const { children, ...attribute } = props;
  const name = String(typ);
  const attr = Object.entries(attribute)
    .filter(([, wert]) => wert !== undefined && wert !== null && wert !== false)
    .map(([schluessel, wert]) => (wert === true ? ` ${schluessel}` : ` ${schluessel}="${maskiereHtml(String(wert))}"`))
    .join('');
  return LEERE_ELEMENTE.has(name) ? `<${name}${attr}>` : `<${name}${attr}>${alsHtml(children)}</${name}>`;
}

const komponenten: Record<string, (props: Record<string, unknown>) => Knoten> = {
  Fragment: (props) => ({ typ: FRAGMENT, props }),
  ...Object.fromEntries(
    MDX_KOMPONENTEN.map((name) => [
      name,
      ({ children, ...props }: Record<string, unknown>) => ({
        typ: FRAGMENT,
        props: { 'set:html': marke(name, props, alsHtml(children)) },
      }),
    ]),
  ),
};

/** Der Zeichner für die Loader (`getRenderFunction`), eingestellt wie die Website in astro.config.mjs. */
export async function mdxZuHtml(
  config: AstroConfig,
): Promise<(eintrag: { filePath?: string; data: Record<string, unknown> }) => Promise<GerendertesMdx>> {
  const { markdown } = config;
  if (!isSatteriProcessor(markdown.processor)) {
    throw new Error('mdx-html: astro.config.mjs muss markdown.processor = satteri(…) setzen.');
  }
  const { mdastPlugins, hastPlugins, features } = markdown.processor.options;
  // Astros Konfigurationstypen und die des Pakets unterscheiden sich nur bei optionalen Feldern (exactOptionalPropertyTypes).
  type Hervorhebung = Parameters<typeof satteriCreateHighlightFn>[0];
  type Shiki = Parameters<typeof satteriCreateHighlightFn>[1];
  type Bilder = Parameters<typeof satteriCollectImagesPlugin>[0];
  const hervorheben = await satteriCreateHighlightFn(
    markdown.syntaxHighlight as Hervorhebung,
    markdown.shikiConfig as Shiki,
  );
  const ausgenommen = typeof markdown.syntaxHighlight === 'object' ? markdown.syntaxHighlight.excludeLangs : undefined;
  const { gfm, smartPunctuation } = features;

  async function zeichne({
    filePath,
    data,
  }: {
    filePath?: string;
    data: Record<string, unknown>;
  }): Promise<GerendertesMdx> {
    if (!filePath) throw new Error('mdx-html: Eintrag ohne Datei.');
    try {
      return await zeichneDatei(filePath, data);
    } catch (fehler) {
      // Deutsch, mit Datei und Zeile, ohne Stacktrace: Wer das liest, hat einen Beitrag geschrieben (baufehler.ts).
      throw baufehler(filePath, fehler);
    }
  }

  async function zeichneDatei(filePath: string, data: Record<string, unknown>): Promise<GerendertesMdx> {
    // Die Prüfung lehnt Verknüpfungen ab; folgte der Build einer, läse er eine ungeprüfte Datei.
    if ((await lstat(filePath)).isSymbolicLink()) throw new Error('Die Datei ist eine symbolische Verknüpfung.');
    const quelltext = await readFile(filePath, 'utf8');
    // Dieselbe Trennung wie in der Prüfung; die Zeilen bleiben die der Datei.
    const teile = zerlegeMdx(quelltext);
    if (!teile) throw new Error('Die Datei beginnt nicht mit einem Front-Matter-Block.');
    const text = textOhneKopf(quelltext, teile);
    // Das gelesene Front Matter, wie @astrojs/mdx es den Plugins gibt (belege.ts liest daraus die Quellen).
    const astro: SatteriAstroData = {
      frontmatter: { ...data },
      headings: [],
      localImagePaths: new Set(),
      remoteImagePaths: new Set(),
    };
    const modul = (await evaluate(text, {
      // Der Schutz zuerst: Er sieht den Text, bevor irgendein Plugin ihn ändert.
      mdastPlugins: [mdxSchutz(), ...mdastPlugins, satteriCollectImagesPlugin(config.image as Bilder)],
      hastPlugins: [
        ...(hervorheben ? [satteriHighlightPlugin(hervorheben, ausgenommen)] : []),
        ...hastPlugins,
        satteriImageMarkerPlugin(),
        satteriHeadingIdsPlugin(),
      ],
      optimizeStatic: { component: 'Fragment', prop: 'set:html' },
      features: {
        ...features,
        gfm: typeof gfm === 'object' ? gfm : (markdown.gfm ?? gfm ?? true) !== false,
        smartPunctuation:
          typeof smartPunctuation === 'object'
            ? smartPunctuation
            : (markdown.smartypants ?? smartPunctuation ?? true) !== false,
      },
      fileURL: pathToFileURL(filePath),
      elementAttributeNameCase: 'html',
      data: { astro },
      jsx,
      jsxs: jsx,
      Fragment: FRAGMENT,
    })) as { default: (props: { components: typeof komponenten }) => unknown };
    const html = alsHtml(modul.default({ components: komponenten }));
    const localImagePaths = [...astro.localImagePaths];
    const remoteImagePaths = [...astro.remoteImagePaths];
    return {
      html,
      metadata: {
        headings: astro.headings,
        frontmatter: astro.frontmatter,
        localImagePaths,
        remoteImagePaths,
        imagePaths: [...localImagePaths, ...remoteImagePaths],
      },
    };
  }
  return zeichne;
}
