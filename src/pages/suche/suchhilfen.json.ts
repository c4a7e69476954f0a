/**
 * /suche/suchhilfen.json: Wortschatz und Frageformen für die Suchseite, beim
 * Bauen aus den Inhalten berechnet (src/lib/suche/suchhilfen.ts). Die
 * Suchseite lädt die Datei von derselben Adresse wie den Index.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { inhaltsOrdner } from '../../config/inhalte.ts';
import { atlas } from '../../lib/atlas.ts';
import { kurznamen } from '../../lib/suche/angaben.ts';
import { wortschatz, type Suchhilfen } from '../../lib/suche/suchhilfen.ts';
import { leseYaml } from '../../pruefung/kern/frontmatter.ts';
import { suchfragenSchema } from '../../schemas/suchfragen.ts';

/** Fehlt content/suchfragen.yaml (etwa in Testinhalten), erkennt die Suche keine Fragen. */
async function leseFragen(): Promise<Suchhilfen['fragen']> {
  let text: string;
  try {
    text = await readFile(join(inhaltsOrdner(), 'suchfragen.yaml'), 'utf8');
  } catch {
    return [];
  }
  // Derselbe Leser wie in der Prüfung (src/pruefung/treiber/datendateien.ts), die die Datei vorher geprüft hat.
  const ergebnis = suchfragenSchema.safeParse(leseYaml(text).daten);
  if (!ergebnis.success) throw new Error(`content/suchfragen.yaml: ${ergebnis.error.message}`);
  return ergebnis.data.map((f) => ({ ...f, muster: f.muster.map((m) => m.toLocaleLowerCase('de')) }));
}

export const GET: APIRoute = async () => {
  const a = await atlas();
  const bezeichnungen = [
    ...a.leistungen.map((e) => e.data.titel),
    ...a.konzepte.map((e) => e.data.titel),
    ...a.querschnitt.map((e) => e.data.titel),
    ...a.beitraege.map((e) => e.data.titel),
    ...a.seiten.map((e) => e.data.titel),
    ...a.kommunen.flatMap((e) => [e.data.name, ...kurznamen(e.data.name)]),
    ...a.glossar.flatMap((e) => [e.data.begriff, e.data.langform ?? '', ...e.data.synonyme]),
  ];
  const fragen = await leseFragen();
  bezeichnungen.push(...fragen.flatMap((f) => f.suchwoerter));
  const hilfen: Suchhilfen = { woerter: wortschatz(bezeichnungen), fragen };
  return new Response(JSON.stringify(hilfen), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
