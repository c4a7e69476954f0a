/**
 * Zeigt die Befunde der Prüfung neben dem Feld oder Abschnitt, zu dem sie
 * gehören (mit der Zeile im Abschnitt), markiert die Eingabe als ungültig und
 * fasst alles in der Prüfung zusammen: eine Liste mit Sprüngen zu den Feldern
 * und ein Satz in einer aria-live-Region für Screenreader.
 */
import { t } from '../../i18n/de.ts';
import type { ZugeordneterBefund } from './zuordnung.ts';

/** Wohin ein Befund im Formular gehört: Schlüssel der Liste (data-befunde-fuer). */
export function listeVon(z: ZugeordneterBefund): string {
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

  /**
   * Zeigt die Befunde. `sichtbar` sagt, welche die Autorin schon sehen soll:
   * nur die zu Feldern, die sie bearbeitet hat, oder alle nach „Jetzt prüfen“.
   * Die Zusammenfassung sagt ehrlich, ob noch Ungezeigtes offen ist.
   */
  zeige(
    alle: readonly ZugeordneterBefund[],
    sichtbar: (schluessel: string) => boolean,
    fremd: readonly string[] = [],
  ): void {
    const befunde = alle.filter((z) => sichtbar(listeVon(z)));
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
    // Die Zusammenfassung listet alle gezeigten Befunde, mit Sprung zum Feld.
    const gesamt = this.liste('datei');
    if (gesamt) {
      gesamt.replaceChildren(
        ...befunde.map((z) => {
          const schluessel = listeVon(z);
          const eingabe = schluessel === 'datei' ? null : this.eingabe(schluessel);
          // Eine Liste für eine Gruppe von Feldern (etwa die Pilotleistungen) nennt die Gruppe, nicht ihr erstes Feld.
          const name =
            (schluessel === 'datei' ? undefined : this.liste(schluessel)?.dataset.befundeName) ??
            this.beschriftung(eingabe) ??
            t('editor.pruefung.datei');
          const ort = [name, stelle(z)].filter(Boolean).join(', ');
          return eintrag(z, ort, eingabe ?? undefined);
        }),
      );
      gesamt.hidden = befunde.length === 0;
    }
    this.fasseZusammen(befunde, Befundanzeige.zahlFehler(alle) - Befundanzeige.zahlFehler(befunde), fremd.length);
  }

  private fasseZusammen(befunde: readonly ZugeordneterBefund[], verborgen: number, fremd: number): void {
    const fehler = Befundanzeige.zahlFehler(befunde);
    const warnungen = befunde.length - fehler;
    const saetze: string[] = [];
    if (fehler === 0 && verborgen === 0 && befunde.length === 0 && fremd === 0) saetze.push(t('editor.pruefung.ok'));
    else if (fehler === 0 && verborgen > 0 && befunde.length === 0 && this.nochNichts)
      saetze.push(t('editor.pruefung.start'));
    else if (fehler === 0) saetze.push(t('editor.pruefung.bisher-ok'));
    else saetze.push(fehler === 1 ? t('editor.pruefung.eins') : t('editor.pruefung.viele', { n: fehler }));
    if (warnungen)
      saetze.push(warnungen === 1 ? t('editor.pruefung.warnung') : t('editor.pruefung.warnungen', { n: warnungen }));
    if (verborgen > 0 && !(saetze[0] === t('editor.pruefung.start'))) saetze.push(t('editor.pruefung.offen'));
    if (fremd) saetze.push(fremd === 1 ? t('editor.fremd.offen.eins') : t('editor.fremd.offen.viele', { n: fremd }));
    const text = saetze.join(' ');
    // Nur bei Änderung schreiben, damit Screenreader nicht bei jedem Tastendruck dasselbe vorlesen.
    if (text === this.letzteZusammenfassung) return;
    this.letzteZusammenfassung = text;
    const region = this.wurzel.querySelector<HTMLElement>('[data-zusammenfassung]');
    if (region) region.textContent = text;
  }

  /** Ob die Autorin noch nichts bearbeitet hat (dann sagt die Zusammenfassung nur, wie die Prüfung arbeitet). */
  nochNichts = true;

  static zahlFehler(befunde: readonly ZugeordneterBefund[]): number {
    return befunde.filter((z) => z.befund.schwere !== 'warnung').length;
  }

  /** Ob es Fehler gibt (Warnungen zählen nicht). */
  static hatFehler(befunde: readonly ZugeordneterBefund[]): boolean {
    return befunde.some((z) => z.befund.schwere !== 'warnung');
  }
}
