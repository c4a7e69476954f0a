/**
 * Brücke zwischen Seiten und dem reinen Kern der Suche: Synonyme aus dem
 * Glossar dieses Builds und das Datum für Seiten ohne eigenes Datum.
 */
import { atlas } from '../atlas.ts';
import { historie } from '../git.ts';
import { heute } from '../../schemas/index.ts';
import { indexierterText, synonymeFuer } from './synonyme.ts';

/** Synonyme aus dem Glossar für den gerenderten Inhalt einer Seite (nur was auch in den Index kommt). */
export async function synonymeFuerHtml(html: string): Promise<string[]> {
  const { glossar } = await atlas();
  return synonymeFuer(
    indexierterText(html),
    glossar.map((e) => e.data),
  );
}

/**
 * Sortierdatum des Glossars: Es hat kein eigenes Datum; genommen wird die
 * letzte Änderung von glossar.yaml laut git, ohne Versionsgeschichte der
 * Build-Tag.
 */
export async function glossarDatum(): Promise<string> {
  const { glossar } = await atlas();
  const datei = glossar[0]?.filePath;
  return (datei && historie().aenderungen(datei)[0]?.datum) || heute();
}
