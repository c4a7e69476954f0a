/**
 * Daten der Website, die keine Sammlung sind (die Frageformen der Suche,
 * content/suchfragen.yaml): Die Prüfung liest sie wie alle Inhalte
 * (Kodierung, strenges YAML) und prüft sie gegen ihr Schema, damit eine
 * Änderung in einem Pull-Request nicht erst den Build abbricht.
 */
import type { z } from 'astro/zod';
import { suchfragenSchema } from '../../schemas/suchfragen.ts';
import { feldPfad, type Befund } from '../kern/befund.ts';
import { leseYaml } from '../kern/frontmatter.ts';
import { yamlBefunde } from '../regeln/yaml.ts';

/** Pfad relativ zum Inhaltsordner → Schema. */
export const DATENDATEIEN: Readonly<Record<string, z.ZodType>> = { 'suchfragen.yaml': suchfragenSchema };

/** Befunde zu einer Datendatei: YAML-Fehler oder Abweichungen vom Schema, je mit Zeile und Feld. */
export function pruefeDatendatei(datei: string, text: string, schema: z.ZodType): Befund[] {
  const yaml = leseYaml(text);
  // Dieselben deutschen Meldungen wie für alle Inhalte, nie die englischen des yaml-Pakets.
  if (yaml.fehler.length) return yamlBefunde(datei, yaml.fehler);
  const ergebnis = schema.safeParse(yaml.daten);
  if (ergebnis.success) return [];
  return ergebnis.error.issues.map((problem) => ({
    datei,
    ...yaml.stelleVon(problem.path),
    regel: 'schema',
    feld: problem.path.length ? feldPfad(problem.path) : undefined,
    meldung: problem.message,
    hinweis: 'Korrigieren Sie den Wert; die Form steht in src/schemas/ neben dem Namen der Datei.',
  }));
}
