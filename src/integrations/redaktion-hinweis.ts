/**
 * Warnt beim Bauen, wenn die Adresse der Redaktion fehlt (ATLAS_REDAKTION_EMAIL):
 * Dann haben Kommunen ohne Git keinen Weg, einen Beitrag einzureichen, und
 * „Mitwirken“ und der Editor zeigen den Hinweis „Vorlage“.
 */
import type { AstroIntegration } from 'astro';
import { redaktionEmail } from '../config/site.ts';

/** Der Text der Warnung, oder undefined, wenn die Adresse gesetzt ist. */
export function redaktionWarnung(env: Record<string, string | undefined> = process.env): string | undefined {
  if (redaktionEmail(env)) return undefined;
  return env.ATLAS_REDAKTION_EMAIL?.trim()
    ? `ATLAS_REDAKTION_EMAIL ist keine gültige E-Mail-Adresse („${env.ATLAS_REDAKTION_EMAIL.trim()}“): „Mitwirken“ und der Beitragseditor zeigen den Hinweis „Vorlage“ statt „Per E-Mail senden“.`
    : 'ATLAS_REDAKTION_EMAIL ist nicht gesetzt: Kommunen ohne Git haben keinen Weg zur Redaktion; „Mitwirken“ und der Beitragseditor zeigen den Hinweis „Vorlage“. Setzen Sie die Funktionsadresse der Redaktion (docs/betrieb.md).';
}

export default function redaktionHinweis(): AstroIntegration {
  return {
    name: 'nachnutzungsatlas:redaktion-hinweis',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const warnung = redaktionWarnung();
        if (warnung) logger.warn(warnung);
      },
    },
  };
}
