/**
 * Die Inhaltsprüfung als Ganzes: lesen, Schemas, Verweise, MDX (sichere
 * Teilmenge, Überschriften, Pflichtabschnitte, Links, Bilder, Begriffe) und
 * Mermaid-Diagramme. Dieselbe Funktion läuft in npm run pruefen und vor dem
 * Build (src/integrations/inhalte-pruefen.ts).
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { GlossarEintrag } from '../../schemas/index.ts';
import { begriffSchluessel } from '../../modell/begriffe.ts';
import { slug } from '../../modell/slug.ts';
import { adresseJeSammlung, festeSeiten, pfad } from '../../modell/urls.ts';
import { sortiereBefunde, type Befund } from '../kern/befund.ts';
import { ladeInhalte, type RohEintrag } from './laden.ts';
import { visit, EXIT } from 'unist-util-visit';
import { giltNoch, vorlaeufigerKontext, type FesterKontext } from '../treiber/abhaengigkeiten.ts';
import { PruefCache, type DateiErgebnis } from './cache.ts';
import { leseMdx, pruefeMdx, type MdxDokument, type MdxKontext } from '../treiber/mdx.ts';
import type { BildInfo } from '../kern/typen.ts';
import { pruefeDiagramme } from './mermaid.ts';
import { pruefePflichtseiten, pruefeSchemas, pruefeVerweise, type GepruefterEintrag } from '../treiber/daten.ts';
import { adresseVonDatei, type SammlungName } from '../../modell/sammlungen.ts';
import { schemaVon } from '../kern/url.ts';

export { formatiereBefunde, istFehler, schwereVon, type Befund } from '../kern/befund.ts';
export type { GepruefterEintrag } from '../treiber/daten.ts';

/** Adresse der Seite eines Eintrags ohne Pfad der Website, wie Autorinnen sie schreiben (src/modell/urls.ts). */
export function adresseVon(sammlung: Exclude<SammlungName, 'glossar'>, id: string): string {
  return adresseJeSammlung[sammlung](id);
}

/** Wie die Prüfung laufen soll. */
export interface PruefOptionen {
  /** Ordner für den Zwischenspeicher (cache.ts); ohne ihn wird alles frisch geprüft und nichts gespeichert. */
  cacheOrdner?: string | undefined;
}

/** Prüft den ganzen Inhaltsordner und gibt alle Befunde auf einmal zurück. */
export async function pruefeInhaltsordner(
  ordner: string,
  anzeigeBasis = process.cwd(),
  optionen: PruefOptionen = {},
): Promise<{ eintraege: GepruefterEintrag[]; befunde: Befund[] }> {
  const { eintraege, befunde, diagramme } = await starteInhaltspruefung(ordner, anzeigeBasis, optionen);
  return { eintraege, befunde: sortiereBefunde([...befunde, ...(await diagramme)]) };
}

/** Ergebnis von starteInhaltspruefung: alles außer Mermaid sofort, Mermaid, sobald der Worker fertig ist. */
export interface LaufendePruefung {
  eintraege: GepruefterEintrag[];
  befunde: Befund[];
  /** Befunde zu Mermaid-Diagrammen (Lesbarkeit, accTitle/accDescr, keine Aktionen). */
  diagramme: Promise<Befund[]>;
  /** Wie viele MDX-Dateien aus dem Zwischenspeicher kamen und wie viele neu gelesen wurden. */
  zwischenspeicher: { treffer: number; neu: number };
  /** Jede Adresse mit den Ankern ihrer Seite, wie die Link-Prüfung sie kennt (für den Beitragseditor). */
  ziele: ReadonlyMap<string, ReadonlySet<string>>;
  /** Alle gelesenen Dateien, auch ungültige (für den Beitragseditor: IDs und Dateien wie in der Prüfung). */
  alleEintraege: readonly RohEintrag[];
}

/**
 * Prüft den Inhaltsordner; die Mermaid-Diagramme liest ein Worker weiter,
 * während der Aufrufer schon etwas anderes tun kann (der Build kompiliert
 * derweil, führt aber nichts aus, bevor auch sie geprüft sind).
 */
