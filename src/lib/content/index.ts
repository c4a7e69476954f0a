/**
 * Die Inhaltsprüfung als Ganzes: lesen, Schemas, Verweise, MDX (sichere
 * Teilmenge, Überschriften, Pflichtabschnitte, Links, Bilder, Begriffe) und
 * Mermaid-Diagramme. Dieselbe Funktion läuft in npm run pruefen und vor dem
 * Build (src/integrations/inhalte-pruefen.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { GlossarEintrag } from '../../schemas/index.ts';
import { begriffSchluessel } from '../begriffe.ts';
import { slug } from '../slug.ts';
import { adresseJeSammlung, festeSeiten, pfad } from '../urls.ts';
import { sortiereBefunde, type Befund } from './befund.ts';
import { ladeInhalte, type RohEintrag } from './laden.ts';
import { leseMdx, pruefeMdx, type MdxDokument, type MdxKontext } from './mdx.ts';
import { pruefeDiagramme } from './mermaid.ts';
import { pruefePflichtseiten, pruefeSchemas, pruefeVerweise, type GepruefterEintrag } from './pruefen.ts';
import { adresseVonDatei, type SammlungName } from './sammlungen.ts';

export { formatiereBefunde, istFehler, schwereVon, type Befund } from './befund.ts';
export type { GepruefterEintrag } from './pruefen.ts';

/** Adresse der Seite eines Eintrags ohne Pfad der Website, wie Autorinnen sie schreiben (src/lib/urls.ts). */
export function adresseVon(sammlung: Exclude<SammlungName, 'glossar'>, id: string): string {
  return adresseJeSammlung[sammlung](id);
}

/** Prüft den ganzen Inhaltsordner und gibt alle Befunde auf einmal zurück. */
export async function pruefeInhaltsordner(
  ordner: string,
  anzeigeBasis = process.cwd(),
): Promise<{ eintraege: GepruefterEintrag[]; befunde: Befund[] }> {
  const inhaltsOrdner = resolve(ordner);
  const basis = resolve(anzeigeBasis);
  if (!existsSync(inhaltsOrdner)) {
    const datei = relative(basis, inhaltsOrdner).split(sep).join('/') || '.';
    return {
      eintraege: [],
      befunde: [
        {
          datei,
          zeile: 1,
          spalte: 1,
          regel: 'ort',
          meldung: `Den Inhaltsordner ${datei}/ gibt es nicht.`,
          hinweis: 'Starten Sie im Projektordner oder setzen Sie ATLAS_CONTENT_DIR auf den Ordner mit den Inhalten.',
        },
      ],
    };
  }
  const { eintraege, befunde: ortBefunde } = ladeInhalte(inhaltsOrdner, basis);
  const { gueltig, befunde: schemaBefunde } = pruefeSchemas(eintraege);
  const verweisBefunde = pruefeVerweise(eintraege, gueltig);
  const anzeigeOrdner = relative(basis, inhaltsOrdner).split(sep).join('/') || '.';
  const seitenBefunde = pruefePflichtseiten(eintraege, anzeigeOrdner);
  const mdxBefunde = await pruefeMdxInhalte(eintraege, inhaltsOrdner, basis);
  return {
    eintraege: gueltig,
    befunde: sortiereBefunde([...ortBefunde, ...schemaBefunde, ...verweisBefunde, ...seitenBefunde, ...mdxBefunde]),
  };
}

/**
 * Prüft den Text aller MDX-Dateien, auch derer mit fehlerhaftem Front Matter:
 * Unsicheres MDX wird immer gemeldet. Zuerst werden alle Dateien gelesen, weil
 * Links die Anker anderer Seiten kennen müssen.
 */
