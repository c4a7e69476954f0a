/**
 * Eine Starlight-Website als Vergleich für npm run bench -- --vergleich: in
 * .bench/starlight-<version>/ aus der npm-Registry installiert (einmal, danach
 * wiederverwendet), mit derselben Astro-Version wie der Atlas. Sie bekommt
 * dieselben Seitentexte wie der Atlas (werkzeuge/bench-korpus.ts), jede
 * Inhaltsdatei des Atlas als eine Seite unter src/content/docs/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Datei } from '../../werkzeuge/bench-korpus.ts';

/** Starlight in der Version, gegen die die Zahlen in docs/leistung.md gemessen sind. */
export const STARLIGHT_VERSION = '0.42.4';

/** Astro wie im Atlas (aus node_modules), damit nur die Website verschieden ist, nicht der Unterbau. */
export function astroVersion(projekt = process.cwd()): string {
  return (JSON.parse(readFileSync(join(projekt, 'node_modules/astro/package.json'), 'utf8')) as { version: string })
    .version;
}

const KONFIGURATION = `// Erzeugt von scripts/bench/starlight.ts. BENCH_SIDEBAR=aus: leere Seitenleiste statt der automatischen.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

const ohneSidebar = process.env.BENCH_SIDEBAR === 'aus';
export default defineConfig({
  integrations: [starlight({ title: 'Vergleich', ...(ohneSidebar ? { sidebar: [] } : {}) })],
});
`;

const INHALTE = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * Legt die Starlight-Website an und installiert sie, falls noch nicht
 * geschehen. Gibt den Projektordner zurück. Die Installation gilt als fertig,
 * wenn die Markierungsdatei die gewünschten Versionen nennt.
 */
export function richteStarlightEin(benchOrdner: string, astro: string): string {
  const ordner = resolve(benchOrdner, `starlight-${STARLIGHT_VERSION}-astro-${astro}`);
  const markierung = join(ordner, '.installiert');
  if (existsSync(markierung)) return ordner;
  mkdirSync(join(ordner, 'src/content/docs'), { recursive: true });
  const paket = {
    name: 'starlight-vergleich',
    private: true,
    type: 'module',
    dependencies: { '@astrojs/starlight': STARLIGHT_VERSION, astro: astro },
    // Wie im Atlas (package.json): vite 8.4 hat eine optionale Abhängigkeit, die die Registry hier nicht liefert.
    overrides: { vite: '8.3.8' },
  };
  writeFileSync(join(ordner, 'package.json'), `${JSON.stringify(paket, null, 2)}\n`);
  writeFileSync(join(ordner, 'astro.config.mjs'), KONFIGURATION);
  writeFileSync(join(ordner, 'src/content.config.ts'), INHALTE);
  console.error(`Installiere Starlight ${STARLIGHT_VERSION} mit Astro ${astro} in ${ordner} …`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: ordner, stdio: 'inherit' });
  writeFileSync(markierung, `${STARLIGHT_VERSION} ${astro}\n`);
  return ordner;
}

/** Titel und Beschreibung aus dem Front Matter einer Atlas-Datei; der Text danach bleibt, wie er ist. */
function zerlege(text: string): { daten: Record<string, unknown>; koerper: string } {
  const treffer = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!treffer) return { daten: {}, koerper: text };
  return { daten: (parseYaml(treffer[1]!) ?? {}) as Record<string, unknown>, koerper: treffer[2]! };
}

const kopf = (titel: string, beschreibung: string) =>
  `---\ntitle: ${JSON.stringify(titel)}\ndescription: ${JSON.stringify(beschreibung)}\n---\n\n`;

/**
 * Übersetzt die Dateien des Atlas-Korpus in Starlight-Seiten: MDX mit
 * demselben Text und title/description statt titel/beschreibung; die
 * YAML-Daten (Kommunen, Glossar), aus denen der Atlas Seiten baut, als Seite
 * mit denselben Angaben als Liste.
 */
export function starlightSeiten(dateien: readonly Datei[]): Datei[] {
  return dateien.map((d) => {
    if (d.pfad.endsWith('.mdx')) {
      const { daten, koerper } = zerlege(d.text);
      const titel = String(daten.titel ?? d.pfad);
      const beschreibung = String(daten.beschreibung ?? daten.kurzbeschreibung ?? '');
      // Starlight macht aus index.mdx die Seite des Ordners, wie der Atlas.
      return { pfad: d.pfad, text: kopf(titel, beschreibung) + koerper };
    }
    const daten = parseYaml(d.text) as unknown;
    const eintraege = Array.isArray(daten) ? daten : [daten];
    const zeilen = eintraege.flatMap((e) =>
      Object.entries(e as Record<string, unknown>).map(
        ([k, v]) => `- **${k}**: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`,
      ),
    );
    const titel = String((daten as { name?: unknown }).name ?? 'Glossar');
    return {
      pfad: d.pfad.replace(/\.yaml$/, '.md'),
      text: `${kopf(titel, `Angaben zu ${titel}`)}${zeilen.join('\n')}\n`,
    };
  });
}

/** Schreibt die Seiten frisch nach src/content/docs/ und löscht alles, was einen Build warm machen würde. */
export function schreibeStarlightSeiten(ordner: string, seiten: readonly Datei[]): void {
  const docs = join(ordner, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  for (const s of seiten) {
    mkdirSync(dirname(join(docs, s.pfad)), { recursive: true });
    writeFileSync(join(docs, s.pfad), s.text);
  }
  // Eine Startseite wie jede Starlight-Website sie hat.
  writeFileSync(join(docs, 'index.mdx'), `${kopf('Vergleich', 'Startseite')}Start.\n`);
  leereCaches(ordner);
}

/** Ohne diese Ordner baut Astro kalt: kein Datenspeicher, kein Vite-Cache, keine alte Ausgabe. */
export function leereCaches(ordner: string): void {
  for (const teil of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) {
    rmSync(join(ordner, teil), { recursive: true, force: true });
  }
}
