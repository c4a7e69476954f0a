/**
 * Die Komponenten der Website in der Vorschau: <Hinweis>, <Begriff> und
 * Diagramme erscheinen mit dem Markup und den Stilen der Website. Die Seite
 * legt je Komponente eine gerenderte Vorlage in ein <template>
 * (data-editor-vorlage); hier wird sie geklont und mit dem Text der Autorin
 * gefüllt, nur als Text. Diagramme zeichnet der Renderer der Website
 * (src/browser/diagramm/zeichnen.ts) im aktuellen Farbschema.
 */
import type { Element } from 'hast';
import { t } from '../../../i18n/de.ts';
import { findeBegriff } from '../../../modell/begriffe.ts';
import { diagrammId, geschaetzteGroesse, mermaidAngaben } from '../../../lib/mermaid-quelle.ts';
import { url } from '../../../modell/urls.ts';
import type { EditorBegriff } from '../../../pruefung/kern/editor-daten.ts';
import { verbindeAktionen, zeichne } from '../../diagramm/zeichnen.ts';
import type { Komponenten } from './dom.ts';

const HINWEIS_ARTEN = ['info', 'warnung', 'beispiel'] as const;

function vorlage(name: string): HTMLElement | undefined {
  const schablone = document.querySelector<HTMLTemplateElement>(`template[data-editor-vorlage="${name}"]`);
  return schablone?.content.firstElementChild?.cloneNode(true) as HTMLElement | undefined;
}

let zaehler = 0;

/** Figuren nach Quelltext: Ein unverändertes Diagramm wird nicht neu gezeichnet, während die Autorin weiterschreibt. */
const figuren = new Map<string, HTMLElement>();

/** Ein Diagramm, das mermaid nicht lesen kann: Quelltext statt Bild; die Prüfung nennt die Zeile. */
function unlesbaresDiagramm(quelle: string): Node {
  const rahmen = document.createElement('div');
  rahmen.className = 'vorschau-diagramm-fehler';
  const hinweis = document.createElement('p');
  hinweis.textContent = t('editor.vorschau.diagramm.fehler');
  const block = document.createElement('pre');
  block.textContent = quelle;
  rahmen.append(hinweis, block);
  return rahmen;
}

function diagramm(quelle: string, unlesbar: ReadonlySet<string>): Node {
  if (unlesbar.has(quelle)) return unlesbaresDiagramm(quelle);
  const vorhanden = figuren.get(quelle);
  if (vorhanden) return vorhanden;
  const figur = vorlage('diagramm');
  if (!figur) return document.createTextNode(quelle);
  const angaben = mermaidAngaben(quelle);
  const groesse = geschaetzteGroesse(quelle, angaben);
  const titel = angaben.titel ?? t('diagramm.ohne-titel');
  figur.id = `vorschau-${diagrammId(quelle, ++zaehler)}`;
  figur.dataset.quelle = quelle;
  figur.dataset.titel = titel;
  figur.dataset.art = angaben.art;
  figur.dataset.zustand = 'wartet';
  delete figur.dataset.zeile;
  figur.style.setProperty('--diagramm-breite', `${groesse.breite}rem`);
  figur.style.setProperty('--diagramm-verhaeltnis', `${groesse.breite} / ${groesse.hoehe}`);
  const titelFeld = figur.querySelector('figcaption .titel');
  if (titelFeld) titelFeld.textContent = titel;
  const beschreibung = figur.querySelector('figcaption .beschreibung');
  if (beschreibung) {
    if (angaben.beschreibung) beschreibung.textContent = angaben.beschreibung;
    else beschreibung.remove();
  }
  for (const nurLeser of figur.querySelectorAll('[data-diagramm-aktion] .sr-only')) nurLeser.textContent = `: ${titel}`;
  figur.querySelector('[data-diagramm-bild]')?.replaceChildren();
  verbindeAktionen(figur);
  figuren.set(quelle, figur);
  return figur;
}

function hinweis(platzhalter: Element, kinder: Node[]): Node {
  const art = HINWEIS_ARTEN.find((a) => a === platzhalter.properties.art) ?? 'info';
  const kasten = vorlage(`hinweis-${art}`);
  if (!kasten) return document.createTextNode('');
  const titel =
    typeof platzhalter.properties.titel === 'string' ? platzhalter.properties.titel : t(`editor.hinweis.${art}`);
  kasten.setAttribute('aria-label', titel);
  const kopf = kasten.querySelector('.hinweis-titel');
  if (kopf) kopf.textContent = titel;
  // Die Vorlage trägt einen Platzhaltertext nach dem Titel; an seine Stelle kommt der Inhalt.
  kopf?.nextElementSibling?.remove();
  kasten.append(...kinder);
  return kasten;
}

function begriff(platzhalter: Element, kinder: Node[], glossar: readonly EditorBegriff[]): Node {
  const inhalt = kinder.map((k) => k.textContent ?? '').join('');
  const gesucht = typeof platzhalter.properties.begriff === 'string' ? platzhalter.properties.begriff : inhalt;
  const treffer = findeBegriff(glossar, gesucht);
  const rahmen = treffer && vorlage('begriff');
  if (!treffer || !rahmen) {
    // Unbekannter Begriff: Die Prüfung meldet ihn; die Vorschau zeigt den Text ohne Link.
    const text = document.createDocumentFragment();
    text.append(...kinder);
    return text;
  }
  const link = rahmen.querySelector('a');
  const tipp = rahmen.querySelector<HTMLElement>('[role="tooltip"]');
  const id = `vorschau-begriff-${++zaehler}`;
  link?.setAttribute('href', url.begriff(treffer.begriff));
  link?.setAttribute('aria-describedby', id);
  link?.replaceChildren(...kinder);
  if (tipp) {
    tipp.id = id;
    const name = document.createElement('strong');
    name.textContent = treffer.begriff;
    tipp.replaceChildren(name, `${treffer.langform ? ` (${treffer.langform})` : ''}: ${treffer.definition}`);
  }
  return rahmen;
}

function bild(platzhalter: Element): Node {
  const alt = typeof platzhalter.properties.alt === 'string' ? platzhalter.properties.alt : '';
  const text = document.createElement('span');
  text.className = 'vorschau-bild';
  text.textContent = t('editor.vorschau.bild', { alt: alt || t('editor.vorschau.bild.ohne-alt') });
  return text;
}

/** Die Komponenten für `zuDom`, mit dem Glossar der Website und den Diagrammen, die mermaid nicht lesen kann. */
export function komponenten(glossar: readonly EditorBegriff[], unlesbar: ReadonlySet<string>): Komponenten {
  return (platzhalter, kinder) => {
    switch (platzhalter.tagName) {
      case 'x-diagramm':
        return diagramm(String(platzhalter.properties.quelle ?? ''), unlesbar);
      case 'x-hinweis':
        return hinweis(platzhalter, kinder);
      case 'x-begriff':
        return begriff(platzhalter, kinder, glossar);
      case 'x-bild':
        return bild(platzhalter);
      default:
        return undefined;
    }
  };
}

/** Zeichnet alle Diagramme in der Vorschau, die noch nicht (oder in einem anderen Farbschema) gezeichnet sind. */
export function zeichneDiagramme(wurzel: HTMLElement): void {
  for (const figur of wurzel.querySelectorAll<HTMLElement>('figure[data-diagramm]')) void zeichne(figur);
  // Nicht mehr verwendete Figuren vergessen.
  for (const [quelle, figur] of figuren) if (!figur.isConnected) figuren.delete(quelle);
}
