/**
 * Vollbild-Dialog für große Diagramme: zoomen und verschieben mit Tastatur,
 * Maus (Rad, Ziehen) und Knöpfen; Esc schließt (nativ über <dialog>). Es gibt
 * einen Dialog je Seite; er entsteht beim ersten Öffnen.
 */
import type { DiagrammTexte } from './texte.ts';
import { alsTransform, einpassen, verschieben, zoomen, ZOOM_SCHRITT, type Ansicht, type Groesse } from './zoom.ts';

/** Bildpunkte je Pfeiltaste; mit Umschalt das Vierfache. */
const PFEIL_SCHRITT = 48;

interface Dialog {
  element: HTMLDialogElement;
  titel: HTMLElement;
  buehne: HTMLElement;
  inhalt: HTMLElement;
  anzeige: HTMLOutputElement;
  texte: DiagrammTexte;
  ansicht: Ansicht;
  groesse: Groesse;
  ausloeser?: HTMLElement | undefined;
  /** Die Figur, deren Diagramm der Dialog gerade zeigt. */
  figur?: HTMLElement | undefined;
}

let dialog: Dialog | undefined;

function knopf(aktion: string, beschriftung: string, zeichen: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.dataset.aktion = aktion;
  b.className = 'diagramm-dialog-knopf';
  if (zeichen) {
    b.setAttribute('aria-label', beschriftung);
    b.title = beschriftung;
    b.textContent = zeichen;
  } else {
    b.textContent = beschriftung;
  }
  return b;
}

function zeige(d: Dialog, ansicht: Ansicht): void {
  d.ansicht = ansicht;
  d.inhalt.style.transform = alsTransform(ansicht);
  d.anzeige.value = d.texte.massstab.replace('{prozent}', String(Math.round(ansicht.massstab * 100)));
}

function buehnenGroesse(d: Dialog): Groesse {
  return { breite: d.buehne.clientWidth, hoehe: d.buehne.clientHeight };
}

function mitte(d: Dialog) {
  const { breite, hoehe } = buehnenGroesse(d);
  return { x: breite / 2, y: hoehe / 2 };
}

function ausfuehren(d: Dialog, aktion: string): void {
  if (aktion === 'groesser') zeige(d, zoomen(d.ansicht, ZOOM_SCHRITT, mitte(d)));
  else if (aktion === 'kleiner') zeige(d, zoomen(d.ansicht, 1 / ZOOM_SCHRITT, mitte(d)));
  else if (aktion === 'einpassen') zeige(d, einpassen(d.groesse, buehnenGroesse(d)));
  else if (aktion === 'schliessen') d.element.close();
}

/** Taste → Aktion; Pfeile verschieben. Gibt false zurück, wenn die Taste nicht zum Dialog gehört. */
function taste(d: Dialog, ereignis: KeyboardEvent): boolean {
  if (ereignis.ctrlKey || ereignis.metaKey || ereignis.altKey) return false;
  const schritt = ereignis.shiftKey ? PFEIL_SCHRITT * 4 : PFEIL_SCHRITT;
  switch (ereignis.key) {
    case '+':
    case '=':
      ausfuehren(d, 'groesser');
      return true;
    case '-':
    case '_':
      ausfuehren(d, 'kleiner');
      return true;
    case '0':
      ausfuehren(d, 'einpassen');
      return true;
    // Pfeil nach rechts zeigt, was rechts liegt: das Bild wandert nach links.
    case 'ArrowLeft':
      zeige(d, verschieben(d.ansicht, schritt, 0));
      return true;
    case 'ArrowRight':
      zeige(d, verschieben(d.ansicht, -schritt, 0));
      return true;
    case 'ArrowUp':
      zeige(d, verschieben(d.ansicht, 0, schritt));
      return true;
    case 'ArrowDown':
      zeige(d, verschieben(d.ansicht, 0, -schritt));
      return true;
    default:
      return false;
  }
}

