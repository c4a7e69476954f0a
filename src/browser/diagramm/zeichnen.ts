/**
 * Zeichnet die Diagramme einer Seite im Browser. Nur Seiten mit der
 * Diagramm-Komponente laden dieses Skript; mermaid selbst (groß) lädt es erst,
 * wenn ein Diagramm in die Nähe des sichtbaren Bereichs kommt, vor dem Drucken
 * oder wenn der Browser danach Zeit hat; auf Seiten zum Drucken sofort.
 *
 * Ein neues Bild ersetzt das alte erst, wenn es fertig ist: beim Wechsel des
 * Farbschemas bleibt das alte stehen, bis das neue da ist; Quelltext blitzt nie auf.
 */
import type { MermaidConfig } from 'mermaid';
import { ladeMermaid } from '../mermaid-laden.ts';
import { hochkant } from './hochkant.ts';
import { lesePalette, themenVariablen } from './farben.ts';
import { herunterladen } from './herunterladen.ts';
import { leseTexte, type DiagrammTexte } from './texte.ts';
import { ersetzeImZoomDialog, oeffneZoomDialog, zeigtZoomDialog } from './zoom-dialog.ts';

type Zustand = 'wartet' | 'zeichnet' | 'fertig' | 'fehler';

interface Thema {
  /** Ändert sich, wenn sich Farben oder Schrift ändern; gleiche Schlüssel zeichnen gleich. */
  schluessel: string;
  konfiguration: MermaidConfig;
}

/** Welche Einstellungen Inhalte per %%{init}%% oder Frontmatter nicht ändern dürfen. */
const GESCHUETZT = [
  'secure',
  'securityLevel',
  'startOnLoad',
  'maxTextSize',
  'maxEdges',
  'suppressErrorRendering',
  'htmlLabels',
  'theme',
  'themeVariables',
  'themeCSS',
  'darkMode',
  'fontFamily',
];

/** Breite in px, ab der Beschriftungen umbrechen; reicht für Wörter wie „Datenschutzfolgenabschätzung“. */
const UMBRUCH_BREITE = 280;

let konfiguriertFuer: string | undefined;
let warteschlange: Promise<unknown> = Promise.resolve();
let zaehler = 0;

