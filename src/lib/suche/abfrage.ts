/**
 * Kern der Suchseite ohne DOM: Zustand ↔ URL, Filter und Sortierung für die
 * JS-API von Pagefind, Facetten mit Zahlen. Die Seite (src/browser/suche.ts)
 * und die Tests über den gebauten Index nutzen dieselben Funktionen.
 */
import { FACETTEN, SORTIERSCHLUESSEL, type Facette } from './angaben.ts';
import { erkenneFrage, type Frageform } from './fragen.ts';
import { sucheInGruppen, type Sucher, type Thema, type Treffergruppe } from './gruppen.ts';
import { korrigiere, type Korrektur } from './korrektur.ts';
import type { Suchhilfen } from './suchhilfen.ts';
import type { PagefindDaten, PagefindTreffer, Zaehlung } from './pagefind-api.ts';

export { lockerungen } from './gruppen.ts';

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

export type { PagefindDaten, PagefindTreffer, Zaehlung } from './pagefind-api.ts';
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
  /** Die Treffer in Gruppen: zuerst die Seiten mit allen Suchwörtern, dann je Gruppe mit weniger. */
  gruppen: Treffergruppe[];
  /** Werte jeder Facette mit der Zahl der Treffer, die ein Häkchen dort ergäbe. */
  facetten: Record<Facette, Facettenwert[]>;
  /** Wonach gesucht wurde (ohne Füllwörter, nach Korrekturen, ohne Thema); null ohne Suchbegriff. */
  begriff: string | null;
  /** Ersetzte Wörter („Meinten Sie …“). */
  korrekturen: Korrektur[];
  /** Name des Themas, wenn die Eingabe als Frage erkannt wurde. */
  frage?: string | undefined;
}

/** Unter so vielen Treffern für alle Wörter kommen Treffer für weniger Wörter dazu. */
export const WENIGE_TREFFER = 5;

/**
 * Wörter, die in Fragen stehen („Wie richte ich einen Zustellpunkt ein?“),
 * aber keine Seite unterscheiden. Pagefind verlangt alle Wörter; mit ihnen
 * bliebe oft nur das Glossar übrig. Dazu Verben des Vorgehens („richte“,
 * „lege … an“, „brauchen“): Sie stehen in Fragen, nicht in den Antworten.
 */
const FUELLWOERTER = new Set(
  (
    'wie wer was wo wann warum wieso welche welcher welches welchen ' +
    'ich du wir ihr man sie er es mein meine unser unsere uns sich ' +
    'ein eine einen einem einer eines der die das den dem des ' +
    'und oder aber mit ohne für von vom zu zum zur im in am an auf aus bei beim nach über ' +
    'hat haben habe ist sind war wird werden kann können muss müssen soll sollen ' +
    'schon noch auch nicht nur so da dort hier ' +
    'richte richten einrichten lege legen anlegen mache machen brauche brauchen braucht gibt geht funktioniert'
  ).split(' '),
);

/**
 * Die Suchwörter einer Eingabe: ohne Satzzeichen am Wortrand und ohne
 * Füllwörter, trennbare Verben zusammengesetzt (`trennbareVerben`, mit dem
 * Wortschatz der Website). Bleibt nichts übrig, zählen alle Wörter. Eingaben
 * in Anführungszeichen sucht Pagefind als Wortfolge; sie bleiben unverändert.
 */
export function suchwoerter(q: string, wortschatz: readonly string[] = []): string[] {
  if (q.includes('"')) return [q.trim()];
  const woerter = trennbareVerben(zerlegeEingabe(q), wortschatz);
  const ohneFuellwoerter = ohneFuell(woerter);
  return ohneFuellwoerter.length ? ohneFuellwoerter : woerter;
}

const zerlegeEingabe = (q: string) =>
  q
    .split(/\s+/)
    .map((w) => w.replace(/^[\p{P}]+|[\p{P}]+$/gu, ''))
    .filter(Boolean);
const ohneFuell = (woerter: string[]) => woerter.filter((w) => !FUELLWOERTER.has(w.toLocaleLowerCase('de')));

