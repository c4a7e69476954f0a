/**
 * Die Suchseite im Browser: liest den Zustand aus der URL, fragt Pagefind
 * über dessen JS-API (dist/pagefind/pagefind.js, erst nach dem Build
 * vorhanden) und zeigt Facetten und Treffer. Jede Änderung landet in der
 * URL; Zurück und Neu laden zeigen dieselbe Suche. Die Logik ohne DOM steht
 * in src/lib/suche/abfrage.ts.
 */
import { t } from '../i18n/de.ts';
import { formatiereDatum } from '../lib/datum.ts';
import {
  hatAnfrage,
  RANGFOLGE,
  sucheAusfuehren,
  urlAusZustand,
  zerlegeAuszug,
  zugehoerigkeit,
  zustandAusUrl,
  type PagefindSuche,
  type PagefindTreffer,
  type Suchergebnis,
  type SuchZustand,
  type Zaehlung,
} from '../lib/suche/abfrage.ts';
import { FACETTEN, type Facette } from '../lib/suche/angaben.ts';
import type { Suchhilfen } from '../lib/suche/suchhilfen.ts';
import { BASIS, mitBasis } from '../modell/basis.ts';

interface Pagefind extends PagefindSuche {
  options(optionen: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

/** So viele Treffer auf einmal; „Weitere Treffer anzeigen“ lädt die nächsten. */
const SEITE = 10;
/** Warten nach dem letzten Tastendruck, bevor gesucht wird (ms). */
const PAUSE = 250;

const wurzel = document.querySelector<HTMLElement>('[data-suche]')!;
const formular = wurzel.querySelector('form')!;
const feld = formular.querySelector<HTMLInputElement>('#suche-q')!;
const sortierung = formular.querySelector<HTMLSelectElement>('#suche-sortierung')!;
const statusZeile = formular.querySelector<HTMLElement>('#suche-status')!;
const vorschlag = formular.querySelector<HTMLElement>('[data-vorschlag]')!;
const liste = formular.querySelector<HTMLOListElement>('[data-trefferliste]')!;
const mehr = formular.querySelector<HTMLButtonElement>('[data-mehr]')!;
const zuruecksetzen = formular.querySelector<HTMLButtonElement>('[data-zuruecksetzen]')!;
const klappe = formular.querySelector<HTMLDetailsElement>('[data-filter-klappe]')!;
const breit = window.matchMedia('(min-width: 48rem)');
const vorlage = document.querySelector<HTMLTemplateElement>('#suche-treffer-vorlage')!;
const reihenfolge = JSON.parse(wurzel.dataset['reihenfolge'] ?? '{}') as Partial<Record<Facette, string[]>>;
const seitentitel = document.title;

let pagefind: Pagefind;
let alleWerte: Zaehlung = {};
let hilfen: Suchhilfen = { woerter: [], fragen: [] };
/** Welche Suchwörter einem Treffer fehlen (Treffer aus einer gelockerten Gruppe). */
let fehlend = new Map<string, string[]>();
/** Zählt Suchen; eine Antwort, die nicht zur letzten gehört, wird verworfen. */
let lauf = 0;
/** Wird gerade getippt? Dann ersetzt jede weitere Eingabe den Verlaufseintrag, statt einen neuen anzulegen. */
let tippt = false;
let warte: ReturnType<typeof setTimeout> | undefined;
let treffer: PagefindTreffer[] = [];
/** Der Zustand der letzten Suche; popstate ohne Änderung daran sucht nicht neu. */
let zuletzt: SuchZustand = zustandAusUrl('');

/** Wortschatz und Frageformen des Builds; ohne sie sucht die Seite wie Pagefind allein. */
async function ladeHilfen(): Promise<Suchhilfen> {
  try {
    const antwort = await fetch(mitBasis('/suche/suchhilfen.json'));
    if (antwort.ok) return (await antwort.json()) as Suchhilfen;
  } catch (fehler) {
    console.error('Suchhilfen nicht geladen:', fehler);
  }
  return { woerter: [], fragen: [] };
}

async function ladePagefind(): Promise<Pagefind> {
  // Als Variable, damit Vite das Bündel nicht einbinden will: Es entsteht erst nach dem Build.
  // Unter dem Pfad der Website (ATLAS_BASE_PATH): Pagefind lädt Index und Wasm neben pagefind.js,
  // die Adressen der Treffer aber nennt es ohne Pfad; baseUrl setzt ihn davor.
  // Nicht in `url`: Jedes Skript, das urls.ts einbindet, trüge sonst den Pfad des Bündels (tests/build/suche.test.ts).
  const pfad = mitBasis('/pagefind/pagefind.js');
  const modul = (await import(/* @vite-ignore */ pfad)) as Pagefind;
  await modul.options({ ranking: RANGFOLGE, baseUrl: BASIS });
  await modul.init();
  return modul;
}

function zustandAusFormular(): SuchZustand {
  const daten = new FormData(formular);
  const parameter = new URLSearchParams();
  for (const [name, wert] of daten) if (typeof wert === 'string') parameter.append(name, wert);
  return zustandAusUrl(parameter);
}

function schreibeFormular(z: SuchZustand): void {
  if (feld.value.trim() !== z.q) feld.value = z.q;
  sortierung.value = z.sortierung;
}

/** Legt die Kontrollkästchen einer Facette einmal an und aktualisiert danach nur Zahl, Häkchen und Sperre. */
function zeigeFacetten(facetten: Suchergebnis['facetten']): void {
  for (const f of FACETTEN) {
    const ul = formular.querySelector<HTMLUListElement>(`[data-facette="${f}"] ul`)!;
    facetten[f].forEach((w, i) => {
      let li = [...ul.children].find((k) => (k as HTMLElement).dataset['wert'] === w.wert) as HTMLLIElement | undefined;
      if (!li) {
        li = document.createElement('li');
        li.dataset['wert'] = w.wert;
        const label = document.createElement('label');
        const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: f, value: w.wert });
        const name = Object.assign(document.createElement('span'), { className: 'name', textContent: w.wert });
        const anzahl = Object.assign(document.createElement('span'), { className: 'anzahl' });
        label.append(box, name, anzahl);
        li.append(label);
      }
      // Nur bewegen, wenn nötig: Ein verschobenes Element verliert den Tastaturfokus.
      if (ul.children[i] !== li) ul.insertBefore(li, ul.children[i] ?? null);
      const box = li.querySelector('input')!;
      box.checked = w.gewaehlt;
      // Ein Wert ohne Treffer lässt sich nicht wählen, ein gewählter immer abwählen.
      box.disabled = w.anzahl === 0 && !w.gewaehlt;
      li.querySelector('.anzahl')!.textContent = `(${w.anzahl})`;
    });
  }
  const gewaehlt = FACETTEN.reduce((n, f) => n + facetten[f].filter((w) => w.gewaehlt).length, 0);
  zuruecksetzen.hidden = gewaehlt === 0;
  fuelle(klappe.querySelector('[data-filter-gewaehlt]'), gewaehlt ? t('suche.filter.gewaehlt', { n: gewaehlt }) : '');
}

