/**
 * Regel „schema“: Jeder Eintrag wird gegen das Schema seiner Sammlung geprüft
 * (src/schemas/, dieselben Schemas wie die Website). Fehlt ein Wert ganz,
 * meldet das „pflichtfeld“, ist ein Feld unbekannt, „unbekanntes-feld“; ist
 * das YAML unlesbar, „yaml“. Vorher werden alle Werte auf unsichtbare Zeichen
 * und täuschende Adressen geprüft.
 */
import type { z } from 'astro/zod';
import { GLOSSAR, SAMMLUNGEN, type SammlungName } from '../../modell/sammlungen.ts';
import { feldPfad, type Befund } from '../kern/befund.ts';
import { beschreibungVon, teilschema } from '../kern/schema-info.ts';
import type { GepruefterEintrag, RegelInfo, RohEintrag } from '../kern/typen.ts';
import { pruefeYamlTaeuschung } from './hilfen/yaml-taeuschung.ts';
import { fehltWert, pflichtfeld } from './pflichtfeld.ts';
import { unbekannteFelder } from './unbekanntes-feld.ts';
import { yamlBefunde } from './yaml.ts';

export const schema: RegelInfo = {
  name: 'schema',
  beschreibung: 'Ein Wert passt nicht (Datum, Auswahlwert, Länge, Schlüssel).',
};

function schemaDerSammlung(sammlung: SammlungName): z.ZodType {
  return sammlung === 'glossar' ? GLOSSAR.schema : SAMMLUNGEN[sammlung].schema;
}

/** Übersetzt ein Zod-Problem in Befunde mit Stelle und Hinweis. */
function befundeAusProblem(eintrag: RohEintrag, zod: z.ZodType, problem: z.core.$ZodIssue): Befund[] {
  const pfad = problem.path;
  if (problem.code === 'unrecognized_keys') return unbekannteFelder(eintrag, zod, problem);
  // Die Beschreibung des Feldes oder, bei Listenelementen, die der Liste.
  const beschreibung = [pfad, pfad.slice(0, -1)].map((p) => beschreibungVon(teilschema(zod, p))).find(Boolean);
  // Fehlt der Wert ganz, sagt „Pflichtfeld fehlt“ mehr als die Regel des Feldes (z. B. „Erlaubt sind: …“).
  const fehlt = problem.code !== 'custom' && fehltWert(eintrag.yaml.daten, pfad);
  const name = String(pfad.at(-1) ?? '');
  return [
    {
      datei: eintrag.datei,
      ...eintrag.yaml.stelleVon(pfad),
      regel: fehlt ? pflichtfeld.name : schema.name,
      feld: pfad.length ? feldPfad(pfad) : undefined,
      meldung: fehlt ? `Das Pflichtfeld „${name}“ fehlt.` : problem.message,
      hinweis: fehlt
        ? `Ergänzen Sie „${name}: …“${beschreibung ? ` (${beschreibung})` : ''}.`
        : beschreibung
          ? `Erwartet: ${beschreibung}.`
          : 'Korrigieren Sie den Wert.',
    },
  ];
}

/** Prüft jeden Eintrag gegen sein Schema. Gibt die gültigen Einträge mit ihren Daten und alle Befunde zurück. */
export function pruefeSchemas(eintraege: readonly RohEintrag[]): { gueltig: GepruefterEintrag[]; befunde: Befund[] } {
  const gueltig: GepruefterEintrag[] = [];
  const befunde: Befund[] = [];
  for (const eintrag of eintraege) {
    if (eintrag.yaml.fehler.length) {
      befunde.push(...yamlBefunde(eintrag.datei, eintrag.yaml.fehler));
      continue;
    }
    // Unsichtbare Zeichen und täuschende Adressen in jedem Wert (titel landet in <title> und <h1>).
    befunde.push(...pruefeYamlTaeuschung(eintrag));
    const zod = schemaDerSammlung(eintrag.sammlung);
    const ergebnis = zod.safeParse(eintrag.yaml.daten ?? {});
    if (ergebnis.success) gueltig.push({ ...eintrag, daten: ergebnis.data });
    else befunde.push(...ergebnis.error.issues.flatMap((p) => befundeAusProblem(eintrag, zod, p)));
  }
  return { gueltig, befunde };
}
