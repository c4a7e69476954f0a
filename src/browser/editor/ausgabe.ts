/**
 * Die fertige Datei: Pfad und Text anzeigen, herunterladen, kopieren und bei
 * GitHub oder GitLab einreichen. Der Entwurf bleibt nach dem Herunterladen im
 * Browser: Wer danach noch etwas ändern will, soll nicht von vorn anfangen.
 *
 * Einreichen ist erst möglich, wenn die Prüfung keine Fehler mehr findet
 * (Warnungen halten nicht auf): Sonst öffnet sich die Plattform nicht, und die
 * Seite sagt, was zuerst zu beheben ist.
 */
import { t } from '../../i18n/de.ts';
import type { Repository } from '../../config/site.ts';
import type { BeitragDatei } from './datei.ts';
import { einreichung } from './einreichen.ts';

/** Was vor dem Einreichen offen ist: Fehler der Prüfung und Abschnitte, deren Text nicht in die Datei kommt. */
export interface Offen {
  fehler: number;
  fremd: number;
}

/** Längste mailto-Adresse, die E-Mail-Programme zuverlässig annehmen; darüber kommt die Datei als Anhang. */
export const SICHERE_MAILTO_LAENGE = 1800;

/** Der mailto-Link: mit dem Text, solange er kurz genug ist, sonst mit der Bitte, die Datei anzuhängen. */
export function mailto(adresse: string, datei: BeitragDatei, titel: string): { url: string; anhang: boolean } {
  const betreff = t('editor.email.betreff', { titel: titel || datei.name });
  const adresseMit = (koerper: string) =>
    `mailto:${adresse}?subject=${encodeURIComponent(betreff)}&body=${encodeURIComponent(koerper)}`;
  const mitText = adresseMit(t('editor.email.koerper', { pfad: datei.pfad, text: datei.text }));
  if (mitText.length <= SICHERE_MAILTO_LAENGE) return { url: mitText, anhang: false };
  return { url: adresseMit(t('editor.email.koerper.anhang', { name: datei.name, pfad: datei.pfad })), anhang: true };
}

export interface AusgabeOptionen {
  repo: Repository | undefined;
  /** Funktionsadresse der Redaktion für „Per E-Mail senden“. */
  redaktion: string | undefined;
  /** Titel des Beitrags für den Betreff. */
  titel: () => string;
  /** Prüft den neuesten Stand und sagt, was offen ist. */
  offen: () => Promise<Offen>;
  /** Zeigt alle Befunde (auch zu Feldern, die noch niemand bearbeitet hat) und springt zur Prüfung. */
  zeigeAlles: () => void;
}

export class Ausgabe {
  private datei: BeitragDatei | undefined;
  private readonly wurzel: HTMLElement;
  private readonly optionen: AusgabeOptionen;
  /** Was nach der letzten Prüfung offen ist; der E-Mail-Link entscheidet im Klick, ohne zu warten. */
  private offenJetzt: Offen | undefined;
  /** Adresse der Seite „Neue Datei“ für den zweiten Schritt bei langem Text. */
  private zweiterSchritt: string | undefined;

  constructor(wurzel: HTMLElement, optionen: AusgabeOptionen) {
    this.wurzel = wurzel;
    this.optionen = optionen;
    this.knopf('herunterladen')?.addEventListener('click', () => this.herunterladen());
    this.knopf('kopieren')?.addEventListener('click', async () => {
      this.melde((await this.kopieren()) ? t('editor.datei.kopiert') : t('editor.datei.kopieren.fehler'));
    });
    this.knopf('einreichen')?.addEventListener('click', () => void this.einreichen());
    this.wurzel.querySelector<HTMLAnchorElement>('[data-email]')?.addEventListener('click', (e) => this.email(e));
    this.knopf('schritt-kopieren')?.addEventListener('click', async () => {
      const ok = await this.kopieren();
      this.melde(ok ? t('editor.einreichen.schritt1.ok') : t('editor.datei.kopieren.fehler'));
      if (ok) this.knopf('schritt-oeffnen')?.focus();
    });
    this.knopf('schritt-oeffnen')?.addEventListener('click', () => {
      if (this.zweiterSchritt) window.open(this.zweiterSchritt, '_blank', 'noopener');
      this.melde(t('editor.einreichen.schritt2.ok'));
    });
  }

  private knopf(name: string): HTMLButtonElement | null {
    return this.wurzel.querySelector<HTMLButtonElement>(`[data-${name}]`);
  }

  private melde(text: string): void {
    const meldung = this.wurzel.querySelector<HTMLElement>('[data-ausgabe-meldung]');
    if (meldung) meldung.textContent = text;
  }

  zeige(datei: BeitragDatei): void {
    this.datei = datei;
    const pfad = this.wurzel.querySelector<HTMLElement>('[data-datei-pfad]');
    if (pfad) pfad.textContent = datei.pfad;
    const bearbeitet = this.wurzel.querySelector<HTMLElement>('[data-datei-bearbeitet]');
    if (bearbeitet) bearbeitet.hidden = !datei.bearbeitet;
    const text = this.wurzel.querySelector<HTMLTextAreaElement>('[data-datei-text]');
    if (text) text.value = datei.text;
    const email = this.wurzel.querySelector<HTMLAnchorElement>('[data-email]');
    if (email && this.optionen.redaktion)
      email.href = mailto(this.optionen.redaktion, datei, this.optionen.titel()).url;
  }