/** Vorsilben trennbarer Verben, die in einer Frage am Satzende stehen („Wie melde ich ein Gewerbe an?“). */
const VERBZUSAETZE = new Set(['an', 'ab', 'auf', 'aus', 'ein', 'um', 'zu', 'vor', 'nach', 'mit', 'fest', 'zurück']);
/** Fragewörter, nach denen in einer Frage das Verb steht. */
const FRAGEWOERTER = new Set(
  'wie wer was wo wann warum wieso weshalb wem wen wohin woher womit wozu welche welcher welches welchen'.split(' '),
);

/**
 * Setzt ein trennbares Verb wieder zusammen: In „Wie melde ich ein Gewerbe
 * an?“ steht „anmelden“ in zwei Teilen, und „melde“ allein findet alles, was
 * mit Meldungen zu tun hat. Erkannt wird die W-Frage, deren letztes Wort eine
 * Vorsilbe ist; das Verb steht dann an zweiter Stelle und ist klein
 * geschrieben. Zusammengesetzt wird nur, was der Wortschatz der Website kennt
 * („anmelden“ aus „Gewerbe anmelden“): Ein Verb wie „anbinden“, das fast jede
 * Seite als „Anbindung“ trägt, machte die Suche enger statt genauer. Ergibt
 * das Verb ein Füllwort („richte … ein“ → „einrichten“), fällt es wie dieses weg.
 */
export function trennbareVerben(woerter: string[], wortschatz: readonly string[] = []): string[] {
  if (woerter.length < 3) return woerter;
  const zusatz = woerter.at(-1)!;
  const verb = woerter[1]!;
  if (!VERBZUSAETZE.has(zusatz.toLocaleLowerCase('de'))) return woerter;
  if (!FRAGEWOERTER.has(woerter[0]!.toLocaleLowerCase('de')) || !/^\p{Ll}+$/u.test(verb)) return woerter;
  const formen = ['', 'n', 'en'].map((endung) => zusatz.toLocaleLowerCase('de') + verb + endung);
  const mitte = woerter.slice(2, -1);
  if (formen.some((f) => FUELLWOERTER.has(f))) return [woerter[0]!, ...mitte];
  const bekannt = wortschatz.find((w) => formen.includes(w.toLocaleLowerCase('de')));
  return bekannt ? [woerter[0]!, bekannt, ...mitte] : woerter;
}

/** Was die Suche aus einer Eingabe macht: Suchwörter und, bei einer erkannten Frage, ihr Thema. */
export interface Anfrage {
  woerter: string[];
  frage?: { name: string; thema: Thema } | undefined;
}

/**
 * Liest eine Eingabe: Erkennt sie eine Frageform (fragen.ts), werden die
 * Fragewörter durch das Thema ersetzt; die übrigen Wörter ohne Füllwörter
 * bleiben Suchwörter.
 */
export function leseAnfrage(q: string, formen: readonly Frageform[] = [], wortschatz: readonly string[] = []): Anfrage {
  if (q.includes('"')) return { woerter: [q.trim()] };
  const woerter = trennbareVerben(zerlegeEingabe(q), wortschatz);
  const erkannt = erkenneFrage(woerter, formen);
  if (!erkannt) return { woerter: suchwoerter(q, wortschatz) };
  return {
    woerter: ohneFuell(erkannt.rest),
    frage: { name: erkannt.form.thema, thema: erkannt.form.suchwoerter.map((s) => s.split(/\s+/)) },
  };
}

const deutsch = new Intl.Collator('de');

/** Werte einer Facette: erst in der vorgegebenen Reihenfolge, der Rest alphabetisch. */
export function sortiereWerte(werte: string[], reihenfolge: readonly string[] = []): string[] {
  const rang = (w: string) => (reihenfolge.includes(w) ? reihenfolge.indexOf(w) : reihenfolge.length);
  return [...werte].sort((a, b) => rang(a) - rang(b) || deutsch.compare(a, b));
}

/**
 * Jede Wortkombination wird je Suche nur einmal an Pagefind gegeben; die
 * Antworten (mit ihren Facettenzahlen) bleiben für die Facetten abrufbar.
 */
