/**
 * Der eine Treiber der Prüfung: npm run pruefen und der Build (über den
 * Node-Rand node/index.ts) und der Beitragseditor im Browser rufen ihn auf.
 * Rein: Was er von außen braucht (gibt es eine Datei, was steht in einem
 * Bild, was sagt Mermaid zu einem Diagramm, was steht im Zwischenspeicher),
 * reicht der Aufrufer mit der Umgebung herein.
 *
 * Ablauf: Daten gegen ihre Schemas und die Datenregeln (daten.ts); dann jede
 * MDX-Datei einmal lesen und sofort mit einem vorläufigen Kontext prüfen
 * (abhaengigkeiten.ts), sodass ihr Syntaxbaum gleich wieder frei ist; dann
 * jede Antwort des vorläufigen Kontexts gegen alle Seiten nachsehen und, wo
 * eine nicht stimmt, die Datei mit dem echten Kontext neu prüfen. Die
 * Diagramme liest Mermaid derweil (ein Versprechen im Ergebnis).
 */
import type { Root } from 'mdast';
import { alleKnoten } from '../regeln/hilfen/baum.ts';
import { begriffSchluessel } from '../../modell/begriffe.ts';
import { slug } from '../../modell/slug.ts';
import { adresseJeSammlung, festeSeiten, pfad } from '../../modell/urls.ts';
import type { SammlungName } from '../../modell/sammlungen.ts';
import type { GlossarEintrag } from '../../schemas/index.ts';
import { sortiereBefunde, type Befund } from '../kern/befund.ts';
import type {
  DatenRegel,
  Diagramm,
  DiagrammErgebnis,
  GepruefterEintrag,
  MdxDokument,
  MdxKontext,
  RohEintrag,
} from '../kern/typen.ts';
import { schemaVon } from '../kern/url.ts';
import { befundeZuDiagramm } from '../regeln/mermaid-barrierefreiheit.ts';
import { giltNoch, vorlaeufigerKontext, type Abfrage, type FesterKontext } from './abhaengigkeiten.ts';
import { pruefeDaten } from './daten.ts';
import { leseMdx, pruefeMdx } from './mdx.ts';

/** Was von einer geprüften MDX-Datei bleibt, wenn ihr Syntaxbaum frei ist (auch im Zwischenspeicher). */
export interface DateiErgebnis {
  anker: string[];
  diagramme: Diagramm[];
  befunde: Befund[];
  abfragen: Abfrage[];
}

/** Zwischenspeicher je MDX-Datei (Pfad und Inhalt); nur der Node-Rand hat einen. */
export interface DateiSpeicher {
  hole(eintrag: RohEintrag): DateiErgebnis | undefined;
  merke(eintrag: RohEintrag, ergebnis: DateiErgebnis): void;
}

/** Was der Treiber vom Aufrufer braucht. */
export interface Umgebung extends FesterKontext {
  /** Liest Diagramme mit mermaid und gibt je Diagramm das Ergebnis in derselben Reihenfolge (Node: Worker, Browser: Mermaid der Seite). */
  leseDiagramme(diagramme: readonly Diagramm[]): Promise<DiagrammErgebnis[]>;
  speicher?: DateiSpeicher | undefined;
  /**
   * Link-Ziele und Glossar, wenn nicht alle Dateien vorliegen (im Editor aus
   * den Daten der Seite); sonst aus den Einträgen ermittelt.
   */
  ziele?: ReadonlyMap<string, ReadonlySet<string>> | undefined;
  glossar?: ReadonlyMap<string, string> | undefined;
  /**
   * Einträge, die es auf der Website gibt, die hier aber nicht geprüft werden
   * (im Editor: Kommunen, Leistungen, Konzepte aus den Daten der Seite). Sie
   * zählen als Ziele für Verweise.
   */
  bestand?: readonly GepruefterEintrag[] | undefined;
  /** Die Datenregeln; der Editor lässt die Regeln über die ganze Website weg, die er nicht sehen kann. */
  datenRegeln?: readonly DatenRegel[] | undefined;
  /** Heutiges Datum für Regeln mit Fristen (Tests setzen es fest). */
  stichtag?: string | undefined;
  /** Für diese Einträge behält das Ergebnis den Syntaxbaum (die Vorschau im Editor zeichnet ihn). */
  behalteBaum?: ((eintrag: RohEintrag) => boolean) | undefined;
}

export interface Pruefergebnis {
  /** Einträge, deren Daten ihr Schema angenommen hat. */
  gueltig: GepruefterEintrag[];
  /** Alle Befunde außer denen zu Diagrammen, sortiert. */
  befunde: Befund[];
  /** Befunde zu Diagrammen und was Mermaid je Code sagte, sobald Mermaid fertig ist. */
  diagramme: Promise<{ befunde: Befund[]; ergebnisse: ReadonlyMap<string, DiagrammErgebnis> }>;
  /** Jede Adresse mit den Ankern ihrer Seite, wie die Link-Prüfung sie kennt. */
  ziele: ReadonlyMap<string, ReadonlySet<string>>;
  /** Syntaxbäume der Einträge, für die `behalteBaum` ja sagte (fehlt bei einem Syntaxfehler). */
  baeume: Map<RohEintrag, Root | undefined>;
  /** Wie viele MDX-Dateien aus dem Zwischenspeicher kamen und wie viele neu gelesen wurden. */
  zwischenspeicher: { treffer: number; neu: number };
}

