/**
 * Zwischenspeicher der Inhaltsprüfung im Cache-Ordner des Builds: je Datei
 * (Schlüssel: Pfad und Inhalt) das Ergebnis der MDX-Regeln mit den Fragen,
 * die die Datei an andere Seiten gestellt hat (abhaengigkeiten.ts), ihre
 * Anker und Diagramme; je Mermaid-Diagramm (Schlüssel: sein Code) das, was
 * Mermaid dazu sagt. Eine zweite Prüfung nach einer Änderung an einer Datei
 * liest und prüft nur diese Datei neu; die Regeln über Dateien hinweg
 * (Links und Anker, Verweise, Glossar, Schemas) laufen jedes Mal über alle.
 *
 * Alles hängt außerdem an einer Version, die sich mit dem Code der Prüfung,
 * den Schemas und den installierten Paketen ändert: Nach einem Update oder
 * einer neuen Regel wird alles neu geprüft.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DateiErgebnis } from '../treiber/index.ts';
import type { DiagrammErgebnis } from '../kern/typen.ts';

export type { DateiErgebnis } from '../treiber/index.ts';

interface Inhalt {
  version: string;
  dateien: Record<string, DateiErgebnis>;
  diagramme: Record<string, DiagrammErgebnis>;
}

const PROJEKT = fileURLToPath(new URL('../../../', import.meta.url));

/** Quelltexte, von denen Befunde abhängen: die Prüfung selbst, Schemas, erlaubte Komponenten, Adressen. */
const QUELLEN = ['src/pruefung', 'src/schemas', 'src/modell/begriffe.ts', 'src/modell/slug.ts', 'src/modell/urls.ts'];

function dateienUnter(pfad: string): string[] {
  if (!existsSync(pfad)) return [];
  if (!pfad.endsWith('.ts') && !pfad.endsWith('.astro')) {
    return readdirSync(pfad, { recursive: true, encoding: 'utf8' })
      .filter((d) => /\.(ts|astro)$/.test(d))
      .sort()
      .map((d) => join(pfad, d));
  }
  return [pfad];
}

let version: string | undefined;

/** Kennung von Prüfcode und Paketen (package-lock.json: remark, mermaid, happy-dom, yaml, zod …). */
export function pruefVersion(): string {
  if (version) return version;
  const hash = createHash('sha256');
  for (const datei of [...QUELLEN.flatMap((q) => dateienUnter(join(PROJEKT, q))), join(PROJEKT, 'package-lock.json')]) {
    hash.update(datei.slice(PROJEKT.length)).update('\0');
    if (existsSync(datei)) hash.update(readFileSync(datei));
  }
  return (version = hash.digest('hex'));
}

const hashVon = (...teile: string[]) => createHash('sha256').update(teile.join('\0')).digest('base64url');

/** Der Zwischenspeicher einer Prüfung: gelesen am Anfang, geschrieben am Ende mit genau den Einträgen dieses Laufs. */
export class PruefCache {
  private readonly pfad: string | undefined;
  private readonly alt: Inhalt;
  private readonly neu: Inhalt;
  treffer = 0;
  fehlschlaege = 0;

  private constructor(pfad: string | undefined, alt: Inhalt) {
    this.pfad = pfad;
    this.alt = alt;
    this.neu = { version: alt.version, dateien: {}, diagramme: {} };
  }

  /** Liest den Zwischenspeicher aus `ordner`; ohne Ordner (Tests, npm run pruefen) speichert er nichts. */
  static lade(ordner: string | undefined): PruefCache {
    const leer: Inhalt = { version: pruefVersion(), dateien: {}, diagramme: {} };
    if (!ordner) return new PruefCache(undefined, leer);
    const datei = join(ordner, 'inhaltspruefung.json');
    try {
      const gelesen = JSON.parse(readFileSync(datei, 'utf8')) as Inhalt;
      return new PruefCache(datei, gelesen.version === leer.version ? gelesen : leer);
    } catch {
      // Fehlt oder ist beschädigt: dann eben alles neu prüfen.
      return new PruefCache(datei, leer);
    }
  }

  /** Schlüssel einer Datei: Pfad (steht in Befunden, bestimmt Adresse und Art) und Inhalt. */
  static schluessel(datei: string, quelltext: string): string {
    return hashVon(datei, quelltext);
  }

  datei(schluessel: string): DateiErgebnis | undefined {
    const e = this.alt.dateien[schluessel];
    if (e) {
      this.treffer++;
      this.neu.dateien[schluessel] = e;
    } else this.fehlschlaege++;
    return e;
  }

  merkeDatei(schluessel: string, ergebnis: DateiErgebnis): void {
    this.neu.dateien[schluessel] = ergebnis;
  }

  diagramm(code: string): DiagrammErgebnis | undefined {
    const schluessel = hashVon(code);
    const e = this.alt.diagramme[schluessel];
    if (e) this.neu.diagramme[schluessel] = e;
    return e;
  }

  merkeDiagramm(code: string, ergebnis: DiagrammErgebnis): void {
    this.neu.diagramme[hashVon(code)] = ergebnis;
  }

  /** Schreibt die Einträge dieses Laufs (nicht mehr benutzte fallen weg), erst in eine temporäre Datei, dann umbenannt. */
  speichere(): void {
    if (!this.pfad) return;
    mkdirSync(dirname(this.pfad), { recursive: true });
    const temporaer = `${this.pfad}.${process.pid}.tmp`;
    writeFileSync(temporaer, JSON.stringify(this.neu));
    renameSync(temporaer, this.pfad);
  }
}
