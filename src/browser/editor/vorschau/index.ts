/**
 * Die Vorschau des Beitrags: Titel und Kurzbeschreibung wie auf der Website,
 * darunter der Text aus dem Syntaxbaum der Prüfung (hast.ts, dom.ts), mit den
 * Komponenten der Website (komponenten.ts). Der neue Stand ersetzt den alten
 * auf einmal; gezeichnete Diagramme werden übernommen, nicht neu gezeichnet.
 */
import type { Root } from 'mdast';
import type { EditorBegriff } from '../../../pruefung/kern/editor-daten.ts';
import { zuDom } from './dom.ts';
import { zuHast } from './hast.ts';
import { komponenten, zeichneDiagramme } from './komponenten.ts';

/** Was die Vorschau vom Entwurf braucht (entwurf.ts); hier beschrieben, damit vorschau/ nicht auf den Editor zurückgreift. */
export interface VorschauEntwurf {
  titel: string;
  beschreibung: string;
}

export class Vorschau {
  private readonly flaeche: HTMLElement;
  private readonly glossar: readonly EditorBegriff[];

  constructor(flaeche: HTMLElement, glossar: readonly EditorBegriff[]) {
    this.flaeche = flaeche;
    this.glossar = glossar;
    // Farbschema gewechselt: Diagramme der Vorschau in den neuen Farben zeichnen.
    document.addEventListener('atlas:themechange', () => zeichneDiagramme(this.flaeche));
  }

  /** Zeigt den Stand; Diagramme in `unlesbar` erscheinen als Quelltext (die Prüfung meldet sie). */
  zeige(entwurf: VorschauEntwurf, baum: Root | undefined, unlesbar: ReadonlySet<string> = new Set()): void {
    const teile: Node[] = [];
    if (entwurf.titel.trim()) {
      // Die Seite hat schon eine h1; die Vorschau beginnt eine Ebene tiefer, damit die Gliederung stimmt.
      const titel = document.createElement('p');
      titel.className = 'vorschau-titel';
      titel.textContent = entwurf.titel.trim();
      teile.push(titel);
    }
    if (entwurf.beschreibung.trim()) {
      const einleitung = document.createElement('p');
      einleitung.className = 'einleitung';
      einleitung.textContent = entwurf.beschreibung.trim();
      teile.push(einleitung);
    }
    if (baum) {
      const inhalt = zuDom(zuHast(baum), komponenten(this.glossar, unlesbar));
      if (inhalt) {
        const prosa = document.createElement('div');
        prosa.className = 'prosa';
        prosa.append(inhalt);
        teile.push(prosa);
      }
    }
    if (!teile.length) return;
    this.flaeche.replaceChildren(...teile);
    zeichneDiagramme(this.flaeche);
  }
}