export async function starteInhaltspruefung(
  ordner: string,
  anzeigeBasis = process.cwd(),
  optionen: PruefOptionen = {},
): Promise<LaufendePruefung> {
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
      diagramme: Promise.resolve([]),
      zwischenspeicher: { treffer: 0, neu: 0 },
      ziele: new Map(),
      alleEintraege: [],
    };
  }
  const cache = PruefCache.lade(optionen.cacheOrdner);
  const { eintraege, befunde: ortBefunde } = ladeInhalte(inhaltsOrdner, basis);
  const { gueltig, befunde: schemaBefunde } = pruefeSchemas(eintraege);
  const verweisBefunde = pruefeVerweise(eintraege, gueltig);
  const anzeigeOrdner = relative(basis, inhaltsOrdner).split(sep).join('/') || '.';
  const seitenBefunde = pruefePflichtseiten(eintraege, anzeigeOrdner);
  const bilder = await leseBilder(inhaltsOrdner);
  const mdx = pruefeMdxInhalte(eintraege, inhaltsOrdner, basis, cache, bilder);
  const diagramme = mdx.diagramme.then((b) => {
    cache.speichere();
    return b;
  });
  return {
    eintraege: gueltig,
    befunde: sortiereBefunde([...ortBefunde, ...schemaBefunde, ...verweisBefunde, ...seitenBefunde, ...mdx.befunde]),
    diagramme,
    zwischenspeicher: { treffer: cache.treffer, neu: cache.fehlschlaege },
    ziele: mdx.ziele,
    alleEintraege: eintraege,
  };
}

/** Was eine MDX-Datei über sich preisgibt, nachdem ihr Baum wieder frei ist. */
interface Gelesen extends DateiErgebnis {
  /** Fragen an andere Seiten; undefined, wenn eine Regel etwas Unaufzeichenbares gefragt hat. */
  offen?: true;
}

/**
 * Liest eine MDX-Datei und prüft sie sofort mit dem vorläufigen Kontext
 * (abhaengigkeiten.ts); danach ist ihr Syntaxbaum frei. Zwischengespeichert
 * wird das Ergebnis nur, wenn es allein vom Inhalt der Datei und den
 * aufgezeichneten Fragen abhängt (Bilder und relative Links fragen die
 * Festplatte und werden darum jedes Mal neu geprüft).
 */
function lesePruefe(eintrag: RohEintrag, fest: FesterKontext): { ergebnis: Gelesen; speicherbar: boolean } {
  const gelesen = leseMdx(eintrag);
  const vorlaeufig = vorlaeufigerKontext(fest);
  const befunde = [...gelesen.befunde, ...pruefeMdx(gelesen.dokument, vorlaeufig.kontext)];
  const abfragen = vorlaeufig.abfragen();
  const ergebnis: Gelesen = {
    anker: [...gelesen.dokument.anker],
    diagramme: gelesen.dokument.diagramme,
    befunde,
    abfragen: abfragen ?? [],
    ...(abfragen ? {} : { offen: true as const }),
  };
  return { ergebnis, speicherbar: abfragen !== undefined && !fragtDieFestplatte(gelesen.dokument.baum) };
}

/** Bilder und relative Links: Ihre Prüfung sieht auf der Festplatte nach. */
function fragtDieFestplatte(baum: MdxDokument['baum']): boolean {
  if (!baum) return false;
  let gefunden = false;
  visit(baum, (knoten) => {
    if (knoten.type === 'image') gefunden = true;
    if ((knoten.type === 'link' || knoten.type === 'definition') && istRelativ(knoten.url)) gefunden = true;
    return gefunden ? EXIT : undefined;
  });
  return gefunden;
}

const istRelativ = (adresse: string) => {
  const a = adresse.trim();
  return a !== '' && !a.startsWith('/') && !a.startsWith('#') && !schemaVon(a);
};

/**
 * Prüft den Text aller MDX-Dateien, auch derer mit fehlerhaftem Front Matter:
 * Unsicheres MDX wird immer gemeldet. Jede Datei wird einmal gelesen und
 * sofort geprüft (oder kommt aus dem Zwischenspeicher); danach wird gegen die
 * Anker aller Seiten und das Glossar nachgesehen, ob die Antworten des
 * vorläufigen Kontexts stimmten. Wo nicht, wird die Datei mit dem echten
 * Kontext neu geprüft.
 */