function fuelle(element: Element | null, text: string): void {
  if (element) element.textContent = text;
}

async function trefferElement(eintrag: PagefindTreffer): Promise<HTMLLIElement> {
  const daten = await eintrag.data();
  const li = (vorlage.content.firstElementChild as HTMLLIElement).cloneNode(true) as HTMLLIElement;
  const link = li.querySelector<HTMLAnchorElement>('[data-feld="link"]')!;
  link.href = daten.url;
  link.textContent = daten.meta['title'] ?? daten.url;
  fuelle(
    li.querySelector('[data-feld="einordnung"]'),
    [...(daten.filters['art'] ?? []), ...zugehoerigkeit(daten)].join(' · '),
  );
  const auszug = li.querySelector('[data-feld="auszug"]')!;
  for (const teil of zerlegeAuszug(daten.excerpt)) {
    auszug.append(
      teil.markiert ? Object.assign(document.createElement('mark'), { textContent: teil.text }) : teil.text,
    );
  }
  const ohne = fehlend.get(eintrag.id);
  const ohneFeld = li.querySelector<HTMLElement>('[data-feld="ohne"]')!;
  if (ohne?.length) ohneFeld.textContent = t('suche.treffer.ohne', { woerter: ohne.map((w) => `„${w}“`).join(', ') });
  else ohneFeld.remove();
  const status = daten.filters['status']?.[0];
  const abzeichen = status && document.querySelector<HTMLTemplateElement>(`template[data-status-vorlage="${status}"]`);
  const statusFeld = li.querySelector<HTMLElement>('[data-feld="status"]')!;
  if (abzeichen) statusFeld.append(abzeichen.content.cloneNode(true));
  else statusFeld.hidden = true;
  const datum = daten.meta['datum'];
  const zeit = li.querySelector<HTMLTimeElement>('[data-feld="datum"]')!;
  if (datum) {
    zeit.dateTime = datum;
    zeit.textContent = formatiereDatum(datum);
  } else zeit.previousElementSibling?.remove();
  return li;
}