/** Prüft alle Einträge; `eintraege` sind alle gelesenen Dateien, auch ungültige. */
export function pruefeEintraege(eintraege: readonly RohEintrag[], umgebung: Umgebung): Pruefergebnis {
  const { gueltig, befunde } = pruefeDaten(eintraege, umgebung, umgebung.datenRegeln, umgebung.bestand);
  const mdx = pruefeMdxInhalte(eintraege, umgebung);
  const diagramme = liesDiagramme(mdx.diagramme, umgebung.leseDiagramme);
  return {
    gueltig,
    befunde: sortiereBefunde([...befunde, ...mdx.befunde]),
    diagramme,
    ziele: mdx.ziele,
    baeume: mdx.baeume,
    zwischenspeicher: mdx.zwischenspeicher,
  };
}

/**
 * Liest jeden Diagramm-Code einmal (`lies` bekommt je Code das erste Diagramm
 * damit) und macht aus dem Ergebnis die Befunde für jedes Diagramm.
 */
export async function liesDiagramme(
  diagramme: readonly Diagramm[],
  lies: Umgebung['leseDiagramme'],
): Promise<{ befunde: Befund[]; ergebnisse: ReadonlyMap<string, DiagrammErgebnis> }> {
  const erste = new Map<string, Diagramm>();
  for (const d of diagramme) if (!erste.has(d.code)) erste.set(d.code, d);
  const gelesen = await lies([...erste.values()]);
  const ergebnisse = new Map([...erste.keys()].map((code, i) => [code, gelesen[i] ?? {}]));
  return { befunde: diagramme.flatMap((d) => befundeZuDiagramm(d, ergebnisse.get(d.code) ?? {})), ergebnisse };
}

/** Was eine MDX-Datei über sich preisgibt, nachdem ihr Baum wieder frei ist. */
interface Gelesen extends DateiErgebnis {
  /** Eine Regel hat etwas Unaufzeichenbares gefragt: immer mit dem echten Kontext neu prüfen. */
  offen?: true;
}

/**
 * Liest eine MDX-Datei und prüft sie sofort mit dem vorläufigen Kontext;
 * danach ist ihr Syntaxbaum frei. Gespeichert wird das Ergebnis nur, wenn es
 * allein vom Inhalt der Datei und den aufgezeichneten Fragen abhängt (Bilder
 * und relative Links fragen nach Dateien und werden darum jedes Mal neu geprüft).
 */
function lesePruefe(
  eintrag: RohEintrag,
  fest: FesterKontext,
): { ergebnis: Gelesen; speicherbar: boolean; baum?: Root | undefined } {
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
  return {
    ergebnis,
    speicherbar: abfragen !== undefined && !fragtNachDateien(gelesen.dokument.baum),
    baum: gelesen.dokument.baum,
  };
}

/** Bilder und relative Links: Ihre Prüfung sieht nach Dateien neben dem Text. */
function fragtNachDateien(baum: MdxDokument['baum']): boolean {
  if (!baum) return false;
  return alleKnoten(baum).some(
    (knoten) =>
      knoten.type === 'image' || ((knoten.type === 'link' || knoten.type === 'definition') && istRelativ(knoten.url)),
  );
}

const istRelativ = (adresse: string) => {
  const a = adresse.trim();
  return a !== '' && !a.startsWith('/') && !a.startsWith('#') && !schemaVon(a);
};

/**
 * Prüft den Text aller MDX-Dateien, auch derer mit fehlerhaftem Front Matter:
 * Unsicheres MDX wird immer gemeldet.
 */
function pruefeMdxInhalte(
  eintraege: readonly RohEintrag[],
  umgebung: Umgebung,
): Pick<Pruefergebnis, 'ziele' | 'baeume' | 'zwischenspeicher'> & { befunde: Befund[]; diagramme: Diagramm[] } {
  const fest: FesterKontext = {
    anzeigeOrdner: umgebung.anzeigeOrdner,
    adresseVonDatei: umgebung.adresseVonDatei,
    dateiExistiert: umgebung.dateiExistiert,
    leseText: umgebung.leseText,
    ...(umgebung.bildInfo ? { bildInfo: umgebung.bildInfo } : {}),
  };
  const gelesen = new Map<RohEintrag, Gelesen>();
  const baeume = new Map<RohEintrag, Root | undefined>();
  const zwischenspeicher = { treffer: 0, neu: 0 };
  for (const eintrag of eintraege) {
    if (eintrag.text === undefined) continue;
    const behalten = umgebung.behalteBaum?.(eintrag) ?? false;
    const gespeichert = behalten ? undefined : umgebung.speicher?.hole(eintrag);
    if (gespeichert) {
      zwischenspeicher.treffer++;
      gelesen.set(eintrag, gespeichert);
      continue;
    }
    zwischenspeicher.neu++;
    const { ergebnis, speicherbar, baum } = lesePruefe(eintrag, fest);
    if (speicherbar) umgebung.speicher?.merke(eintrag, ergebnis);
    if (behalten) baeume.set(eintrag, baum);
    gelesen.set(eintrag, ergebnis);
  }
  const diagramme = [...gelesen.values()].flatMap((g) => g.diagramme);

  const glossar = umgebung.glossar ?? glossarBegriffe(eintraege);
  const ziele = umgebung.ziele ?? linkZiele(eintraege, glossar, (e) => new Set(gelesen.get(e)?.anker ?? []));
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
  return { befunde, diagramme, ziele, baeume, zwischenspeicher };
}

/** Adresse der Seite eines Eintrags ohne Pfad der Website, wie Autorinnen sie schreiben (modell/urls.ts). */
export function adresseVon(sammlung: Exclude<SammlungName, 'glossar'>, id: string): string {
  return adresseJeSammlung[sammlung](id);
}

/**
 * Jede Adresse der Website mit den Ankern ihrer Seite, für die Link-Prüfung
 * (auch für den Beitragseditor, der dieselben Ziele im Browser braucht).
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
