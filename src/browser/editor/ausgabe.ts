/**
 * Die fertige Datei: Pfad und Text anzeigen, herunterladen (dann wird der
 * Entwurf im Browser gelöscht), kopieren und bei GitHub oder GitLab einreichen.
 */
import { t } from '../../i18n/de.ts';
import type { Repository } from '../../config/site.ts';
import type { BeitragDatei } from './datei.ts';
import { einreichung } from './einreichen.ts';

export class Ausgabe {
  private datei: BeitragDatei | undefined;
  private readonly wurzel: HTMLElement;
  private readonly repo: Repository | undefined;
  private readonly nachDemHerunterladen: () => void;

  constructor(wurzel: HTMLElement, repo: Repository | undefined, nachDemHerunterladen: () => void) {
    this.wurzel = wurzel;
    this.repo = repo;
    this.nachDemHerunterladen = nachDemHerunterladen;
    this.knopf('herunterladen')?.addEventListener('click', () => this.herunterladen());
    this.knopf('kopieren')?.addEventListener('click', async () => {
      this.melde((await this.kopieren()) ? t('editor.datei.kopiert') : t('editor.datei.kopieren.fehler'));
    });
    this.knopf('einreichen')?.addEventListener('click', () => void this.einreichen());
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
    const text = this.wurzel.querySelector<HTMLTextAreaElement>('[data-datei-text]');
    if (text) text.value = datei.text;
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
    this.nachDemHerunterladen();
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
    if (!this.datei || !this.repo) return;
    const { url, textInAdresse } = einreichung(this.repo, this.datei);
    // Erst kopieren, dann öffnen, beides noch im Klick: Browser erlauben Zwischenablage und neues Fenster nur dann.
    const kopie = textInAdresse ? undefined : this.kopieren();
    window.open(url, '_blank', 'noopener');
    if (!kopie) {
      this.melde(t('editor.einreichen.text'));
      return;
    }
    this.melde((await kopie) ? t('editor.einreichen.zwischenablage') : t('editor.datei.kopieren.fehler'));
  }
}