  /**
   * „Per E-Mail senden“ ist ein Link (mailto), damit er auch ohne Skriptlauf
   * dorthin führt, wo er hinzeigt. Mit Fehlern hält ihn das Skript an; bei
   * langem Text lädt es vorher die Datei herunter, die dann angehängt wird.
   */
  private email(ereignis: MouseEvent): void {
    const offen = this.offenJetzt;
    if (offen && (offen.fehler > 0 || offen.fremd > 0)) {
      ereignis.preventDefault();
      this.melde(Ausgabe.textZu(offen));
      this.optionen.zeigeAlles();
      return;
    }
    if (!this.datei || !this.optionen.redaktion) return;
    const { anhang } = mailto(this.optionen.redaktion, this.datei, this.optionen.titel());
    if (anhang) {
      this.herunterladen();
      this.melde(t('editor.email.anhang', { name: this.datei.name }));
    } else {
      this.melde(t('editor.email.geoeffnet'));
    }
  }

  /** Schreibt neben die Einreichen-Knöpfe, was vorher zu tun ist (oder dass es losgehen kann). */
  zeigeOffen(offen: Offen): void {
    this.offenJetzt = offen;
    const ziel = this.wurzel.querySelector<HTMLElement>('[data-einreichen-stand]');
    if (ziel) ziel.textContent = Ausgabe.textZu(offen);
  }

  static textZu({ fehler, fremd }: Offen): string {
    const teile: string[] = [];
    if (fehler === 1) teile.push(t('editor.einreichen.offen.fehler-eins'));
    else if (fehler > 1) teile.push(t('editor.einreichen.offen.fehler-viele', { n: fehler }));
    if (fremd === 1) teile.push(t('editor.einreichen.offen.fremd-eins'));
    else if (fremd > 1) teile.push(t('editor.einreichen.offen.fremd-viele', { n: fremd }));
    return teile.length ? `${t('editor.einreichen.vorher')} ${teile.join(' ')}` : t('editor.einreichen.bereit');
  }

  private herunterladen(): void {
    if (!this.datei) return;
    const blob = new Blob([this.datei.text], { type: 'text/markdown;charset=utf-8' });
    const adresse = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = adresse;
    link.download = this.datei.name;
    document.body.append(link);
    link.click();
    link.remove();
    // Manche Browser lesen die Adresse erst nach dem Klick; kurz warten, dann freigeben.
    setTimeout(() => URL.revokeObjectURL(adresse), 10_000);
    this.melde(t('editor.datei.heruntergeladen', { pfad: this.datei.pfad }));
  }

  private async kopieren(): Promise<boolean> {
    if (!this.datei) return false;
    try {
      await navigator.clipboard.writeText(this.datei.text);
      return true;
    } catch {
      return false;
    }
  }

  private async einreichen(): Promise<void> {
    const repo = this.optionen.repo;
    if (!repo) return;
    const offen = await this.optionen.offen();
    this.zeigeOffen(offen);
    if (offen.fehler > 0 || offen.fremd > 0) {
      this.melde(Ausgabe.textZu(offen));
      this.optionen.zeigeAlles();
      return;
    }
    if (!this.datei) return;
    const { url, textInAdresse, bearbeiten } = einreichung(repo, this.datei);
    const zweischritt = this.wurzel.querySelector<HTMLElement>('[data-zweischritt]');
    // Schritt 2 öffnet „Neue Datei“ oder, beim Bearbeiten, die vorhandene Datei.
    const schritt2 = this.knopf('schritt-oeffnen');
    if (schritt2)
      schritt2.textContent = t(bearbeiten ? 'editor.einreichen.schritt2.bearbeiten' : 'editor.einreichen.schritt2');
    const schritt2Text = this.wurzel.querySelector<HTMLElement>('[data-schritt2-text]');
    if (schritt2Text)
      schritt2Text.textContent = t(
        bearbeiten ? 'editor.einreichen.schritt2.bearbeiten.text' : 'editor.einreichen.schritt2.text',
      );
    if (textInAdresse) {
      if (zweischritt) zweischritt.hidden = true;
      window.open(url, '_blank', 'noopener');
      this.melde(t(repo.art === 'gitlab' ? 'editor.einreichen.gitlab.schritte' : 'editor.einreichen.github.schritte'));
      return;
    }
    // Zu lang für die Adresse: zwei klare Schritte, jeder mit eigenem Knopf (und eigenem Klick für den Browser).
    this.zweiterSchritt = url;
    if (zweischritt) zweischritt.hidden = false;
    this.melde(t(bearbeiten ? 'editor.einreichen.bearbeiten' : 'editor.einreichen.zu-lang'));
    this.knopf('schritt-kopieren')?.focus();
  }
}