function pruefeMdxInhalte(
  eintraege: RohEintrag[],
  inhaltsOrdner: string,
  anzeigeBasis: string,
  cache: PruefCache,
  bilder: ReadonlyMap<string, BildInfo | 'unlesbar'>,
): { befunde: Befund[]; diagramme: Promise<Befund[]>; ziele: Map<string, ReadonlySet<string>> } {
  // Die Regeln sind rein; Dateizugriffe (Bilder, Ziele relativer Links) reicht dieser Rand herein.
  const imInhalt = (pfad: string) => resolve(inhaltsOrdner, ...pfad.split('/'));
  const fest: FesterKontext = {
    anzeigeOrdner: relative(anzeigeBasis, inhaltsOrdner).split(sep).join('/') || '.',
    adresseVonDatei,
    dateiExistiert: (pfad) => statSync(imInhalt(pfad), { throwIfNoEntry: false })?.isFile() ?? false,
    leseText: (pfad) => (statSync(imInhalt(pfad), { throwIfNoEntry: false })?.isFile() ? readFileSync(imInhalt(pfad), 'utf8') : undefined),
    bildInfo: (pfad) => bilder.get(pfad),
  };
  const gelesen = new Map<RohEintrag, Gelesen>();
  for (const eintrag of eintraege) {
    if (eintrag.text === undefined) continue;
    const schluessel = PruefCache.schluessel(eintrag.datei, eintrag.quelltext);
    const gespeichert = cache.datei(schluessel);
    if (gespeichert) {
      gelesen.set(eintrag, gespeichert);
      continue;
    }
    const { ergebnis, speicherbar } = lesePruefe(eintrag, fest);
    if (speicherbar) cache.merkeDatei(schluessel, ergebnis);
    gelesen.set(eintrag, ergebnis);
  }
  // Der Worker liest die Diagramme, während die Links gegen alle Seiten nachgesehen werden.
  const diagramme = pruefeDiagramme(
    [...gelesen.values()].flatMap((g) => g.diagramme),
    cache,
  );

  const glossar = glossarBegriffe(eintraege);
  const ziele = linkZiele(eintraege, glossar, (e) => new Set(gelesen.get(e)?.anker ?? []));
  const kontext: MdxKontext = { ...fest, ziele, glossar };

  const befunde: Befund[] = [];
  for (const [eintrag, g] of gelesen) {
    if (!g.offen && giltNoch(g.abfragen, kontext)) {
      befunde.push(...g.befunde);
      continue;
    }
    // Eine Antwort des vorläufigen Kontexts stimmt nicht (etwa ein Link auf einen fehlenden Anker): echt prüfen.
    const neu = leseMdx(eintrag);
    befunde.push(...neu.befunde, ...pruefeMdx(neu.dokument, kontext));
  }
  return { befunde, diagramme, ziele };
}

/**
 * Liest jede Bilddatei neben den Inhalten mit Astros eigenem Leser
 * (imageMetadata), wie der Build es täte: Was er nicht lesen kann, meldet die
 * Regel „bild“ vorher. Symbolische Verknüpfungen meldet schon laden.ts; ihnen
 * wird hier nicht gefolgt.
 */
async function leseBilder(inhaltsOrdner: string): Promise<Map<string, BildInfo | 'unlesbar'>> {
  const bilder = new Map<string, BildInfo | 'unlesbar'>();
  const { imageMetadata } = await import('astro/assets/utils');
  for (const e of readdirSync(inhaltsOrdner, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !BILD.test(e.name)) continue;
    const absolut = join(e.parentPath, e.name);
    const pfad = relative(inhaltsOrdner, absolut).split(sep).join('/');
    // Für Format und Maße genügt der Anfang; ein riesiges Bild wird nicht ganz gelesen.
    const groesse = statSync(absolut).size;
    const anfang = Buffer.alloc(Math.min(groesse, 2_000_000));
    const fd = openSync(absolut, 'r');
    try {
      readSync(fd, anfang, 0, anfang.length, 0);
    } finally {
      closeSync(fd);
    }
    try {
      const info = await imageMetadata(anfang, pfad);
      bilder.set(pfad, { format: String(info.format), breite: info.width, hoehe: info.height, bytes: groesse });
    } catch {
      bilder.set(pfad, 'unlesbar');
    }
  }
  return bilder;
}

const BILD = /\.(?:png|jpe?g|gif|webp|avif|svg)$/i;

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
    // Eine feste Seite (etwa /glossar/) behält ihre Anker; eine Datei mit derselben Adresse meldet laden.ts.
    const adresse = adresseVon(eintrag.sammlung, eintrag.id);
    if (!ziele.has(adresse)) ziele.set(adresse, ankerVon(eintrag) ?? new Set());
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
