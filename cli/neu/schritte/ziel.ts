/** Schritt 4: Wohin die Datei kommt; eine bestehende Datei wird nie überschrieben. */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { kommuneId, slug } from '../../../src/modell/slug.ts';
import { abbrechen } from './fragen.ts';
import type { Kontext } from './kontext.ts';

/** Pfad relativ zum Inhaltsordner, wie ihn src/modell/sammlungen.ts erwartet. */
export function zielPfad(kontext: Kontext): string {
  switch (kontext.art) {
    case 'beitrag':
      return `beitraege/${kontext.kommune}/${slug(kontext.titel!)}.mdx`;
    case 'konzept':
      return `leistungen/${kontext.leistung}/${kontext.typ}.mdx`;
    case 'baustein':
      return `querschnitt/${slug(kontext.titel!)}.mdx`;
    case 'anbindung':
      return `leistungen/${kontext.leistung}/anbindung.yaml`;
    case 'kommune':
      return `kommunen/${kommuneId(kontext.titel!)}.yaml`;
    default:
      throw new Error('Die Art des Dokuments fehlt.');
  }
}

export async function ziel(kontext: Kontext): Promise<void> {
  kontext.datei = zielPfad(kontext);
  const absolut = join(kontext.inhaltsOrdner, kontext.datei);
  if (existsSync(absolut)) {
    abbrechen(
      kontext,
      `Die Datei ${relative(kontext.wurzel, absolut)} gibt es schon; sie wird nicht überschrieben. Wählen Sie einen anderen Titel${kontext.art === 'konzept' ? ' oder eine andere Art' : ''} oder bearbeiten Sie die vorhandene Datei.`,
    );
  }
}
