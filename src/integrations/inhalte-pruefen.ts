/**
 * Prüft alle Inhalte, bevor Astro sie lädt oder MDX kompiliert. Ungültige
 * Inhalte brechen den Build mit einer deutschen Meldung ab, die Datei, Zeile
 * und Feld nennt.
 */
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatiereBefunde, pruefeInhaltsordner } from '../lib/content/index.ts';
import { inhaltsOrdner } from '../lib/content/sammlungen.ts';

export default function inhaltePruefen(): AstroIntegration {
  return {
    name: 'nachnutzungsatlas:inhalte-pruefen',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const wurzel = fileURLToPath(config.root);
        const { befunde } = pruefeInhaltsordner(resolve(wurzel, inhaltsOrdner()), wurzel);
        if (befunde.length) {
          logger.error(`Die Inhalte sind nicht gültig:\n\n${formatiereBefunde(befunde)}`);
          throw new Error(
            `Build abgebrochen: ${befunde.length} Problem(e) in den Inhalten (siehe oben). Prüfen Sie einzelne Dateien mit „npm run pruefen -- <datei>“.`,
          );
        }
        logger.info('Inhalte geprüft: keine Probleme.');
      },
    },
  };
}
