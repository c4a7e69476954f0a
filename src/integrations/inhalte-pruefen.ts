/**
 * Prüft alle Inhalte, bevor Astro sie lädt oder MDX kompiliert: dieselbe
 * vollständige Prüfung wie npm run pruefen, also auch die sichere
 * MDX-Teilmenge und die Mermaid-Diagramme. Ungültige oder unsichere Inhalte
 * brechen den Build mit einer deutschen Meldung ab, die Datei, Zeile und
 * Regel nennt; kein MDX aus einem Beitrag wird vorher ausgeführt.
 *
 * Nur die Mermaid-Diagramme liest der Worker im Build weiter, während Astro
 * die Inhalte lädt und bündelt: Ein Diagramm ist Text, den erst der Browser
 * zeichnet; beim Bündeln wird nichts davon ausgeführt. Vor der ersten Seite
 * wartet der Build auf das Ergebnis (Vite-Hook buildApp, vor Astros
 * Seitenerzeugung) und bricht bei einem Befund genauso ab.
 *
 * Ergebnisse je Datei und je Diagramm bleiben im Cache-Ordner des Builds
 * (src/lib/content/cache.ts): Der nächste Build liest nur geänderte Dateien neu.
 */
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatiereBefunde, pruefeInhaltsordner, starteInhaltspruefung, type Befund } from '../lib/content/index.ts';
import { inhaltsOrdner } from '../lib/content/sammlungen.ts';

const meldungZu = (befunde: Befund[]) =>
  befunde.length ? `Die Inhalte sind nicht gültig:\n\n${formatiereBefunde(befunde)}` : undefined;

/** Die Meldung, mit der der Build abbricht; getrennt, damit Tests sie ohne Astro prüfen können. */
export async function pruefeVorDemBuild(wurzel: string, cacheOrdner?: string): Promise<string | undefined> {
  const { befunde } = await pruefeInhaltsordner(resolve(wurzel, inhaltsOrdner()), wurzel, { cacheOrdner });
  return meldungZu(befunde);
}

const ABBRUCH =
  'Build abgebrochen: Die Inhalte haben Probleme (siehe oben). Prüfen Sie einzelne Dateien mit „npm run pruefen -- <datei>“.';

export default function inhaltePruefen(): AstroIntegration {
  return {
    name: 'nachnutzungsatlas:inhalte-pruefen',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        const start = performance.now();
        const wurzel = fileURLToPath(config.root);
        const cacheOrdner = fileURLToPath(config.cacheDir);
        const pruefung = await starteInhaltspruefung(resolve(wurzel, inhaltsOrdner()), wurzel, { cacheOrdner });
        const abbrechen = (befunde: Befund[]) => {
          logger.error(meldungZu(befunde)!);
          throw new Error(ABBRUCH);
        };
        // Gibt es schon Befunde, alle auf einmal melden, auch die zu Diagrammen.
        if (pruefung.befunde.length) abbrechen([...pruefung.befunde, ...(await pruefung.diagramme)]);
        // Die Dauer steht im Protokoll, damit npm run bench zeigen kann, wohin die Build-Zeit geht.
        const { treffer, neu } = pruefung.zwischenspeicher;
        const sekunden = () => ((performance.now() - start) / 1000).toFixed(2);
        const diagrammeGeprueft = pruefung.diagramme.then((befunde) => {
          if (befunde.length) abbrechen(befunde);
          logger.info(`Diagramme geprüft: keine Probleme (${sekunden()} s seit Beginn der Prüfung).`);
        });
        if (command !== 'build') {
          await diagrammeGeprueft;
          logger.info(`Inhalte geprüft: keine Probleme (${sekunden()} s).`);
          return;
        }
        logger.info(`Inhalte geprüft: keine Probleme (${sekunden()} s).`);
        logger.info(`Zwischenspeicher der Prüfung: ${treffer} MDX-Dateien unverändert, ${neu} neu gelesen.`);
        // Ein Fehler ohne Abnehmer würde den Prozess vor dem Hook beenden; der Hook wirft ihn.
        diagrammeGeprueft.catch(() => {});
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'nachnutzungsatlas:diagramme-vor-den-seiten',
                // „post“ läuft nach dem Bündeln; als normales Plugin vor Astros Seitenerzeugung (enforce „post“).
                buildApp: { order: 'post', handler: () => diagrammeGeprueft },
              },
            ],
          },
        });
      },
    },
  };
}
