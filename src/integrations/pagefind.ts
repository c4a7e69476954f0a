/**
 * Baut nach dem Build den Suchindex mit der Node-API von Pagefind. Die Seiten
 * bestimmen selbst, was in den Index kommt (data-pagefind-body auf <main>,
 * Filter, Metadaten und Sortierung aus `SuchAngaben.astro`); hier wird nur
 * der Ausgabeordner indexiert und das Ergebnis nach dist/pagefind/ geschrieben.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { AUSGESCHLOSSEN } from '../lib/suche/angaben.ts';

/** Der Teil der Pagefind-API, den der Index braucht; Tests setzen eine Attrappe ein. */
export type PagefindApi = Pick<typeof pagefind, 'createIndex' | 'close'>;

/** Ein Fehler, den dieser Schritt selbst erkannt und schon verständlich beschrieben hat. */
export class SuchindexFehler extends Error {
  override name = 'SuchindexFehler';
}

/** Fehler von Pagefind als deutsche Meldung, die den Schritt nennt; die Einzelmeldungen stehen in `cause`. */
export function pagefindFehler(schritt: string, fehler: string[], ordner: string): SuchindexFehler {
  return new SuchindexFehler(
    `Der Suchindex konnte nicht ${schritt} (Ordner ${ordner}): ${fehler.join('; ')}. ` +
      'Prüfen Sie die Meldungen darüber; oft hilft ein neuer Build mit „npm run build“.',
    { cause: fehler },
  );
}

/**
 * Indexiert alle HTML-Seiten in `ordner` (Deutsch, mit Stammformen) und
 * schreibt den Index nach `<ordner>/pagefind/`. Gibt die Zahl der Seiten zurück.
 */
export async function baueSuchindex(
  ordner: string,
  logger: Pick<AstroIntegrationLogger, 'info'>,
  api: PagefindApi = pagefind,
  { indexHtml = false } = {},
): Promise<number> {
  const start = performance.now();
  try {
    // keepIndexUrl: Treffer verweisen auf …/index.html, wenn die Links der Website es auch tun (ATLAS_INDEX_HTML).
    const { index, errors } = await api.createIndex({
      forceLanguage: 'de',
      excludeSelectors: AUSGESCHLOSSEN,
      ...(indexHtml && { keepIndexUrl: true }),
    });
    if (!index || errors.length) throw pagefindFehler('angelegt werden', errors, ordner);

    const gelesen = await index.addDirectory({ path: ordner });
    if (gelesen.errors.length) throw pagefindFehler('aus den Seiten gelesen werden', gelesen.errors, ordner);
    if (gelesen.page_count === 0) {
      throw new SuchindexFehler(
        `Pagefind hat in ${ordner} keine Seite für den Suchindex gefunden. Seiten kommen über die Eigenschaft „suche“ von Basis.astro (data-pagefind-body) in den Index.`,
      );
    }

    const ausgabe = join(ordner, 'pagefind');
    const geschrieben = await index.writeFiles({ outputPath: ausgabe });
    if (geschrieben.errors.length) throw pagefindFehler('geschrieben werden', geschrieben.errors, ausgabe);

    const sekunden = ((performance.now() - start) / 1000).toFixed(2);
    logger.info(`Suchindex: ${gelesen.page_count} Seiten indexiert in ${sekunden} s, geschrieben nach ${ausgabe}`);
    return gelesen.page_count;
  } catch (fehler) {
    // Eigene Meldungen unverändert weitergeben; alles andere (Binärdatei fehlt, Prozess stirbt) einordnen.
    if (fehler instanceof SuchindexFehler) throw fehler;
    throw new Error(
      `Pagefind ist beim Bauen des Suchindex für ${ordner} gescheitert. Ist das Paket „pagefind“ mit „npm ci“ installiert?`,
      { cause: fehler },
    );
  } finally {
    await api.close();
  }
}

/** Wert von ATLAS_SUCHINDEX, mit dem scripts/build.ts den Index selbst nach dem Build baut. */
export const SUCHINDEX_DANACH = 'danach';

/**
 * Astro-Integration: Suchindex nach jedem Build. Unter npm run build baut ihn
 * scripts/build.ts, wenn der Astro-Prozess beendet ist (weniger Speicher zugleich).
 */
export default function suchindex({ indexHtml = false } = {}): AstroIntegration {
  return {
    name: 'nachnutzungsatlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.ATLAS_SUCHINDEX === SUCHINDEX_DANACH) {
          logger.info('Suchindex: folgt nach dem Ende dieses Prozesses (scripts/build.ts).');
          return;
        }
        await baueSuchindex(fileURLToPath(dir), logger, pagefind, { indexHtml });
      },
    },
  };
}