// Safari kennt requestIdleCallback nicht; dort genügt eine kurze Pause.
const imLeerlauf = (aufgabe: () => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(aufgabe, { timeout: 5_000 }) : setTimeout(aufgabe, 500);
const bilder = new WeakMap<HTMLElement, SVGSVGElement>();

function aktuellesThema(): Thema {
  const palette = lesePalette();
  const dunkel = document.documentElement.dataset.theme === 'dark';
  const schrift = getComputedStyle(document.body).fontFamily;
  return {
    schluessel: JSON.stringify([palette, dunkel, schrift]),
    konfiguration: {
      startOnLoad: false,
      securityLevel: 'strict',
      htmlLabels: false,
      // Fehler melden wir selbst; Mermaid soll keine Fehlerbilder in die Seite hängen.
      suppressErrorRendering: true,
      secure: GESCHUETZT,
      theme: 'base',
      darkMode: dunkel,
      fontFamily: schrift,
      themeVariables: themenVariablen(palette, dunkel, schrift),
      // Mermaid bricht Wörter, die breiter als wrappingWidth sind, mitten im Wort um
      // („Zurueckgewie-sen“). Deutsche Komposita brauchen mehr Platz als die Vorgabe 120/200.
      flowchart: { wrappingWidth: UMBRUCH_BREITE },
      state: { wrappingWidth: UMBRUCH_BREITE },
      // Sequenzdiagramme mit sieben, acht Beteiligten wurden mit Mermaids Vorgaben (Kästen 150 px, Abstand 50 px)
      // rund 1900 px breit und passten selbst auf 10 px Schrift verkleinert nicht in die Spalte. Etwas schmalere
      // Kästen (140 px: „Fachverfahren“ bleibt ganz), engere Abstände und umbrochene Nachrichten halten sie
      // bei etwa 1300 px; verkleinert auf 10 px Schrift passen sie so in die Spalte bei 1280 px Fensterbreite.
      sequence: { width: 140, actorMargin: 16, wrap: true, wrapPadding: 6, messageMargin: 30 },
    },
  };
}

/** Führt Zeichenaufträge nacheinander aus: mermaid.initialize gilt global. */
function einreihen(auftrag: () => Promise<void>): Promise<void> {
  const lauf = warteschlange.then(auftrag);
  warteschlange = lauf.catch(() => undefined);
  return lauf;
}

function setzeZustand(figur: HTMLElement, zustand: Zustand): void {
  figur.dataset.zustand = zustand;
}

function zeigeFehler(figur: HTMLElement, texte: DiagrammTexte, fehler: unknown): void {
  const meldung = fehler instanceof Error ? fehler.message : String(fehler);
  console.error(`Diagramm (Zeile ${figur.dataset.zeile ?? '?'} der Inhaltsdatei) nicht gezeichnet: ${meldung}`);
  const hinweis = document.createElement('p');
  hinweis.className = 'diagramm-fehler';
  hinweis.textContent = texte.fehler;
  const block = document.createElement('pre');
  block.tabIndex = 0;
  block.setAttribute('aria-label', texte.quelltext);
  block.textContent = figur.dataset.quelle ?? '';
  figur.querySelector('[data-diagramm-bild]')?.replaceChildren(hinweis, block);
  setzeZustand(figur, 'fehler');
}

/** Bereitet Mermaids SVG für die Seite vor: ein Bild mit Namen und Beschreibung. */
function einsetzen(figur: HTMLElement, svgText: string): SVGSVGElement | undefined {
  const vorlage = document.createElement('template');
  vorlage.innerHTML = svgText;
  const svg = vorlage.content.querySelector('svg');
  if (!svg) return undefined;
  // Ein Diagramm ist für Screenreader ein Bild; Titel und Beschreibung setzt Mermaid aus accTitle/accDescr.
  svg.setAttribute('role', 'img');
  svg.setAttribute('focusable', 'false');
  // Die Breite regelt das CSS der Komponente (--diagramm-breite), nicht Mermaids max-width.
  svg.style.removeProperty('max-width');
  const { width } = svg.viewBox.baseVal ?? { width: 0 };
  if (width) figur.style.setProperty('--diagramm-breite', `${Math.ceil(width)}px`);
  const bild = figur.querySelector<HTMLElement>('[data-diagramm-bild]');
  if (!bild) return undefined;
  bild.replaceChildren(svg);
  bilder.set(figur, svg);
  scrollbarMarkieren(figur);
  if (zeigtZoomDialog(figur)) ersetzeImZoomDialog(figur, kopieMitEigenenIds(svg));
  return svg;
}

/**
 * Passt das gezeichnete Bild selbst im kleinsten Maßstab (--diagramm-mindestmassstab
 * in Diagramm.astro: Schrift nicht unter 10 px) nicht in seinen Rahmen?
 */
function zuBreit(figur: HTMLElement): boolean {
  const bild = figur.querySelector<HTMLElement>('[data-diagramm-bild]');
  const breite = bilder.get(figur)?.viewBox.baseVal?.width;
  if (!bild || !breite || bild.clientWidth === 0) return false;
  const stil = getComputedStyle(bild);
  const platz = bild.clientWidth - parseFloat(stil.paddingLeft) - parseFloat(stil.paddingRight);
  const massstab = parseFloat(getComputedStyle(figur).getPropertyValue('--diagramm-mindestmassstab')) || 1;
  return breite * massstab > platz + 1;
}

/** Breite Diagramme scrollen waagerecht; dann muss die Fläche auch per Tastatur erreichbar sein. */
function scrollbarMarkieren(figur: HTMLElement): void {
  const bild = figur.querySelector<HTMLElement>('[data-diagramm-bild]');
  if (!bild || !bilder.has(figur)) return;
  if (bild.scrollWidth > bild.clientWidth + 1) {
    bild.tabIndex = 0;
    bild.setAttribute('role', 'group');
    bild.setAttribute('aria-label', figur.dataset.titel ?? '');
  } else {
    bild.removeAttribute('tabindex');
    bild.removeAttribute('role');
    bild.removeAttribute('aria-label');
  }
}

/**
 * Zeichnet eine Figur im aktuellen Farbschema; tut nichts, wenn sie schon so gezeichnet ist.
 * Exportiert für Figuren, die erst nach dem Laden entstehen (Vorschau im Beitragseditor).
 */
export function zeichne(figur: HTMLElement): Promise<void> {
  return einreihen(async () => {
    const thema = aktuellesThema();
    if (figur.dataset.gezeichnetFuer === thema.schluessel || figur.dataset.zustand === 'fehler') return;
    if (figur.dataset.zustand === 'wartet') setzeZustand(figur, 'zeichnet');
    try {
      const [mermaid] = await Promise.all([ladeMermaid(), document.fonts.ready]);
      if (konfiguriertFuer !== thema.schluessel) {
        mermaid.initialize(thema.konfiguration);
        konfiguriertFuer = thema.schluessel;
      }
      const quelle = figur.dataset.quelle ?? '';
      let { svg } = await mermaid.render(`diagramm-svg-${++zaehler}`, quelle);
      if (!einsetzen(figur, svg)) throw new Error('Mermaid hat kein SVG geliefert.');
      // Ein queres Flussdiagramm, das auch verkleinert nicht in die Spalte passt, wird hochkant gezeichnet.
      const hoch = zuBreit(figur) ? hochkant(quelle) : undefined;
      if (hoch) {
        ({ svg } = await mermaid.render(`diagramm-svg-${++zaehler}`, hoch));
        if (!einsetzen(figur, svg)) throw new Error('Mermaid hat kein SVG geliefert.');
        figur.dataset.hochkant = '';
      }
      figur.dataset.gezeichnetFuer = thema.schluessel;
      setzeZustand(figur, 'fertig');
      for (const aktion of figur.querySelectorAll<HTMLElement>('[data-diagramm-aktionen]')) aktion.hidden = false;
    } catch (fehler) {
      zeigeFehler(figur, leseTexte(figur), fehler);
    }
  });
}

/** Kopie des Bildes mit eigenen IDs, damit Stile und Pfeilspitzen im Dialog nicht auf das Original zeigen. */
function kopieMitEigenenIds(svg: SVGSVGElement): SVGSVGElement {
  const alt = svg.id;
  const vorlage = document.createElement('template');
  vorlage.innerHTML = alt ? svg.outerHTML.replaceAll(alt, `${alt}-gross`) : svg.outerHTML;
  return vorlage.content.querySelector('svg') ?? (svg.cloneNode(true) as SVGSVGElement);
}

/** Verbindet „Vergrößern“ und „Herunterladen“ einer Figur mit ihrem Bild. */
export function verbindeAktionen(figur: HTMLElement): void {
  const titel = figur.dataset.titel ?? '';
  figur.addEventListener('click', (ereignis) => {
    const knopf = (ereignis.target as HTMLElement).closest<HTMLElement>('[data-diagramm-aktion]');
    const svg = bilder.get(figur);
    if (!knopf || !svg) return;
    if (knopf.dataset.diagrammAktion === 'vergroessern') {
      oeffneZoomDialog(figur, kopieMitEigenenIds(svg), titel, leseTexte(figur), knopf);
    } else if (knopf.dataset.diagrammAktion === 'herunterladen') {
      herunterladen(svg, titel);
    }
  });
}

function starte(): void {
  const figuren = [...document.querySelectorAll<HTMLElement>('[data-diagramm]')];
  if (!figuren.length) return;
  figuren.forEach(verbindeAktionen);

  // Ändert sich die Spaltenbreite (Fenster, Zoom), kann ein Diagramm zu scrollen beginnen oder aufhören.
  const groessen = new ResizeObserver((eintraege) => {
    for (const eintrag of eintraege) scrollbarMarkieren(eintrag.target as HTMLElement);
  });
  figuren.forEach((figur) => groessen.observe(figur));

  const offen = () => figuren.filter((figur) => figur.dataset.zustand === 'wartet');
  const alleZeichnen = () => Promise.all(offen().map(zeichne));

  // Erst nahe am sichtbaren Bereich laden und zeichnen.
  const beobachter = new IntersectionObserver(
    (eintraege) => {
      for (const eintrag of eintraege) {
        if (!eintrag.isIntersecting) continue;
        beobachter.unobserve(eintrag.target);
        const figur = eintrag.target as HTMLElement;
        void zeichne(figur).then(() => {
          // Ist mermaid einmal geladen, zeichnet der Browser die übrigen in Leerlaufzeit,
          // damit Drucken, Suchen im Text und Sprünge zu Ankern sie schon vorfinden.
          imLeerlauf(() => void alleZeichnen());
        });
      }
    },
    { rootMargin: '400px 0px' },
  );
  figuren.forEach((figur) => beobachter.observe(figur));

  // Seiten zum Drucken (Dossier, data-diagramme-sofort) zeichnen alles gleich beim Laden: Wer sie öffnet, druckt
  // oft sofort, und der Druckdialog wartet nicht auf Bilder, die erst bei beforeprint zu zeichnen beginnen.
  if (document.querySelector('[data-diagramme-sofort]')) void alleZeichnen();
  // Der Druckknopf (DruckKnopf.astro) bittet darum und wartet, bis keine Figur mehr „wartet“ oder „zeichnet“.
  document.addEventListener('atlas:diagramme-zeichnen', () => void alleZeichnen());
  // Drucken über das Browsermenü: alles zeichnen, was noch fehlt. Kommt der Druck schneller, zeigt jede noch
  // leere Figur Titel, Beschreibung und einen Hinweis (Diagramm.astro, @media print).
  addEventListener('beforeprint', () => void alleZeichnen());

  // Farbschema gewechselt: gezeichnete Diagramme neu zeichnen, das alte Bild bleibt bis dahin stehen.
  document.addEventListener('atlas:themechange', () => {
    for (const figur of figuren) if (figur.dataset.zustand !== 'wartet') void zeichne(figur);
  });
}

starte();
