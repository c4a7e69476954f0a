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
import { formatiereBefunde, istFehler, pruefeInhaltsordner } from '../lib/content/index.ts';
import { inhaltsOrdner } from '../config/inhalte.ts';

/** Die Meldung, mit der der Build abbricht; getrennt, damit Tests sie ohne Astro prüfen können. */
export async function pruefeVorDemBuild(wurzel: string): Promise<string | undefined> {
  return (await pruefeVorDemBuildMitWarnungen(wurzel)).fehler;
}

/** Wie pruefeVorDemBuild, dazu die Warnungen: Sie erscheinen im Protokoll, halten den Build aber nicht an. */
export async function pruefeVorDemBuildMitWarnungen(
  wurzel: string,
): Promise<{ fehler: string | undefined; warnungen: string | undefined }> {
  const { befunde } = await pruefeInhaltsordner(resolve(wurzel, inhaltsOrdner()), wurzel);
  const warnungen = befunde.filter((b) => !istFehler(b));
  return {
    // Die Fehlermeldung nennt auch die Warnungen, damit eine Autorin alles auf einmal sieht.
    fehler: befunde.some(istFehler) ? `Die Inhalte sind nicht gültig:\n\n${formatiereBefunde(befunde)}` : undefined,
    warnungen: warnungen.length ? formatiereBefunde(warnungen) : undefined,
  };
}

export default function inhaltePruefen(): AstroIntegration {
  return {
    name: 'nachnutzungsatlas:inhalte-pruefen',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const start = performance.now();
        const { fehler: meldung, warnungen } = await pruefeVorDemBuildMitWarnungen(fileURLToPath(config.root));
        if (meldung) {
          logger.error(meldung);
          throw new Error(
            'Build abgebrochen: Die Inhalte haben Probleme (siehe oben). Prüfen Sie einzelne Dateien mit „npm run pruefen -- <datei>“.',
          );
        }
        if (warnungen) logger.warn(`Die Inhalte haben Warnungen (sie halten den Build nicht an):\n\n${warnungen}`);
        // Die Dauer steht im Protokoll, damit npm run bench zeigen kann, wohin die Build-Zeit geht.
        logger.info(
          `Inhalte geprüft: ${warnungen ? 'keine Fehler, nur Warnungen' : 'keine Probleme'} (${((performance.now() - start) / 1000).toFixed(2)} s).`,
        );
      },
    },
  };
}
