/**
 * Prüft alle Inhalte, bevor Astro sie lädt oder MDX kompiliert: dieselbe
 * vollständige Prüfung wie npm run pruefen, also auch die sichere
 * MDX-Teilmenge und die Mermaid-Diagramme. Ungültige oder unsichere Inhalte
 * brechen den Build mit einer deutschen Meldung ab, die Datei, Zeile und
 * Regel nennt; kein MDX aus einem Beitrag wird vorher ausgeführt.
 */
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatiereBefunde, pruefeInhaltsordner } from '../lib/content/index.ts';
import { inhaltsOrdner } from '../config/inhalte.ts';

/** Die Meldung, mit der der Build abbricht; getrennt, damit Tests sie ohne Astro prüfen können. */
export async function pruefeVorDemBuild(wurzel: string): Promise<string | undefined> {
  const { befunde } = await pruefeInhaltsordner(resolve(wurzel, inhaltsOrdner()), wurzel);
  return befunde.length ? `Die Inhalte sind nicht gültig:\n\n${formatiereBefunde(befunde)}` : undefined;
}

export default function inhaltePruefen(): AstroIntegration {
  return {
    name: 'nachnutzungsatlas:inhalte-pruefen',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const start = performance.now();
        const meldung = await pruefeVorDemBuild(fileURLToPath(config.root));
        if (meldung) {
          logger.error(meldung);
          throw new Error(
            'Build abgebrochen: Die Inhalte haben Probleme (siehe oben). Prüfen Sie einzelne Dateien mit „npm run pruefen -- <datei>“.',
          );
        }
        // Die Dauer steht im Protokoll, damit npm run bench zeigen kann, wohin die Build-Zeit geht.
        logger.info(`Inhalte geprüft: keine Probleme (${((performance.now() - start) / 1000).toFixed(2)} s).`);
      },
    },
  };
}
