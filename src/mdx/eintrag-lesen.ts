/**
 * Wie der Build eine Inhaltsdatei liest: mit denselben Funktionen wie die
 * Prüfung (zerlegeMdx und leseYaml aus src/pruefung/kern/frontmatter.ts).
 *
 * Warum nicht mit Astros eigenen Lesern: @astrojs/mdx trennt das Front Matter
 * mit einem anderen Ausdruck (es endet an der ersten Zeile, die mit „---“
 * beginnt, auch an „----“) und liest YAML mit js-yaml, das Typangaben und
 * Merge-Schlüssel anders versteht als die Prüfung. Zwei Leser für dieselbe
 * Datei sind zwei Wahrheiten (Issue 20); hier gibt es eine. Eine symbolische
 * Verknüpfung liest der Build nicht, auch wenn die Prüfung sie übersehen hätte.
 */
import { lstatSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { leseYaml, zerlegeMdx } from '../pruefung/kern/frontmatter.ts';
import { baufehler } from './baufehler.ts';

/** Was Astros Loader von einer Datei wissen will (`getEntryInfo`). */
export interface EintragInfo {
  data: Record<string, unknown>;
  body?: string;
  rawData: string;
}

/** Wirft den ersten YAML-Fehler als Baufehler mit Zeile. */
function daten(datei: string, yaml: string, zeilenVersatz: number): Record<string, unknown> {
  const gelesen = leseYaml(yaml, zeilenVersatz);
  const fehler = gelesen.fehler[0];
  if (fehler) {
    throw baufehler(
      datei,
      Object.assign(new Error(`Das YAML ist fehlerhaft: ${fehler.meldung}`), { zeile: fehler.stelle.zeile }),
    );
  }
  const wert = gelesen.daten;
  return wert && typeof wert === 'object' && !Array.isArray(wert) ? (wert as Record<string, unknown>) : {};
}

function keineVerknuepfung(datei: string): void {
  if (lstatSync(datei).isSymbolicLink()) {
    throw baufehler(datei, new Error('Die Datei ist eine symbolische Verknüpfung; der Build folgt ihr nicht.'));
  }
}

/** `getEntryInfo` für .mdx: Front Matter und Text wie in der Prüfung. */
export function mdxEintrag({ contents, fileUrl }: { contents: string; fileUrl: URL }): EintragInfo {
  const datei = fileURLToPath(fileUrl);
  keineVerknuepfung(datei);
  const teile = zerlegeMdx(contents);
  if (!teile) throw baufehler(datei, new Error('Die Datei beginnt nicht mit einem Front-Matter-Block („---“).'));
  return { data: daten(datei, teile.yaml, 1), body: teile.text.trim(), rawData: teile.yaml };
}

/** `getEntryInfo` für .yaml und .yml: YAML wie in der Prüfung. */
export function yamlEintrag({ contents, fileUrl }: { contents: string; fileUrl: URL }): EintragInfo {
  const datei = fileURLToPath(fileUrl);
  keineVerknuepfung(datei);
  return { data: daten(datei, contents, 0), rawData: contents };
}

/** Eine YAML-Liste (das Glossar) wie in der Prüfung; für den `parser` von Astros file()-Loader. */
export function yamlListe(datei: string, text: string): unknown[] {
  keineVerknuepfung(datei);
  const gelesen = leseYaml(text);
  const fehler = gelesen.fehler[0];
  if (fehler) {
    throw baufehler(
      datei,
      Object.assign(new Error(`Das YAML ist fehlerhaft: ${fehler.meldung}`), { zeile: fehler.stelle.zeile }),
    );
  }
  return Array.isArray(gelesen.daten) ? gelesen.daten : [];
}