/** Hängt die nächsten Treffer an; gibt das erste neue Element zurück. */
async function zeigeWeitere(nr: number): Promise<HTMLLIElement | undefined> {
  const neue = await Promise.all(
    treffer.slice(liste.children.length, liste.children.length + SEITE).map(trefferElement),
  );
  if (nr !== lauf) return undefined;
  liste.append(...neue);
  mehr.hidden = liste.children.length >= treffer.length;
  return neue[0];
}

function statusText(z: SuchZustand, ergebnis: Suchergebnis): string {
  const anzahl = ergebnis.treffer.length;
  if (!hatAnfrage(z)) return t('suche.status.bereit');
  const vorweg = [
    ...(ergebnis.frage ? [t('suche.status.frage', { thema: ergebnis.frage })] : []),
    ...ergebnis.korrekturen.map((k) => t('suche.status.korrektur', { von: k.von, zu: k.zu[0]! })),
  ];
  return [...vorweg, trefferText(z, ergebnis, anzahl)].join(' ');
}

function trefferText(z: SuchZustand, ergebnis: Suchergebnis, anzahl: number): string {
  const q = ergebnis.begriff ?? z.q;
  if (ergebnis.gruppen.length > 1 || ergebnis.gruppen[0]?.weggelassen.length) {
    const alle = ergebnis.gruppen[0]?.weggelassen.length ? 0 : (ergebnis.gruppen[0]?.treffer.length ?? 0);
    if (alle === 0) return t('suche.status.gruppen.keine', { n: anzahl, q });
    return t(alle === 1 ? 'suche.status.gruppen.eins' : 'suche.status.gruppen', { n: anzahl, q, alle });
  }
  if (z.q) return anzahl ? t('suche.status.treffer', { n: anzahl, q }) : t('suche.status.keine', { q: z.q });
  if (anzahl === 1) return t('suche.status.treffer.filter.eins');
  return anzahl ? t('suche.status.treffer.filter', { n: anzahl }) : t('suche.status.keine.filter');
}

/** „Meinten Sie: …“ mit einem Link je Vorschlag; jeder sucht die Eingabe mit dem Vorschlag statt des Worts. */
function zeigeVorschlaege(z: SuchZustand, ergebnis: Suchergebnis): void {
  vorschlag.replaceChildren();
  const links = ergebnis.korrekturen.flatMap((k) =>
    k.zu.map((zu) => {
      const q = z.q.replace(k.von, zu);
      return Object.assign(document.createElement('a'), {
        href: `${location.pathname}${urlAusZustand({ ...z, q })}`,
        textContent: q,
      });
    }),
  );
  vorschlag.hidden = links.length === 0;
  if (!links.length) return;
  vorschlag.append(`${t('suche.vorschlag')} `);
  links.forEach((a, i) => vorschlag.append(...(i ? [', ', a] : [a])));
  // In Anführungszeichen korrigiert die Suche nichts: für Wörter, die wirklich so gemeint waren.
  const genau = ergebnis.korrekturen.map((k) => k.von);
  const a = Object.assign(document.createElement('a'), {
    href: `${location.pathname}${urlAusZustand({ ...z, q: `"${genau.join(' ')}"` })}`,
    textContent: t('suche.vorschlag.genau', { wort: genau.join(' ') }),
  });
  vorschlag.append('. ', a);
}

