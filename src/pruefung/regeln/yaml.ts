/** Regel „yaml“: Der Kopfbereich oder die YAML-Datei lässt sich nicht lesen; Meldungen auf Deutsch je Fehlercode. */
import type { Befund } from '../kern/befund.ts';
import type { GelesenesYaml } from '../kern/frontmatter.ts';
import type { RegelInfo } from '../kern/typen.ts';

export const yaml: RegelInfo = {
  name: 'yaml',
  beschreibung: 'Der Kopfbereich ist kein gültiges YAML (Einrückung, Anführungszeichen).',
};

/** Deutsche Meldungen zu den Fehlercodes des yaml-Pakets. */
const YAML_FEHLER: Record<string, string> = {
  MISSING_CHAR: 'Ein Anführungszeichen oder eine Klammer wird nicht geschlossen.',
  DUPLICATE_KEY: 'Ein Feld steht zweimal da.',
  TAB_AS_INDENT: 'Die Zeile ist mit einem Tabulator eingerückt; YAML erlaubt nur Leerzeichen.',
  BAD_INDENT: 'Die Einrückung stimmt nicht, oder eine Liste […] wird nicht mit „]“ geschlossen.',
  BLOCK_AS_IMPLICIT_KEY: 'In einer Zeile stehen zwei Doppelpunkte; ein Text mit „:“ gehört in Anführungszeichen.',
  MULTILINE_IMPLICIT_KEY:
    'Ein Feldname reicht über mehrere Zeilen; meist fehlt ein Doppelpunkt oder ein Anführungszeichen.',
  UNEXPECTED_TOKEN:
    'An dieser Stelle steht etwas, das nicht zur Struktur passt (Einrückung oder fehlender Doppelpunkt?).',
  BAD_SCALAR_START:
    'Ein Wert beginnt mit einem Zeichen, das in YAML etwas anderes bedeutet (@, `, %, * oder &); setzen Sie ihn in Anführungszeichen.',
  MULTIPLE_DOCS:
    'Hier beginnt ein zweiter Kopfbereich (eine Zeile „...“ oder „---“ mit Text dahinter); eine Datei hat nur einen.',
  BLOCK_IN_FLOW: 'In einer Liste […] steht eine eingerückte Struktur; schreiben Sie die Liste mit „- “ je Zeile.',
};

/**
 * Befunde zu Syntaxfehlern im YAML, mit deutscher Meldung je Fehlercode.
 * Folgefehler derselben Ursache (der yaml-Parser meldet oft mehrere) nur einmal je Zeile.
 */
export function yamlBefunde(datei: string, fehler: GelesenesYaml['fehler']): Befund[] {
  const zeilen = new Set<number>();
  const befunde: Befund[] = [];
  for (const f of fehler) {
    if (zeilen.has(f.stelle.zeile)) continue;
    zeilen.add(f.stelle.zeile);
    befunde.push({
      datei,
      ...f.stelle,
      regel: yaml.name,
      meldung: f.hinweis
        ? f.meldung
        : `Das YAML ist fehlerhaft: ${YAML_FEHLER[f.code] ?? 'Die Zeile lässt sich nicht lesen.'}`,
      hinweis:
        f.hinweis ??
        'Prüfen Sie Einrückung (Leerzeichen, keine Tabs), Doppelpunkte und Anführungszeichen; Texte mit „:“ oder „#“ gehören in Anführungszeichen.',
    });
  }
  return befunde;
}
