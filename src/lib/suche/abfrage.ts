/**
 * Kern der Suchseite ohne DOM: Zustand ↔ URL, Filter und Sortierung für die
 * JS-API von Pagefind, Facetten mit Zahlen. Die Seite (src/browser/suche.ts)
 * und die Tests über den gebauten Index nutzen dieselben Funktionen.
 */
import { FACETTEN, SORTIERSCHLUESSEL, type Facette } from './angaben.ts';

export const SORTIERUNGEN = ['relevanz', 'datum'] as const;
export type Sortierung = (typeof SORTIERUNGEN)[number];

/** Alles, was eine Suche ausmacht; steht vollständig in der URL. */
export interface SuchZustand {
  q: string;
  filter: Record<Facette, string[]>;
  sortierung: Sortierung;
}

/**
 * Rangfolge. Pagefind rechnet aus dem Fließtext einen BM25-Wert und zählt
 * Treffer in Metadaten mit diesen Gewichten dazu (metaWeights). Gewollt ist:
 * die Seite, die das Gesuchte *ist* (Leistung, Baustein, Kommune: Metadatum
 * `thema` mit Namen und Kurzformen), vor den Dokumenten, die davon handeln
 * (Titel), vor Beiträgen, die es nur erwähnen.
 * - thema 8, title 5 (Pagefinds Vorgabe), beschreibung 2: Name vor Titel vor
 *   Kurztext. Nicht höher: „Checkliste Wohngeld“ soll die Checkliste finden, deren
 *   Titel beide Wörter trägt, nicht die Leistungsseite, deren Thema eines ist.
 * - begriffe 6: die Begriffe des Glossars; ein Fachbegriff ohne eigene Seite
 *   bringt das Glossar nach oben, einer mit eigener Seite (OSCI) diese.
 * - synonyme 0.5: andere Namen von Glossarbegriffen, die eine Seite nur
 *   erwähnt; schwächer als ihr Fließtext, sonst hebt jede Erwähnung von
 *   „OSCI-Transport“ die Seite bei „OSCI“ über den Baustein.
 * - komposita 1: Teile und Ganzes deutscher Zusammensetzungen (komposita.ts).
 * - datum 0: sonst fände „2026“ jede Seite.
 * `termSaturation` 0.8 (Vorgabe 1.4): Ein Wort, das ein Beitrag zwanzigmal
 * nennt, zählt kaum mehr als eines, das er fünfmal nennt; so entscheiden Name
 * und Titel. `pageLength` 0.5 (Vorgabe 0.75): Lange Konzepte werden weniger
 * bestraft als kurze Profile bevorzugt. Gemessen mit der Anfrageliste in
 * tests/build/suchanfragen.daten.ts (docs/architektur.md, Abschnitt Suche).
 */
export const RANGFOLGE = {
  termSaturation: 0.8,
  pageLength: 0.5,
  metaWeights: { thema: 8, begriffe: 6, title: 5, beschreibung: 2, komposita: 1, synonyme: 0.5, datum: 0 },
};

export function leererZustand(): SuchZustand {
  return {
    q: '',
    filter: Object.fromEntries(FACETTEN.map((f) => [f, []])) as unknown as Record<Facette, string[]>,
    sortierung: 'relevanz',
  };
}

/** Liest den Zustand aus einer Query (`?q=…&leistung=…&leistung=…&sort=datum`). Unbekanntes wird ignoriert. */
export function zustandAusUrl(query: string | URLSearchParams): SuchZustand {
  const p = typeof query === 'string' ? new URLSearchParams(query) : query;
  const z = leererZustand();
  z.q = (p.get('q') ?? '').trim();
  for (const f of FACETTEN)
    z.filter[f] = [
      ...new Set(
        p
          .getAll(f)
          .map((w) => w.trim())
          .filter(Boolean),
      ),
    ];
  z.sortierung = p.get('sort') === 'datum' ? 'datum' : 'relevanz';
  return z;
}

