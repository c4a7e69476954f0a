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
 * (src/pruefung/node/cache.ts): Der nächste Build liest nur geänderte Dateien neu.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { editorDatenAus, uebergibEditorDaten } from '../pruefung/node/editor-daten.ts';
import { inhaltsOrdner } from '../config/inhalte.ts';
import {
  formatiereBefunde,
  istFehler,
  pruefeInhaltsordner,
  starteInhaltspruefung,
  type Befund,
} from '../pruefung/node/index.ts';

/** Die Meldung zu Befunden mit mindestens einem Fehler; Warnungen allein halten nichts an. */
const meldungZu = (befunde: Befund[]) =>
  befunde.some(istFehler) ? `Die Inhalte sind nicht gültig:\n\n${formatiereBefunde(befunde)}` : undefined;

/** Die Meldung, mit der der Build abbricht; getrennt, damit Tests sie ohne Astro prüfen können. */
export async function pruefeVorDemBuild(wurzel: string, cacheOrdner?: string): Promise<string | undefined> {
  const { befunde } = await pruefeInhaltsordner(resolve(wurzel, inhaltsOrdner()), wurzel, { cacheOrdner });
  return meldungZu(befunde);
}

const ABBRUCH =
  'Build abgebrochen: Die Inhalte haben Probleme (siehe oben). Prüfen Sie einzelne Dateien mit „npm run pruefen -- <datei>“.';

/**
 * Bricht bei einem Fehler ab (die Meldung nennt auch die Warnungen); Warnungen allein kommen ins Protokoll.
 * Im Build endet der Prozess gleich nach der deutschen Meldung: Eine Ausnahme
 * ließe Astro erst „An unhandled error occurred while running the …
 * hook“ auf Englisch davorschreiben, für Autorinnen ein Rätsel. Im Entwicklungsserver
 * bleibt es bei der Ausnahme, damit er auf die nächste Änderung wartet.
 */
function melde(befunde: Befund[], logger: AstroIntegrationLogger, command: string): void {
  const meldung = meldungZu(befunde);
  if (meldung) {
    logger.error(meldung);
    if (command === 'build') {
      logger.error(ABBRUCH);
      process.exit(1);
    }
    // Ohne Stacktrace: Die Meldung darüber nennt Datei und Zeile; Dateien des Atlas helfen Autorinnen nicht.
    const abbruch = new Error(ABBRUCH);
    abbruch.stack = ABBRUCH;
    throw abbruch;
  }
  if (befunde.length) {
    logger.warn(`Die Inhalte haben Warnungen (sie halten den Build nicht an):\n\n${formatiereBefunde(befunde)}`);
  }
}

export default function inhaltePruefen(): AstroIntegration {
  return {
    name: 'nachnutzungsatlas:inhalte-pruefen',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        const start = performance.now();
        const wurzel = fileURLToPath(config.root);
        const cacheOrdner = fileURLToPath(config.cacheDir);
        const ordner = resolve(wurzel, inhaltsOrdner());
        const pruefung = await starteInhaltspruefung(ordner, wurzel, { cacheOrdner });
        // Gibt es schon einen Fehler, alles auf einmal melden, auch die Befunde zu Diagrammen.
        if (pruefung.befunde.some(istFehler))
          melde([...pruefung.befunde, ...(await pruefung.diagramme)], logger, command);
        melde(pruefung.befunde, logger, command);
        // Die Dauer steht im Protokoll, damit npm run bench zeigen kann, wohin die Build-Zeit geht.
        const { treffer, neu } = pruefung.zwischenspeicher;
        const sekunden = () => ((performance.now() - start) / 1000).toFixed(2);
        const ergebnis = pruefung.befunde.length ? 'keine Fehler, nur Warnungen' : 'keine Probleme';
        const diagrammeGeprueft = pruefung.diagramme.then((befunde) => {
          melde(befunde, logger, command);
          logger.info(
            `Diagramme geprüft: ${befunde.length ? 'keine Fehler, nur Warnungen' : 'keine Probleme'} (${sekunden()} s seit Beginn der Prüfung).`,
          );
        });
        if (command !== 'build') {
          await diagrammeGeprueft;
          logger.info(`Inhalte geprüft: ${ergebnis} (${sekunden()} s).`);
          return;
        }
        logger.info(`Inhalte geprüft: ${ergebnis} (${sekunden()} s).`);
        // Der Beitragseditor braucht dieselben Ziele; im Build ändern sich die Inhalte nicht mehr (pruefung/node/editor-daten.ts).
        uebergibEditorDaten(ordner, editorDatenAus(pruefung.alleEintraege, pruefung.ziele));
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
