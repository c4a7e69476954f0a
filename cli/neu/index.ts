/**
 * npm run neu: legt ein neues Dokument an (Beitrag, Konzept, Baustein oder
 * Kommunenprofil), mit gültigem Front Matter und allen Pflichtabschnitten.
 * Aufgebaut wie create-astro: ein Schritt je Datei, alle bekommen denselben
 * Kontext; Fragen, Ausgabe und Beenden lassen sich in Tests ersetzen.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ladeInhalte } from '../../src/pruefung/node/laden.ts';
import { pruefeSchemas } from '../../src/pruefung/regeln/schema.ts';
import { inhaltsOrdner } from '../../src/modell/sammlungen.ts';
import { heute, type Kommune, type Leistung } from '../../src/schemas/index.ts';
import { terminalFragen } from './schritte/fragen.ts';
import { HILFE, leseOptionen, type Kontext } from './schritte/kontext.ts';
import { angaben } from './schritte/angaben.ts';
import { art } from './schritte/art.ts';
import { schreiben } from './schritte/schreiben.ts';
import { vorlage } from './schritte/vorlage.ts';
import { ziel } from './schritte/ziel.ts';
import { zuordnung } from './schritte/zuordnung.ts';

/** Die Schritte in ihrer Reihenfolge. */
export const SCHRITTE = [art, zuordnung, angaben, ziel, vorlage, schreiben];

/** Liest den Bestand (gültige Kommunen und Leistungen), damit nur Vorhandenes angeboten wird. */
export function leseBestand(ordner: string): Kontext['bestand'] {
  const { gueltig } = pruefeSchemas(ladeInhalte(ordner).eintraege);
  const nach = <T>(sammlung: string) =>
    new Map(gueltig.filter((e) => e.sammlung === sammlung).map((e) => [e.id, e.daten as T] as const));
  return { kommunen: nach<Kommune>('kommunen'), leistungen: nach<Leistung>('leistungen') };
}

/** Führt alle Schritte aus. */
export async function neu(kontext: Kontext): Promise<void> {
  for (const schritt of SCHRITTE) await schritt(kontext);
}

/** Der Kontext für einen Aufruf; Tests ersetzen frage, ausgabe und beenden. */
export function erstelleKontext(
  args: readonly string[],
  ersatz: Partial<Pick<Kontext, 'frage' | 'ausgabe' | 'beenden' | 'heute'>> & {
    inhaltsOrdner?: string;
    wurzel?: string;
  } = {},
): Kontext {
  const { optionen, fehler } = leseOptionen(args);
  const ordner = resolve(ersatz.inhaltsOrdner ?? inhaltsOrdner());
  const kontext: Kontext = {
    optionen,
    inhaltsOrdner: ordner,
    wurzel: ersatz.wurzel ?? process.cwd(),
    heute: ersatz.heute ?? heute(),
    bestand: leseBestand(ordner),
    frage: ersatz.frage ?? (() => Promise.reject(new Error('Keine Eingabe möglich.'))),
    ausgabe: ersatz.ausgabe ?? ((text) => console.log(text)),
    beenden: ersatz.beenden ?? ((code) => process.exit(code)),
  };
  if (fehler) {
    kontext.ausgabe(`Fehler: ${fehler}\n\n${HILFE}`);
    kontext.beenden(2);
  }
  return kontext;
}

// Als Programm gestartet (npm run neu), nicht als Modul in Tests importiert.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const terminal = terminalFragen();
  try {
    const kontext = erstelleKontext(process.argv.slice(2), { frage: terminal.frage });
    if (kontext.optionen.hilfe) kontext.ausgabe(HILFE);
    else await neu(kontext);
  } catch (fehler) {
    console.error(`\nFehler: ${fehler instanceof Error ? fehler.message : String(fehler)}`);
    process.exitCode = 1;
  } finally {
    terminal.schliessen();
  }
}