/** Query zum Zustand, mit „?“, oder leer. Reihenfolge fest, damit gleiche Suchen gleiche Adressen haben. */
export function urlAusZustand(z: SuchZustand): string {
  const p = new URLSearchParams();
  if (z.q.trim()) p.set('q', z.q.trim());
  for (const f of FACETTEN) for (const w of z.filter[f]) p.append(f, w);
  if (z.sortierung !== 'relevanz') p.set('sort', z.sortierung);
  const text = p.toString();
  return text ? `?${text}` : '';
}

/** Gibt es etwas zu suchen (Begriff oder Filter)? */
export function hatAnfrage(z: SuchZustand): boolean {
  return Boolean(z.q.trim()) || FACETTEN.some((f) => z.filter[f].length > 0);
}

/**
 * Filter für Pagefind: innerhalb einer Facette ODER (`any`), zwischen Facetten
 * UND. `ohne` lässt eine Facette weg – für deren eigene Zahlen.
 */
export function pagefindFilter(z: SuchZustand, ohne?: Facette): Record<string, { any: string[] }> {
  return Object.fromEntries(
    FACETTEN.filter((f) => f !== ohne && z.filter[f].length > 0).map((f) => [f, { any: z.filter[f] }]),
  );
}

/** Sortierung für Pagefind; ohne Suchbegriff gibt es keine Relevanz, dann gilt „neueste zuerst“. */
export function pagefindSortierung(z: SuchZustand): Record<string, 'desc'> | undefined {
  return z.sortierung === 'datum' || !z.q.trim() ? { [SORTIERSCHLUESSEL]: 'desc' } : undefined;
}

