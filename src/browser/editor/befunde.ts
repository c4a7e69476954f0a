/**
 * Zeigt die Befunde der Prüfung neben dem Feld oder Abschnitt, zu dem sie
 * gehören (mit der Zeile im Abschnitt), markiert die Eingabe als ungültig und
 * fasst alles in der Prüfung zusammen: eine Liste mit Sprüngen zu den Feldern
 * und ein Satz in einer aria-live-Region für Screenreader.
 */
import { t } from '../../i18n/de.ts';
import type { ZugeordneterBefund } from './zuordnung.ts';

/** Wohin ein Befund im Formular gehört: Schlüssel der Liste (data-befunde-fuer). */
function listeVon(z: ZugeordneterBefund): string {
  if (z.ort.art === 'feld') return z.ort.feld;
  if (z.ort.art === 'abschnitt') return `abschnitt:${z.ort.titel}`;
  return 'datei';
}

function stelle(z: ZugeordneterBefund): string | undefined {
  if (z.ort.art !== 'abschnitt') return undefined;
  return z.ort.zeile === 0 ? t('editor.abschnitt.ueberschrift') : t('editor.abschnitt.zeile', { zeile: z.ort.zeile });
}

function eintrag(z: ZugeordneterBefund, ortText: string | undefined, ziel?: HTMLElement): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'befund';
  if (ortText) {
    const ort = ziel?.id ? document.createElement('a') : document.createElement('span');
    if (ort instanceof HTMLAnchorElement) ort.href = `#${ziel!.id}`;
    ort.className = 'befund-ort';
    ort.textContent = `${ortText}:`;
    li.append(ort, ' ');
  }
  if (z.befund.schwere === 'warnung') li.append(`${t('editor.befund.warnung')}: `);
  li.append(z.befund.meldung);
  const hinweis = document.createElement('span');
  hinweis.className = 'befund-hinweis';
  hinweis.textContent = `${t('editor.befund.hinweis')} ${z.befund.hinweis}`;
  li.append(hinweis);
  return li;
}

export class Befundanzeige {
  private letzteZusammenfassung = '';

  private readonly wurzel: HTMLElement;

  constructor(wurzel: HTMLElement) {
    this.wurzel = wurzel;
  }

  private liste(schluessel: string): HTMLUListElement | null {
    return this.wurzel.querySelector<HTMLUListElement>(`ul[data-befunde-fuer="${CSS.escape(schluessel)}"]`);
  }

  /** Die Eingabe, zu der eine Liste gehört (für aria-invalid und den Sprung aus der Zusammenfassung). */
  private eingabe(schluessel: string): HTMLElement | null {
    return this.liste(schluessel)?.parentElement?.querySelector<HTMLElement>('input, select, textarea') ?? null;
  }

  private beschriftung(eingabe: HTMLElement | null): string | undefined {
    return eingabe?.id
      ? (this.wurzel.querySelector(`label[for="${eingabe.id}"]`)?.textContent?.trim() ?? undefined)
      : undefined;
  }

  zeige(befunde: readonly ZugeordneterBefund[]): void {
    const jeListe = new Map<string, ZugeordneterBefund[]>();
    for (const z of befunde) {
      let schluessel = listeVon(z);
      // Ein Feld ohne eigene Liste im Formular (etwa „steckbrief“ als Ganzes): nur in der Zusammenfassung.
      if (schluessel !== 'datei' && !this.liste(schluessel)) schluessel = 'datei';
      jeListe.set(schluessel, [...(jeListe.get(schluessel) ?? []), z]);
    }
    for (const liste of this.wurzel.querySelectorAll<HTMLUListElement>('ul[data-befunde-fuer]')) {
      const schluessel = liste.dataset.befundeFuer!;
      const eigene = schluessel === 'datei' ? [] : (jeListe.get(schluessel) ?? []);
      liste.replaceChildren(...eigene.map((z) => eintrag(z, stelle(z))));
      liste.hidden = eigene.length === 0;
      const eingabe = this.eingabe(schluessel);
      if (eingabe && schluessel !== 'datei') {
        if (eigene.some((z) => z.befund.schwere !== 'warnung')) eingabe.setAttribute('aria-invalid', 'true');
        else eingabe.removeAttribute('aria-invalid');
      }
    }
    // Die Zusammenfassung listet alle Befunde, mit Sprung zum Feld.
    const gesamt = this.liste('datei');
    if (gesamt) {
      gesamt.replaceChildren(
        ...befunde.map((z) => {
          const schluessel = listeVon(z);
          const eingabe = schluessel === 'datei' ? null : this.eingabe(schluessel);
          const name = this.beschriftung(eingabe) ?? t('editor.pruefung.datei');
          const ort = [name, stelle(z)].filter(Boolean).join(', ');
          return eintrag(z, ort, eingabe ?? undefined);
        }),
      );
      gesamt.hidden = befunde.length === 0;
    }
    this.fasseZusammen(befunde);
  }

  private fasseZusammen(befunde: readonly ZugeordneterBefund[]): void {
    const fehler = befunde.filter((z) => z.befund.schwere !== 'warnung').length;
    const warnungen = befunde.length - fehler;
    const satz =
      fehler === 0
        ? t('editor.pruefung.ok')
        : fehler === 1
          ? t('editor.pruefung.eins')
          : t('editor.pruefung.viele', { n: fehler });
    const text = warnungen ? `${satz} ${t('editor.pruefung.warnungen', { n: warnungen })}` : satz;
    // Nur bei Änderung schreiben, damit Screenreader nicht bei jedem Tastendruck dasselbe vorlesen.
    if (text === this.letzteZusammenfassung) return;
    this.letzteZusammenfassung = text;
    const region = this.wurzel.querySelector<HTMLElement>('[data-zusammenfassung]');
    if (region) region.textContent = text;
  }

  /** Ob es Fehler gibt (Warnungen zählen nicht). */
  static hatFehler(befunde: readonly ZugeordneterBefund[]): boolean {
    return befunde.some((z) => z.befund.schwere !== 'warnung');
  }
}