async function pruefeMdxInhalte(eintraege: RohEintrag[], inhaltsOrdner: string, anzeigeBasis: string): Promise<Befund[]> {
  const befunde: Befund[] = [];
  const dokumente: MdxDokument[] = [];
  for (const eintrag of eintraege) {
    if (eintrag.text === undefined) continue;
    const gelesen = leseMdx(eintrag);
    dokumente.push(gelesen.dokument);
    befunde.push(...gelesen.befunde);
  }
  // Der Worker liest die Diagramme parallel zu den übrigen Regeln.
  const diagrammBefunde = pruefeDiagramme(dokumente.flatMap((d) => d.diagramme));
  const dokumentVon = new Map(dokumente.map((d) => [d.eintrag, d]));

  const glossar = glossarBegriffe(eintraege);
  const ziele = linkZiele(eintraege, glossar, (e) => dokumentVon.get(e)?.anker);
  // Die Regeln sind rein; Dateizugriffe (Bilder, Ziele relativer Links) reicht dieser Rand herein.
  const imInhalt = (pfad: string) => resolve(inhaltsOrdner, ...pfad.split('/'));
  const kontext: MdxKontext = {
    ziele,
    glossar,
    anzeigeOrdner: relative(anzeigeBasis, inhaltsOrdner).split(sep).join('/') || '.',
    adresseVonDatei,
    dateiExistiert: (pfad) => statSync(imInhalt(pfad), { throwIfNoEntry: false })?.isFile() ?? false,
    leseText: (pfad) => (statSync(imInhalt(pfad), { throwIfNoEntry: false })?.isFile() ? readFileSync(imInhalt(pfad), 'utf8') : undefined),
  };

  for (const dokument of dokumente) befunde.push(...pruefeMdx(dokument, kontext));
  befunde.push(...(await diagrammBefunde));
  return befunde;
}

/**
 * Jede Adresse der Website mit den Ankern ihrer Seite, für die Link-Prüfung.
 * Exportiert für den Beitragseditor, der dieselben Ziele im Browser braucht.
 */
export function linkZiele(
  eintraege: readonly RohEintrag[],
  glossar: ReadonlyMap<string, string>,
  ankerVon: (eintrag: RohEintrag) => ReadonlySet<string> | undefined,
): Map<string, ReadonlySet<string>> {
  const ziele = new Map<string, ReadonlySet<string>>(festeSeiten().map((a) => [a, new Set<string>()]));
  // Anker auf /glossar/ wie in pfad.begriff: der Slug des Begriffs.
  ziele.set(pfad.glossar(), new Set([...new Set(glossar.values())].map(slug)));
  for (const eintrag of eintraege) {
    if (eintrag.sammlung === 'glossar') continue;
    ziele.set(adresseVon(eintrag.sammlung, eintrag.id), ankerVon(eintrag) ?? new Set());
    // Jede Leistung hat ein Dossier; seine Anker tragen Präfixe und sind nicht für Links aus dem Text gedacht.
    if (eintrag.sammlung === 'leistungen') ziele.set(pfad.dossier(eintrag.id), new Set());
  }
  return ziele;
}

/** Begriffe und Synonyme aus dem Glossar in Vergleichsform (`begriffSchluessel`, wie die Komponente), mit ihrem Begriff. */
export function glossarBegriffe(eintraege: readonly RohEintrag[]): Map<string, string> {
  const daten = eintraege.find((e) => e.sammlung === 'glossar')?.yaml.daten;
  const begriffe = new Map<string, string>();
  if (!Array.isArray(daten)) return begriffe;
  for (const eintrag of daten as Partial<GlossarEintrag>[]) {
    if (typeof eintrag?.begriff !== 'string') continue;
    for (const name of [eintrag.begriff, ...(Array.isArray(eintrag.synonyme) ? eintrag.synonyme : [])]) {
      if (typeof name === 'string') begriffe.set(begriffSchluessel(name), eintrag.begriff);
    }
  }
  return begriffe;
}

/** Pfad einer Datei relativ zur Anzeigebasis, wie er in Befunden steht. */
export function anzeigePfad(datei: string, anzeigeBasis = process.cwd()): string {
  return relative(resolve(anzeigeBasis), resolve(datei)).split(sep).join('/');
}
