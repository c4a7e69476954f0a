/**
 * Legt Mermaid fertig gebündelt auf die Website (src/config/mermaid-ort.ts): im
 * Build als Kopie aus dem npm-Paket nach dist/_mermaid/<Version>/, im
 * Entwicklungsserver direkt aus node_modules. Kopiert werden nur die
 * Einstiegsdatei und ihre Teile, keine Source-Maps.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MERMAID_EINSTIEG, MERMAID_TEILE, mermaidPfad } from '../config/mermaid-ort.ts';
import { normalisiereBasis } from '../modell/basis.ts';

interface MermaidPaket {
  version: string;
  /** Ordner `dist/` des Pakets. */
  ordner: string;
  /** Die auszuliefernden Dateien, relativ zu `ordner`. */
  dateien: string[];
}

/** Findet das installierte Mermaid vom Projektordner aus (wie Vite es fände). */
export function mermaidPaket(wurzel: string): MermaidPaket {
  const paketJson = createRequire(join(wurzel, 'package.json')).resolve('mermaid/package.json');
  const { version } = JSON.parse(readFileSync(paketJson, 'utf8')) as { version: string };
  const ordner = join(dirname(paketJson), 'dist');
  const teile = readdirSync(join(ordner, MERMAID_TEILE)).filter((name) => name.endsWith('.mjs'));
  return { version, ordner, dateien: [MERMAID_EINSTIEG, ...teile.map((name) => `${MERMAID_TEILE}/${name}`)] };
}

/** Kopiert die Dateien nach `<ausgabe>/_mermaid/<Version>/`. Gibt ihre Zahl zurück. */
export function kopiereMermaid(paket: MermaidPaket, ausgabe: string): number {
  const ziel = join(ausgabe, mermaidPfad('/', paket.version));
  for (const datei of paket.dateien) {
    mkdirSync(dirname(join(ziel, datei)), { recursive: true });
    copyFileSync(join(paket.ordner, datei), join(ziel, datei));
  }
  return paket.dateien.length;
}

export default function mermaidDateien(): AstroIntegration {
  let paket: MermaidPaket;
  return {
    name: 'nachnutzungsatlas:mermaid-dateien',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        paket = mermaidPaket(fileURLToPath(config.root));
        const praefix = mermaidPfad(normalisiereBasis(config.base), paket.version);
        const erlaubt = new Set(paket.dateien);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'nachnutzungsatlas:mermaid-im-entwicklungsserver',
                apply: 'serve',
                configureServer(server) {
                  // Nur die bekannten Dateien, damit keine andere Datei aus node_modules erreichbar ist.
                  server.middlewares.use((anfrage, antwort, weiter) => {
                    const pfad = anfrage.url?.split('?')[0] ?? '';
                    const datei = pfad.startsWith(praefix) ? pfad.slice(praefix.length) : undefined;
                    if (!datei || !erlaubt.has(datei)) return weiter();
                    antwort.setHeader('Content-Type', 'text/javascript; charset=utf-8');
                    antwort.end(readFileSync(join(paket.ordner, datei)));
                  });
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const zahl = kopiereMermaid(paket, fileURLToPath(dir));
        logger.info(`Mermaid ${paket.version}: ${zahl} Dateien aus dem Paket übernommen.`);
      },
    },
  };
}
