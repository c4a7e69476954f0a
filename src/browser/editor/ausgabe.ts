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
import { neueDateiUrl } from '../../config/site.ts';
import type { BeitragDatei } from './datei.ts';
import { einreichung } from './einreichen.ts';
import type { KommuneDatei } from './kommune.ts';

/** Was vor dem Einreichen offen ist: Fehler der Prüfung und Abschnitte, deren Text nicht in die Datei kommt. */
export interface Offen {
  fehler: number;
  fremd: number;
}

/** Längste mailto-Adresse, die E-Mail-Programme zuverlässig annehmen; darüber kommt die Datei als Anhang. */
export const SICHERE_MAILTO_LAENGE = 1800;

/**
 * Der mailto-Link: mit dem Text, solange er kurz genug ist, sonst mit der
 * Bitte, die Datei anzuhängen. Mit dem Profil einer neuen Kommune steht dieses
 * (es ist kurz) immer im Text, der Beitrag im Text oder als Anhang.
 */
export function mailto(
  adresse: string,
  datei: BeitragDatei,
  titel: string,
  profil?: KommuneDatei,
): { url: string; anhang: boolean } {
  const betreff = t('editor.email.betreff', { titel: titel || datei.name });
  const adresseMit = (koerper: string) =>
    `mailto:${adresse}?subject=${encodeURIComponent(betreff)}&body=${encodeURIComponent(koerper)}`;
  const werte = {
    pfad: datei.pfad,
    text: datei.text,
    name: datei.name,
    profilPfad: profil?.pfad ?? '',
    profil: profil?.text ?? '',
  };
  const mitText = adresseMit(t(profil ? 'editor.email.koerper.profil' : 'editor.email.koerper', werte));
  if (mitText.length <= SICHERE_MAILTO_LAENGE) return { url: mitText, anhang: false };
  return {
    url: adresseMit(t(profil ? 'editor.email.koerper.profil.anhang' : 'editor.email.koerper.anhang', werte)),
    anhang: true,
  };
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
  /** Das Profil einer neuen Kommune, das mit dem Beitrag eingereicht wird. */
  private profil: KommuneDatei | undefined;
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
    this.knopf('profil-herunterladen')?.addEventListener('click', () => {
      if (!this.profil) return;
      Ausgabe.speichere(this.profil.text, this.profil.name, 'application/yaml;charset=utf-8');
      this.melde(t('editor.profil.heruntergeladen', { pfad: this.profil.pfad }));
    });
    this.knopf('zwei-profil')?.addEventListener('click', () => {
      const repo = this.optionen.repo;
      if (!repo || !this.profil) return;
      window.open(neueDateiUrl(repo, this.profil.ordner, this.profil.name, this.profil.text), '_blank', 'noopener');
      this.melde(t(repo.art === 'gitlab' ? 'editor.einreichen.gitlab.schritte' : 'editor.einreichen.github.schritte'));
      this.knopf('zwei-kopieren')?.focus();
    });
    this.knopf('zwei-kopieren')?.addEventListener('click', async () => {
      const ok = await this.kopieren();
      this.melde(ok ? t('editor.einreichen.zwei.kopiert') : t('editor.datei.kopieren.fehler'));
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

  zeige(datei: BeitragDatei, profil?: KommuneDatei): void {
    this.datei = datei;
    this.profil = profil;
    const profilRahmen = this.wurzel.querySelector<HTMLElement>('[data-profil-ausgabe]');
    if (profilRahmen) profilRahmen.hidden = !profil;
    for (const e of this.wurzel.querySelectorAll<HTMLElement>('[data-nur-profil]')) e.hidden = !profil;
    // Mit Profil gibt es zwei Dateien: Der Knopf sagt, welche er lädt.
    const laden = this.knopf('herunterladen');
    if (laden) laden.textContent = t(profil ? 'editor.datei.herunterladen.beitrag' : 'editor.datei.herunterladen');
    const profilPfad = this.wurzel.querySelector<HTMLElement>('[data-profil-pfad]');
    if (profilPfad) profilPfad.textContent = profil?.pfad ?? '';
    const profilText = this.wurzel.querySelector<HTMLTextAreaElement>('[data-profil-text]');
    if (profilText) profilText.value = profil?.text ?? '';
    if (!profil) {
      const zwei = this.wurzel.querySelector<HTMLElement>('[data-zwei-dateien]');
      if (zwei) zwei.hidden = true;
    }
    const pfad = this.wurzel.querySelector<HTMLElement>('[data-datei-pfad]');
    if (pfad) pfad.textContent = datei.pfad;
    const bearbeitet = this.wurzel.querySelector<HTMLElement>('[data-datei-bearbeitet]');
    if (bearbeitet) bearbeitet.hidden = !datei.bearbeitet;
    const text = this.wurzel.querySelector<HTMLTextAreaElement>('[data-datei-text]');
    if (text) text.value = datei.text;
    const email = this.wurzel.querySelector<HTMLAnchorElement>('[data-email]');
    if (email && this.optionen.redaktion)
      email.href = mailto(this.optionen.redaktion, datei, this.optionen.titel(), profil).url;
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
    const { anhang } = mailto(this.optionen.redaktion, this.datei, this.optionen.titel(), this.profil);
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
    Ausgabe.speichere(this.datei.text, this.datei.name, 'text/markdown;charset=utf-8');
    this.melde(t('editor.datei.heruntergeladen', { pfad: this.datei.pfad }));
  }

  /** Lädt Text als Datei herunter (ein Klick je Datei: Browser halten mehrere Downloads auf einmal an). */
  private static speichere(text: string, name: string, typ: string): void {
    const adresse = URL.createObjectURL(new Blob([text], { type: typ }));
    const link = document.createElement('a');
    link.href = adresse;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    // Manche Browser lesen die Adresse erst nach dem Klick; kurz warten, dann freigeben.
    setTimeout(() => URL.revokeObjectURL(adresse), 10_000);
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
    if (this.profil) {
      this.zeigeZweiDateien(repo.art, this.profil, this.datei);
      return;
    }
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

  /** Mit dem Profil einer neuen Kommune: drei Schritte, die beide Dateien in denselben Pull- bzw. Merge-Request bringen. */
  private zeigeZweiDateien(art: 'github' | 'gitlab', profil: KommuneDatei, datei: BeitragDatei): void {
    const rahmen = this.wurzel.querySelector<HTMLElement>('[data-zwei-dateien]');
    if (!rahmen) return;
    const zweischritt = this.wurzel.querySelector<HTMLElement>('[data-zweischritt]');
    if (zweischritt) zweischritt.hidden = true;
    const text = (name: string, wert: string) => {
      const ziel = rahmen.querySelector<HTMLElement>(`[data-${name}]`);
      if (ziel) ziel.textContent = wert;
    };
    text('zwei-profil-text', t('editor.einreichen.zwei.profil.text', { pfad: profil.pfad }));
    text(
      'zwei-beitrag-text',
      t(art === 'gitlab' ? 'editor.einreichen.zwei.beitrag.gitlab' : 'editor.einreichen.zwei.beitrag.github', {
        pfad: datei.pfad,
      }),
    );
    rahmen.hidden = false;
    this.melde(t('editor.einreichen.zwei.start'));
    this.knopf('zwei-profil')?.focus();
  }
}