function erstelle(texte: DiagrammTexte): Dialog {
  const element = document.createElement('dialog');
  element.className = 'diagramm-dialog';
  element.setAttribute('aria-labelledby', 'diagramm-dialog-titel');

  const kopf = document.createElement('div');
  kopf.className = 'diagramm-dialog-kopf';
  const titel = document.createElement('h2');
  titel.id = 'diagramm-dialog-titel';
  const werkzeuge = document.createElement('div');
  werkzeuge.className = 'diagramm-dialog-werkzeuge';
  const anzeige = document.createElement('output');
  anzeige.setAttribute('aria-live', 'polite');
  werkzeuge.append(
    knopf('kleiner', texte.kleiner, '−'),
    anzeige,
    knopf('groesser', texte.groesser, '+'),
    knopf('einpassen', texte.einpassen, ''),
    knopf('schliessen', texte.schliessen, ''),
  );
  kopf.append(titel, werkzeuge);

  const hilfe = document.createElement('p');
  hilfe.id = 'diagramm-dialog-hilfe';
  hilfe.className = 'diagramm-dialog-hilfe';
  hilfe.textContent = texte.hilfe;

  const buehne = document.createElement('div');
  buehne.className = 'diagramm-dialog-buehne';
  buehne.tabIndex = 0;
  buehne.autofocus = true;
  buehne.setAttribute('role', 'group');
  buehne.setAttribute('aria-label', texte.buehne);
  buehne.setAttribute('aria-describedby', 'diagramm-dialog-hilfe');
  const inhalt = document.createElement('div');
  inhalt.className = 'diagramm-dialog-inhalt';
  buehne.append(inhalt);

  element.append(kopf, hilfe, buehne);
  document.body.append(element);

  const d: Dialog = {
    element,
    titel,
    buehne,
    inhalt,
    anzeige,
    texte,
    ansicht: { massstab: 1, x: 0, y: 0 },
    groesse: { breite: 1, hoehe: 1 },
  };

  werkzeuge.addEventListener('click', (ereignis) => {
    const aktion = (ereignis.target as HTMLElement).closest<HTMLElement>('[data-aktion]')?.dataset.aktion;
    if (aktion) ausfuehren(d, aktion);
  });
  element.addEventListener('keydown', (ereignis) => {
    if (taste(d, ereignis)) ereignis.preventDefault();
  });
  buehne.addEventListener(
    'wheel',
    (ereignis) => {
      ereignis.preventDefault();
      const rahmen = buehne.getBoundingClientRect();
      const faktor = Math.exp(-ereignis.deltaY * 0.002);
      zeige(d, zoomen(d.ansicht, faktor, { x: ereignis.clientX - rahmen.left, y: ereignis.clientY - rahmen.top }));
    },
    { passive: false },
  );
  let ziehen: { x: number; y: number } | undefined;
  buehne.addEventListener('pointerdown', (ereignis) => {
    ziehen = { x: ereignis.clientX, y: ereignis.clientY };
    buehne.setPointerCapture(ereignis.pointerId);
  });
  buehne.addEventListener('pointermove', (ereignis) => {
    if (!ziehen) return;
    zeige(d, verschieben(d.ansicht, ereignis.clientX - ziehen.x, ereignis.clientY - ziehen.y));
    ziehen = { x: ereignis.clientX, y: ereignis.clientY };
  });
  const loslassen = () => (ziehen = undefined);
  buehne.addEventListener('pointerup', loslassen);
  buehne.addEventListener('pointercancel', loslassen);
  element.addEventListener('close', () => {
    inhalt.replaceChildren();
    d.figur = undefined;
    document.documentElement.classList.remove('diagramm-dialog-offen');
    d.ausloeser?.focus();
  });
  return d;
}

/** Setzt das Bild in natürlicher Größe in den Dialog; gezoomt wird per transform. */
function einsetzen(d: Dialog, svg: SVGSVGElement): void {
  const ansichtsfeld = svg.viewBox.baseVal;
  d.groesse = {
    breite: ansichtsfeld?.width || svg.getBoundingClientRect().width || 800,
    hoehe: ansichtsfeld?.height || svg.getBoundingClientRect().height || 600,
  };
  svg.removeAttribute('style');
  svg.setAttribute('width', String(d.groesse.breite));
  svg.setAttribute('height', String(d.groesse.hoehe));
  d.inhalt.replaceChildren(svg);
}

/** Ob der Dialog gerade das Diagramm dieser Figur zeigt. */
export function zeigtZoomDialog(figur: HTMLElement): boolean {
  return Boolean(dialog?.element.open && dialog.figur === figur);
}

/** Tauscht das Bild im offenen Dialog (neues Farbschema), Zoom und Ausschnitt bleiben. */
export function ersetzeImZoomDialog(figur: HTMLElement, svg: SVGSVGElement): void {
  if (!dialog || !zeigtZoomDialog(figur)) return;
  einsetzen(dialog, svg);
}

/**
 * Öffnet den Dialog mit einer Kopie des Diagramms. `svg` muss eine eigene
 * Kopie mit eigenen IDs sein (das Original bleibt auf der Seite).
 */
export function oeffneZoomDialog(
  figur: HTMLElement,
  svg: SVGSVGElement,
  titel: string,
  texte: DiagrammTexte,
  ausloeser?: HTMLElement,
) {
  dialog ??= erstelle(texte);
  const d = dialog;
  einsetzen(d, svg);
  d.titel.textContent = titel || texte.dialogTitel;
  d.figur = figur;
  d.ausloeser = ausloeser;
  document.documentElement.classList.add('diagramm-dialog-offen');
  d.element.showModal();
  d.buehne.focus();
  zeige(d, einpassen(d.groesse, buehnenGroesse(d)));
}
