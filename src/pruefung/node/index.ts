/**
 * Der Node-Rand der Prüfung: liest den Inhaltsordner von der Platte, die
 * Bilder mit Astros eigenem Leser, hält den Zwischenspeicher und den
 * Mermaid-Worker und ruft damit den einen Treiber (treiber/index.ts), den
 * auch der Beitragseditor im Browser ruft. Genutzt von npm run pruefen
 * (cli/pruefen.ts) und vom Build (src/integrations/inhalte-pruefen.ts).
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { adresseVonDatei } from '../../modell/sammlungen.ts';
import { sortiereBefunde, type Befund } from '../kern/befund.ts';
import type { BildInfo, GepruefterEintrag } from '../kern/typen.ts';
import { pruefeEintraege } from '../treiber/index.ts';
import { PruefCache } from './cache.ts';
import { ladeInhalte, type RohEintrag } from './laden.ts';
import { leseDiagrammeMitSpeicher } from './mermaid.ts';

export { formatiereBefunde, istFehler, schwereVon, type Befund } from '../kern/befund.ts';
export type { GepruefterEintrag } from '../kern/typen.ts';
export { adresseVon, glossarBegriffe, linkZiele } from '../treiber/index.ts';

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
  const bilder = await leseBilder(inhaltsOrdner);
  // Die Regeln sind rein; Dateizugriffe (Bilder, Ziele relativer Links), Cache und Worker reicht dieser Rand herein.
  const imInhalt = (pfad: string) => resolve(inhaltsOrdner, ...pfad.split('/'));
  const ergebnis = pruefeEintraege(eintraege, {
    anzeigeOrdner: relative(basis, inhaltsOrdner).split(sep).join('/') || '.',
    adresseVonDatei,
    dateiExistiert: (pfad) => statSync(imInhalt(pfad), { throwIfNoEntry: false })?.isFile() ?? false,
    leseText: (pfad) =>
      statSync(imInhalt(pfad), { throwIfNoEntry: false })?.isFile() ? readFileSync(imInhalt(pfad), 'utf8') : undefined,
    bildInfo: (pfad) => bilder.get(pfad),
    speicher: {
      hole: (e) => cache.datei(PruefCache.schluessel(e.datei, e.quelltext)),
      merke: (e, r) => cache.merkeDatei(PruefCache.schluessel(e.datei, e.quelltext), r),
    },
    leseDiagramme: (diagramme) => leseDiagrammeMitSpeicher(diagramme, cache),
  });
  const diagramme = ergebnis.diagramme.then(({ befunde }) => {
    cache.speichere();
    return befunde;
  });
  return {
    eintraege: ergebnis.gueltig,
    befunde: sortiereBefunde([...ortBefunde, ...ergebnis.befunde]),
    diagramme,
    zwischenspeicher: ergebnis.zwischenspeicher,
    ziele: ergebnis.ziele,
    alleEintraege: eintraege,
  };
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

/** Pfad einer Datei relativ zur Anzeigebasis, wie er in Befunden steht. */
export function anzeigePfad(datei: string, anzeigeBasis = process.cwd()): string {
  return relative(resolve(anzeigeBasis), resolve(datei)).split(sep).join('/');
}
