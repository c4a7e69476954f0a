/**
 * Brücke zwischen Seiten und dem reinen Kern der Suche: Synonyme aus dem
 * Glossar dieses Builds und das Datum für Seiten ohne eigenes Datum.
 */
import { atlas } from '../atlas.ts';
import { historie } from '../git.ts';
import { heute } from '../../schemas/index.ts';
import { kompositaFuer } from './komposita.ts';
import { indexierterText, synonymeFuer } from './synonyme.ts';

/** Was eine Seite unsichtbar zusätzlich durchsuchbar macht (SuchAngaben.astro). */
export interface SuchZusaetze {
  /** Andere Namen der Glossarbegriffe im Text; schwach gewichtet, die Seite erwähnt sie nur. */
  synonyme: string[];
  /** Andere Namen der Glossarbegriffe im Namen des Themas, z. B. „OSCI“ für „OSCI-Transport“; stark gewichtet. */
  themaSynonyme: string[];
  /** Teile und Ganzes deutscher Zusammensetzungen im Text. */
  komposita: string[];
}

/** Synonyme und Zusammensetzungen für den gerenderten Inhalt einer Seite (nur was auch in den Index kommt). */
export async function suchZusaetze(html: string, thema: readonly string[] = []): Promise<SuchZusaetze> {
  const glossar = (await atlas()).glossar.map((e) => e.data);
  const text = indexierterText(html);
  const themaText = thema.join(' · ');
  return {
    synonyme: synonymeFuer(text, glossar),
    themaSynonyme: themaText ? synonymeFuer(themaText, glossar) : [],
    komposita: kompositaFuer(text),
  };
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