// Der Teil der JS-API von Pagefind (dist/pagefind/pagefind.js), den die Suche nutzt.
export type Zaehlung = Record<string, Record<string, number>>;
export interface PagefindDaten {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
export interface PagefindTreffer {
  id: string;
  score: number;
  data(): Promise<PagefindDaten>;
}
export interface PagefindAntwort {
  results: PagefindTreffer[];
  filters: Zaehlung;
}
export interface PagefindSuche {
  search(
    begriff: string | null,
    optionen: { filters?: Record<string, unknown>; sort?: Record<string, string> },
  ): Promise<PagefindAntwort | null>;
  filters(): Promise<Zaehlung>;
}

export interface Facettenwert {
  wert: string;
  anzahl: number;
  gewaehlt: boolean;
}

export interface Suchergebnis {
  treffer: PagefindTreffer[];
  /** Werte jeder Facette mit der Zahl der Treffer, die ein Häkchen dort ergäbe. */
  facetten: Record<Facette, Facettenwert[]>;
  /** Wonach tatsächlich gesucht wurde (ohne Füllwörter, ggf. gelockert); null ohne Suchbegriff. */
  begriff: string | null;
  /** Fand keine Seite alle Wörter, wurde mit weniger Wörtern gesucht. */
  gelockert: boolean;
  /**
   * Passten nur wenige Seiten zu allen Wörtern: Wie viele es sind. Gezeigt
   * werden dann die Treffer für weniger Wörter (`begriff`); jene sind darunter.
   */
  ergaenzt?: number | undefined;
}

/** Unter so vielen Treffern für alle Wörter kommen Treffer für weniger Wörter dazu. */
export const WENIGE_TREFFER = 5;

/**
 * Wörter, die in Fragen stehen („Wie richte ich einen Zustellpunkt ein?“),
 * aber keine Seite unterscheiden. Pagefind verlangt alle Wörter; mit ihnen
 * bliebe oft nur das Glossar übrig.
 */
const FUELLWOERTER = new Set(
  (
    'wie wer was wo wann warum wieso welche welcher welches welchen ' +
    'ich du wir ihr man sie er es mein meine unser unsere sich ' +
    'ein eine einen einem einer eines der die das den dem des ' +
    'und oder aber mit ohne für von vom zu zum zur im in am an auf aus bei nach über ' +
    'hat haben habe ist sind war wird werden kann können muss müssen soll sollen ' +
    'schon noch auch nicht nur so da dort hier'
  ).split(' '),
);

/** Höchstens so viele Wörter werden beim Lockern kombiniert (2^n Abfragen im schlimmsten Fall). */
const MAX_LOCKERN = 5;

/**
 * Die Suchwörter einer Eingabe: ohne Satzzeichen am Wortrand und ohne
 * Füllwörter. Bleibt nichts übrig, zählen alle Wörter. Eingaben in
 * Anführungszeichen sucht Pagefind als Wortfolge; sie bleiben unverändert.
 */
export function suchwoerter(q: string): string[] {
  if (q.includes('"')) return [q.trim()];
  const woerter = q
    .split(/\s+/)
    .map((w) => w.replace(/^[\p{P}]+|[\p{P}]+$/gu, ''))
    .filter(Boolean);
  const ohneFuellwoerter = woerter.filter((w) => !FUELLWOERTER.has(w.toLocaleLowerCase('de')));
  return ohneFuellwoerter.length ? ohneFuellwoerter : woerter;
}

/**
 * Kombinationen mit weniger Wörtern, je Stufe ein Wort weniger, in der
 * Reihenfolge der Eingabe: [a b c] → [[a b], [a c], [b c]], [[a], [b], [c]].
 */
export function lockerungen(woerter: string[]): string[][][] {
  const w = woerter.slice(0, MAX_LOCKERN);
  const stufen: string[][][] = [];
  for (let groesse = w.length - 1; groesse >= 1; groesse--) {
    const stufe: string[][] = [];
    const waehle = (start: number, bisher: string[]) => {
      if (bisher.length === groesse) return void stufe.push(bisher);
      for (let i = start; i < w.length; i++) waehle(i + 1, [...bisher, w[i]!]);
    };
    waehle(0, []);
    stufen.push(stufe);
  }
  return stufen;
}

const deutsch = new Intl.Collator('de');

/** Werte einer Facette: erst in der vorgegebenen Reihenfolge, der Rest alphabetisch. */
export function sortiereWerte(werte: string[], reihenfolge: readonly string[] = []): string[] {
  const rang = (w: string) => (reihenfolge.includes(w) ? reihenfolge.indexOf(w) : reihenfolge.length);
  return [...werte].sort((a, b) => rang(a) - rang(b) || deutsch.compare(a, b));
}

/**
 * Führt eine Suche aus. Gesucht wird nach den Suchwörtern ohne Füllwörter;
 * findet keine Seite alle, mit weniger Wörtern (`gelockert`). Die Zahlen einer Facette gelten für „alle anderen
 * Facetten wie gewählt, diese frei“ – so zeigt jede Zahl, was ein weiteres
 * Häkchen in dieser Facette brächte (ODER), und gewählte Werte fallen nicht
 * auf null. Dafür braucht jede Facette mit Auswahl eine eigene Abfrage.
 *
 * @param alle Alle Filterwerte des Index (`pagefind.filters()`), damit keine Facette leer bleibt.
 */
export async function sucheAusfuehren(
  pagefind: PagefindSuche,
  z: SuchZustand,
  alle: Zaehlung,
  reihenfolge: Partial<Record<Facette, readonly string[]>> = {},
): Promise<Suchergebnis> {
  const woerter = z.q.trim() ? suchwoerter(z.q) : [];
  let begriff = woerter.length ? woerter.join(' ') : null;
  let gelockert = false;
  let ergaenzt: number | undefined;
  const zaehlungen: Partial<Record<Facette, Record<string, number>>> = {};
  let treffer: PagefindTreffer[] = [];

  if (hatAnfrage(z)) {
    const sort = pagefindSortierung(z);
    const optionen = { filters: pagefindFilter(z), ...(sort && { sort }) };
    let haupt = await pagefind.search(begriff, optionen);
    treffer = haupt?.results ?? [];
    // Wenige oder keine Seiten haben alle Wörter: Stufe für Stufe ein Wort weniger, die Kombination mit den
    // meisten Treffern gewinnt, in ihrer eigenen Rangfolge. Die Seiten mit allen Wörtern sind darin enthalten;
    // sie nicht vorzuziehen ist Absicht: In Fragen („Wie richte ich …“) sind die überzähligen Wörter meist
    // Beiwerk, und Seiten, die zufällig auch „richtet“ enthalten, verdrängten die eigentliche Antwort.
    if (begriff && treffer.length < WENIGE_TREFFER && woerter.length > 1) {
      for (const stufe of lockerungen(woerter)) {
        const antworten = await Promise.all(
          stufe.map(async (w) => ({ begriff: w.join(' '), antwort: await pagefind.search(w.join(' '), optionen) })),
        );
        const beste = antworten.reduce((a, b) =>
          (b.antwort?.results.length ?? 0) > (a.antwort?.results.length ?? 0) ? b : a,
        );
        if ((beste.antwort?.results.length ?? 0) > treffer.length) {
          if (treffer.length) ergaenzt = treffer.length;
          else gelockert = true;
          treffer = beste.antwort!.results;
          ({ begriff, antwort: haupt } = beste);
          break;
        }
      }
    }
    await Promise.all(
      FACETTEN.map(async (f) => {
        if (z.filter[f].length === 0) {
          zaehlungen[f] = haupt?.filters[f] ?? {};
          return;
        }
        const ohneEigene = pagefindFilter(z, f);
        // Nichts mehr übrig (kein Begriff, keine andere Facette): Dann gelten die Zahlen des ganzen Index.
        if (!begriff && Object.keys(ohneEigene).length === 0) {
          zaehlungen[f] = alle[f] ?? {};
          return;
        }
        zaehlungen[f] = (await pagefind.search(begriff, { filters: ohneEigene }))?.filters[f] ?? {};
      }),
    );
  } else {
    for (const f of FACETTEN) zaehlungen[f] = alle[f] ?? {};
  }

  const facetten = Object.fromEntries(
    FACETTEN.map((f) => {
      const werte = new Set([...Object.keys(alle[f] ?? {}), ...z.filter[f]]);
      return [
        f,
        sortiereWerte([...werte], reihenfolge[f]).map((wert) => ({
          wert,
          anzahl: zaehlungen[f]?.[wert] ?? 0,
          gewaehlt: z.filter[f].includes(wert),
        })),
      ];
    }),
  ) as Record<Facette, Facettenwert[]>;

  return { treffer, facetten, begriff, gelockert, ergaenzt };
}

/** Ein Stück des Auszugs: Text, ggf. als Treffer markiert. */
export interface Auszugteil {
  text: string;
  markiert: boolean;
}

/**
 * Zerlegt Pagefinds Auszug (Text mit &lt;/&gt; maskiert und <mark>-Tags) in
 * Teile, damit die Seite ihn als Textknoten einsetzt und nie als HTML.
 */
export function zerlegeAuszug(auszug: string): Auszugteil[] {
  const teile: Auszugteil[] = [];
  const text = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  let markiert = false;
  for (const stueck of auszug.split(/(<\/?mark>)/)) {
    if (stueck === '<mark>') markiert = true;
    else if (stueck === '</mark>') markiert = false;
    else if (stueck) teile.push({ text: text(stueck), markiert });
  }
  return teile;
}

/**
 * Wozu ein Treffer gehört, für die Zeile unter dem Titel: Kommune und
 * Leistung aus seinen Filtern, ohne den eigenen Titel (die Leistungsseite
 * gehört nicht „zu sich selbst“).
 */
export function zugehoerigkeit(daten: Pick<PagefindDaten, 'meta' | 'filters'>): string[] {
  const titel = daten.meta['title'];
  return [...(daten.filters['kommune'] ?? []), ...(daten.filters['leistung'] ?? [])].filter((w) => w !== titel);
}