function merkendeSuche(pagefind: PagefindSuche, optionen: Parameters<PagefindSuche['search']>[1]) {
  const gemerkt = new Map<string | null, Promise<PagefindAntwort | null>>();
  const antwort = (begriff: string | null) => {
    let a = gemerkt.get(begriff);
    if (!a) {
      a = pagefind.search(begriff, optionen);
      gemerkt.set(begriff, a);
    }
    return a;
  };
  const sucher: Sucher = async (woerter) => (await antwort(woerter.join(' ')))?.results ?? [];
  return { antwort, sucher };
}

/**
 * Führt eine Suche aus: Eingabe lesen (Frage erkennen, Füllwörter weg),
 * Tippfehler korrigieren, dann in Gruppen suchen (gruppen.ts): Seiten mit
 * allen Wörtern zuerst. Die Zahlen einer Facette gelten für „alle anderen
 * Facetten wie gewählt, diese frei“ – so zeigt jede Zahl, was ein weiteres
 * Häkchen in dieser Facette brächte (ODER), und gewählte Werte fallen nicht
 * auf null. Dafür braucht jede Facette mit Auswahl eine eigene Abfrage.
 *
 * @param alle Alle Filterwerte des Index (`pagefind.filters()`), damit keine Facette leer bleibt.
 * @param hilfen Wortschatz und Frageformen des Builds (/suche/suchhilfen.json); ohne sie keine Korrekturen und Fragen.
 */
export async function sucheAusfuehren(
  pagefind: PagefindSuche,
  z: SuchZustand,
  alle: Zaehlung,
  reihenfolge: Partial<Record<Facette, readonly string[]>> = {},
  hilfen: Suchhilfen = { woerter: [], fragen: [] },
): Promise<Suchergebnis> {
  const anfrage = z.q.trim() ? leseAnfrage(z.q, hilfen.fragen, hilfen.woerter) : { woerter: [] };
  let begriff: string | null = null;
  let korrekturen: Korrektur[] = [];
  let gruppen: Treffergruppe[] = [];
  const zaehlungen: Partial<Record<Facette, Record<string, number>>> = {};

  if (hatAnfrage(z)) {
    const sort = pagefindSortierung(z);
    const optionen = { filters: pagefindFilter(z), ...(sort && { sort }) };
    const { antwort, sucher } = merkendeSuche(pagefind, optionen);
    let woerter = anfrage.woerter;
    if (woerter.length) ({ woerter, korrekturen } = await korrigiere(sucher, woerter, hilfen.woerter));
    begriff = woerter.length ? woerter.join(' ') : null;
    const thema = anfrage.frage?.thema;
    gruppen =
      woerter.length || thema
        ? await sucheInGruppen(sucher, woerter, thema, { genug: WENIGE_TREFFER })
        : [{ weggelassen: [], treffer: (await antwort(null))?.results ?? [] }];
    // Facetten zählen über die breiteste Gruppe (die mit den wenigsten Wörtern); ihre Seiten schließen die
    // meisten gezeigten ein. Genau wäre nur, jeden Treffer zu laden; das kostet bei großen Ergebnissen zu viel.
    const breiteste = gruppen.at(-1)?.weggelassen ?? [];
    const behalten = woerter.filter((w) => !breiteste.includes(w));
    const fuerFacetten = [...(thema?.[0] ?? []), ...behalten].join(' ') || null;
    const haupt = await antwort(fuerFacetten);
    await Promise.all(
      FACETTEN.map(async (f) => {
        if (z.filter[f].length === 0) {
          zaehlungen[f] = haupt?.filters[f] ?? {};
          return;
        }
        const ohneEigene = pagefindFilter(z, f);
        // Nichts mehr übrig (kein Begriff, keine andere Facette): Dann gelten die Zahlen des ganzen Index.
        if (!fuerFacetten && Object.keys(ohneEigene).length === 0) {
          zaehlungen[f] = alle[f] ?? {};
          return;
        }
        zaehlungen[f] = (await pagefind.search(fuerFacetten, { filters: ohneEigene }))?.filters[f] ?? {};
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

  const treffer = gruppen.flatMap((g) => g.treffer);
  return { treffer, gruppen, facetten, begriff, korrekturen, frage: anfrage.frage?.name };
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