async function suche(z: SuchZustand): Promise<void> {
  const nr = ++lauf;
  zuletzt = z;
  liste.setAttribute('aria-busy', 'true');
  const ergebnis = await sucheAusfuehren(pagefind, z, alleWerte, reihenfolge, hilfen);
  if (nr !== lauf) return;
  treffer = ergebnis.treffer;
  fehlend = new Map(ergebnis.gruppen.flatMap((g) => g.treffer.map((eintrag) => [eintrag.id, g.weggelassen])));
  zeigeVorschlaege(z, ergebnis);
  zeigeFacetten(ergebnis.facetten);
  liste.replaceChildren();
  await zeigeWeitere(nr);
  if (nr !== lauf) return;
  liste.removeAttribute('aria-busy');
  statusZeile.textContent = statusText(z, ergebnis);
  document.title = z.q ? `${z.q} – ${seitentitel}` : seitentitel;
}

/** Übernimmt einen Zustand: URL (neuer Verlaufseintrag oder ersetzen), dann suchen. */
function navigiere(z: SuchZustand, ersetzen: boolean): void {
  const ziel = `${location.pathname}${urlAusZustand(z)}`;
  if (ziel !== `${location.pathname}${location.search}`) {
    if (ersetzen) history.replaceState(null, '', ziel);
    else history.pushState(null, '', ziel);
  }
  void suche(z);
}

function verbinde(): void {
  feld.addEventListener('input', () => {
    clearTimeout(warte);
    warte = setTimeout(() => {
      navigiere(zustandAusFormular(), tippt);
      tippt = true;
    }, PAUSE);
  });
  formular.addEventListener('submit', (ereignis) => {
    ereignis.preventDefault();
    clearTimeout(warte);
    navigiere(zustandAusFormular(), tippt);
    tippt = false;
  });
  // Häkchen und Sortierung wirken sofort; jede Änderung ist ein eigener Schritt im Verlauf.
  formular.addEventListener('change', (ereignis) => {
    if (ereignis.target === feld) return;
    clearTimeout(warte);
    tippt = false;
    navigiere(zustandAusFormular(), false);
  });
  zuruecksetzen.addEventListener('click', () => {
    for (const box of formular.querySelectorAll<HTMLInputElement>('.facette input:checked')) box.checked = false;
    tippt = false;
    navigiere(zustandAusFormular(), false);
    feld.focus();
  });
  mehr.addEventListener('click', async () => {
    const erstes = await zeigeWeitere(lauf);
    erstes?.querySelector('a')?.focus();
    statusZeile.textContent = t('suche.status.angezeigt', { n: liste.children.length, gesamt: treffer.length });
  });
  window.addEventListener('popstate', () => {
    // Ein Sprung zu einem Anker (Sprunglink „Zu den Suchergebnissen“) löst auch popstate aus; dann nicht neu
    // suchen, sonst baut sich die Liste neu auf und der Fokus verliert seinen Platz vor dem ersten Treffer.
    if (urlAusZustand(zustandAusUrl(location.search)) === urlAusZustand(zuletzt)) return;
    clearTimeout(warte);
    tippt = false;
    const z = zustandAusUrl(location.search);
    schreibeFormular(z);
    void suche(z);
  });
}

async function start(): Promise<void> {
  // Breit: Filter stehen offen neben den Treffern (ohne Auf-/Zuklappen). Schmal: zugeklappt über den Treffern.
  // Im HTML ist die Klappe zu; breit öffnet sie sich neben den Treffern, ohne diese zu verschieben.
  klappe.open = breit.matches;
  breit.addEventListener('change', () => (klappe.open = breit.matches || klappe.open));
  const z = zustandAusUrl(location.search);
  schreibeFormular(z);
  try {
    [pagefind, hilfen] = await Promise.all([ladePagefind(), ladeHilfen()]);
    alleWerte = await pagefind.filters();
  } catch (fehler) {
    statusZeile.textContent = t('suche.fehler');
    console.error('Suchindex nicht geladen:', fehler);
    return;
  }
  verbinde();
  await suche(z);
  wurzel.dataset['bereit'] = '';
}

void start();
