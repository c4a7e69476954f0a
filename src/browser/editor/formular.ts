/**
 * Liest den Entwurf aus dem Formular und schreibt ihn hinein; passt die
 * Auswahl an: Leistungen der gewählten Kommune, Bezüge zur Leistung,
 * Steckbrief und Pflichtabschnitte der gewählten Art.
 */
import { t, type TextSchluessel } from '../../i18n/de.ts';
import type { EditorDaten } from '../../pruefung/kern/editor-daten.ts';
import { STATUS } from '../../schemas/index.ts';
import { EINLEITUNG } from './datei.ts';
import { STECKBRIEF_FELDER, leererEntwurf, type Entwurf, type Herkunft } from './entwurf.ts';
import { zeigeAbschnitte, zeigeSteckbrief } from './fremd.ts';
import { Quellenliste } from './quellen.ts';
import { NEUE_KOMMUNE, idVon } from './kommune.ts';
import { Profilformular } from './profil.ts';

type Eingabe = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export class Formular {
  private readonly form: HTMLFormElement;
  private readonly daten: EditorDaten;
  private readonly heute: string;
  private readonly quellen: Quellenliste | undefined;
  private readonly profil: Profilformular | undefined;
  /** Woher der Entwurf stammt (geöffnete Datei); kein Feld, geht aber mit dem Entwurf in den Speicher. */
  private herkunft: Herkunft | undefined;
  /** Werte aus einer geöffneten Datei, die keine Auswahl anbietet: Sie bleiben wählbar, bis eine andere Datei kommt. */
  private readonly zusatz = new Map<string, string>();

  constructor(form: HTMLFormElement, daten: EditorDaten, heute: string) {
    this.form = form;
    this.daten = daten;
    this.heute = heute;
    const rahmen = form.querySelector<HTMLElement>('[data-quellen]');
    this.quellen = rahmen ? new Quellenliste(rahmen, heute) : undefined;
    const profil = form.querySelector<HTMLElement>('[data-profil]');
    this.profil = profil ? new Profilformular(profil) : undefined;
    // Das Datum der Pilotleistungen ist anfangs heute, auch ohne gespeicherten Entwurf.
    this.profil?.schreibe(undefined, heute);
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
    const steckbrief: Entwurf['steckbrief'] = {};
    for (const f of STECKBRIEF_FELDER) steckbrief[f] = this.wert(`steckbrief.${f}`);
    const abschnitte: Entwurf['abschnitte'] = {};
    for (const feld of this.form.querySelectorAll<HTMLTextAreaElement>('[data-abschnitt]')) {
      if (feld.value && feld.dataset.abschnitt !== EINLEITUNG) abschnitte[feld.dataset.abschnitt!] = feld.value;
    }
    const neueKommune = this.profil?.lies();
    const kommuneNeu = this.wert('kommune') === NEUE_KOMMUNE && neueKommune !== undefined;
    return {
      kommune: kommuneNeu ? idVon(neueKommune) : this.wert('kommune'),
      kommuneNeu,
      neueKommune,
      leistung: this.wert('leistung'),
      art: this.wert('art'),
      titel: this.wert('titel'),
      beschreibung: this.wert('beschreibung'),
      autoren: this.wert('autoren'),
      datum: this.wert('datum'),
      status: this.wert('status'),
      bezug: this.wert('bezug'),
      steckbrief,
      abschnitte,
      quellen: this.quellen?.lies() ?? [],
      einleitung: this.abschnitt(EINLEITUNG)?.value ?? '',
      herkunft: this.herkunft,
    };
  }

  /**
   * Setzt einen gespeicherten oder geöffneten Entwurf ins Formular; fehlende
   * Felder bekommen die Vorgabe. Ein Wert, den ein Feld nicht annähme (eine
   * Auswahl ohne diesen Eintrag, ein Datum, das keines ist), geht nicht
   * verloren: Die Auswahl bekommt ihn als Eintrag, das Feld wird ein Textfeld.
   * Die Prüfung meldet ihn dann, wie er dasteht.
   */
  schreibe(teil: Partial<Entwurf>): void {
    const e = { ...leererEntwurf(this.heute), ...teil };
    this.herkunft = e.herkunft && typeof e.herkunft === 'object' ? e.herkunft : undefined;
    // Was die vorige Datei hinzugefügt hat, gilt nicht mehr.
    this.zusatz.clear();
    for (const o of this.form.querySelectorAll('option[data-zusatz]')) o.remove();
    for (const f of this.form.querySelectorAll<HTMLInputElement>('input[data-typ]')) {
      f.type = f.dataset.typ!;
      delete f.dataset.typ;
    }
    const setze = (name: string, wert: unknown) => {
      const feld = this.feld(name);
      if (!feld || typeof wert !== 'string') return;
      feld.value = wert;
      if (feld.value === wert) return;
      if (feld instanceof HTMLSelectElement) {
        this.zusatz.set(name, wert);
        // „Freigegeben“ bieten die Auswahl Autorinnen nicht an; eine geöffnete Datei kann es tragen.
        const text =
          name === 'status' && (STATUS as readonly string[]).includes(wert)
            ? t(`status.${wert}` as TextSchluessel)
            : wert;
        const option = new Option(text, wert);
        option.dataset.zusatz = '';
        feld.append(option);
        feld.value = wert;
      } else if (feld instanceof HTMLInputElement) {
        feld.dataset.typ = feld.type;
        feld.type = 'text';
        feld.value = wert;
      }
    };
    this.profil?.schreibe(e.neueKommune, this.heute);
    setze('kommune', e.kommuneNeu ? NEUE_KOMMUNE : e.kommune);
    this.passeAn();
    setze('leistung', e.leistung);
    this.passeAn();
    for (const name of ['art', 'titel', 'beschreibung', 'autoren', 'datum', 'status', 'bezug'] as const)
      setze(name, e[name]);
    for (const f of STECKBRIEF_FELDER) setze(`steckbrief.${f}`, e.steckbrief?.[f] ?? '');
    for (const [titel, text] of Object.entries(e.abschnitte ?? {})) {
      const feld = this.abschnitt(titel);
      if (feld && typeof text === 'string' && titel !== EINLEITUNG) feld.value = text;
    }
    const einleitung = this.abschnitt(EINLEITUNG);
    if (einleitung) einleitung.value = typeof e.einleitung === 'string' ? e.einleitung : '';
    this.quellen?.schreibe(e.quellen);
    this.passeAn();
  }

  /** Passt Auswahllisten und sichtbare Teile an die gewählte Kommune, Leistung und Art an. */
  passeAn(): void {
    // Eine neue Kommune pilotiert, was ihr Profil nennt.
    const neu = this.wert('kommune') === NEUE_KOMMUNE ? this.profil?.lies() : undefined;
    this.profil?.zeige(neu !== undefined);
    const kommune = neu
      ? { leistungen: neu.pilot.map((p) => p.leistung) }
      : this.daten.kommunen.find((k) => k.id === this.wert('kommune'));
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
    // Text vor dem ersten Abschnitt: mit den Abschnitten der Art, und immer, wenn schon Text darin steht.
    const vorspann = this.form.querySelector<HTMLElement>('[data-vorspann]');
    if (vorspann) vorspann.hidden = eigene === 0 && (this.abschnitt(EINLEITUNG)?.value ?? '').trim() === '';
    const zaehler = this.form.querySelector<HTMLElement>('[data-zaehler]');
    if (zaehler)
      zaehler.textContent = t('editor.feld.beschreibung.zaehler', { n: this.wert('beschreibung').trim().length });
  }

  /** Ersetzt die Optionen einer Auswahl; die Wahl bleibt, wenn es sie noch gibt. */
  private optionen(name: string, angebot: readonly { wert: string; text: string }[]): void {
    const feld = this.feld(name);
    if (!(feld instanceof HTMLSelectElement)) return;
    const vorher = feld.value;
    // Ein Wert aus der geöffneten Datei, den die Liste nicht anbietet, bleibt wählbar (die Prüfung meldet ihn).
    const zusatz = this.zusatz.get(name);
    const liste =
      zusatz && !angebot.some((o) => o.wert === zusatz) ? [...angebot, { wert: zusatz, text: zusatz }] : angebot;
    const gleich = feld.options.length === liste.length && liste.every((o, i) => feld.options[i]?.value === o.wert);
    if (gleich) return;
    feld.replaceChildren(...liste.map((o) => new Option(o.text, o.wert)));
    feld.value = liste.some((o) => o.wert === vorher) ? vorher : '';
  }
}
