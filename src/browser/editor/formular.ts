/**
 * Liest den Entwurf aus dem Formular und schreibt ihn hinein; passt die
 * Auswahl an: Leistungen der gewählten Kommune, Bezüge zur Leistung,
 * Steckbrief und Pflichtabschnitte der gewählten Art.
 */
import { t } from '../../i18n/de.ts';
import type { EditorDaten } from '../../pruefung/kern/editor-daten.ts';
import { BEITRAG_ARTEN, STATUS, type BeitragArt, type Status } from '../../schemas/index.ts';
import { STECKBRIEF_FELDER, leererEntwurf, type Entwurf } from './entwurf.ts';
import { zeigeAbschnitte, zeigeSteckbrief } from './fremd.ts';
import { Quellenliste } from './quellen.ts';

type Eingabe = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export class Formular {
  private readonly form: HTMLFormElement;
  private readonly daten: EditorDaten;
  private readonly heute: string;
  private readonly quellen: Quellenliste | undefined;

  constructor(form: HTMLFormElement, daten: EditorDaten, heute: string) {
    this.form = form;
    this.daten = daten;
    this.heute = heute;
    const rahmen = form.querySelector<HTMLElement>('[data-quellen]');
    this.quellen = rahmen ? new Quellenliste(rahmen, heute) : undefined;
  }

  feld(name: string): Eingabe | null {
    return this.form.querySelector<Eingabe>(`[data-feld="${name}"]`);
  }

  abschnitt(titel: string): HTMLTextAreaElement | null {
    return this.form.querySelector<HTMLTextAreaElement>(`[data-abschnitt="${CSS.escape(titel)}"]`);
  }

  private wert(name: string): string {
    return this.feld(name)?.value ?? '';
  }

  lies(): Entwurf {
    const art = this.wert('art');
    const status = this.wert('status');
    const steckbrief: Entwurf['steckbrief'] = {};
    for (const f of STECKBRIEF_FELDER) steckbrief[f] = this.wert(`steckbrief.${f}`);
    const abschnitte: Entwurf['abschnitte'] = {};
    for (const feld of this.form.querySelectorAll<HTMLTextAreaElement>('[data-abschnitt]')) {
      if (feld.value) abschnitte[feld.dataset.abschnitt!] = feld.value;
    }
    return {
      kommune: this.wert('kommune'),
      leistung: this.wert('leistung'),
      art: (BEITRAG_ARTEN as readonly string[]).includes(art) ? (art as BeitragArt) : '',
      titel: this.wert('titel'),
      beschreibung: this.wert('beschreibung'),
      autoren: this.wert('autoren'),
      datum: this.wert('datum'),
      status: (STATUS as readonly string[]).includes(status) ? (status as Status) : 'entwurf',
      bezug: this.wert('bezug'),
      steckbrief,
      abschnitte,
      quellen: this.quellen?.lies() ?? [],
    };
  }

  /** Setzt einen gespeicherten Entwurf ins Formular; fehlende Felder bekommen die Vorgabe. */
  schreibe(teil: Partial<Entwurf>): void {
    const e = { ...leererEntwurf(this.heute), ...teil };
    const setze = (name: string, wert: unknown) => {
      const feld = this.feld(name);
      if (feld && typeof wert === 'string') feld.value = wert;
    };
    setze('kommune', e.kommune);
    this.passeAn();
    setze('leistung', e.leistung);
    this.passeAn();
    for (const name of ['art', 'titel', 'beschreibung', 'autoren', 'datum', 'status', 'bezug'] as const)
      setze(name, e[name]);
    for (const f of STECKBRIEF_FELDER) setze(`steckbrief.${f}`, e.steckbrief?.[f] ?? '');
    for (const [titel, text] of Object.entries(e.abschnitte ?? {})) {
      const feld = this.abschnitt(titel);
      if (feld && typeof text === 'string') feld.value = text;
    }
    this.quellen?.schreibe(e.quellen);
    this.passeAn();
  }

  /** Passt Auswahllisten und sichtbare Teile an die gewählte Kommune, Leistung und Art an. */
  passeAn(): void {
    const kommune = this.daten.kommunen.find((k) => k.id === this.wert('kommune'));
    const leistungen = this.daten.leistungen.filter((l) => kommune?.leistungen.includes(l.id));
    this.optionen('leistung', [
      { wert: '', text: t('editor.bitte-waehlen') },
      ...leistungen.map((l) => ({ wert: l.id, text: l.titel })),
    ]);
    const leistung = this.wert('leistung');
    this.optionen('bezug', [
      { wert: '', text: t('editor.feld.bezug.keiner') },
      ...this.daten.bezuege
        .filter((b) => !b.leistung || b.leistung === leistung)
        .map((b) => ({ wert: b.id, text: b.leistung ? b.titel : `${b.titel} (${t('suche.art.baustein')})` })),
    ]);
    const art = this.wert('art');
    zeigeSteckbrief(this.form, art);
    const eigene = zeigeAbschnitte(this.form, art);
    const leer = this.form.querySelector<HTMLElement>('[data-text-leer]');
    if (leer) leer.hidden = eigene > 0;
    const zaehler = this.form.querySelector<HTMLElement>('[data-zaehler]');
    if (zaehler)
      zaehler.textContent = t('editor.feld.beschreibung.zaehler', { n: this.wert('beschreibung').trim().length });
  }

  /** Ersetzt die Optionen einer Auswahl; die Wahl bleibt, wenn es sie noch gibt. */
  private optionen(name: string, liste: readonly { wert: string; text: string }[]): void {
    const feld = this.feld(name);
    if (!(feld instanceof HTMLSelectElement)) return;
    const vorher = feld.value;
    const gleich = feld.options.length === liste.length && liste.every((o, i) => feld.options[i]?.value === o.wert);
    if (gleich) return;
    feld.replaceChildren(...liste.map((o) => new Option(o.text, o.wert)));
    feld.value = liste.some((o) => o.wert === vorher) ? vorher : '';
  }
}
