/**
 * Die Liste der Quellen im Formular: Gruppen aus der Vorlage anlegen, lesen,
 * schreiben, entfernen. Die Kennung entsteht aus dem Titel, bis die Autorin
 * sie selbst ändert; „Gelesen am“ ist anfangs heute.
 */
import { t } from '../../i18n/de.ts';
import { slug } from '../../modell/slug.ts';
import type { EntwurfQuelle } from './entwurf.ts';

const FELDER = ['titel', 'url', 'art', 'abgerufen', 'fundstelle', 'id'] as const;
type Eingabe = HTMLInputElement | HTMLSelectElement;

export class Quellenliste {
  private readonly rahmen: HTMLElement;
  private readonly heute: string;
  private zaehler = 0;

  constructor(rahmen: HTMLElement, heute: string) {
    this.rahmen = rahmen;
    this.heute = heute;
    rahmen.querySelector('[data-quelle-hinzufuegen]')?.addEventListener('click', () => {
      const gruppe = this.neu({});
      gruppe.querySelector<HTMLElement>('[data-quelle="titel"]')?.focus();
      this.melde();
    });
    rahmen.addEventListener('click', (e) => {
      const knopf = (e.target as HTMLElement).closest('[data-quelle-entfernen]');
      const gruppe = knopf?.closest<HTMLElement>('[data-quelle-gruppe]');
      if (!gruppe) return;
      gruppe.remove();
      this.nummeriere();
      rahmen.querySelector<HTMLElement>('[data-quelle-hinzufuegen]')?.focus();
      this.melde();
    });
    rahmen.addEventListener('input', (e) => {
      const ziel = e.target as HTMLElement;
      const gruppe = ziel.closest<HTMLElement>('[data-quelle-gruppe]');
      if (!gruppe) return;
      // Wer die Kennung selbst ändert, behält sie; sonst folgt sie dem Titel.
      if (ziel.dataset.quelle === 'id') gruppe.dataset.idSelbst = '';
      if (ziel.dataset.quelle === 'titel' && gruppe.dataset.idSelbst === undefined) {
        const id = gruppe.querySelector<HTMLInputElement>('[data-quelle="id"]');
        if (id)
          id.value = slug((ziel as HTMLInputElement).value)
            .slice(0, 40)
            .replace(/-+$/, '');
      }
    });
  }

  /** Meldet dem Formular eine Änderung, die kein Eingabeereignis auslöst (Hinzufügen, Entfernen). */
  private melde(): void {
    this.rahmen.dispatchEvent(new Event('input', { bubbles: true }));
  }

  private liste(): HTMLElement {
    return this.rahmen.querySelector<HTMLElement>('[data-quellen-liste]')!;
  }

  private neu(werte: Partial<EntwurfQuelle>): HTMLElement {
    const vorlage = this.rahmen.querySelector<HTMLTemplateElement>('[data-quelle-vorlage]')!;
    const gruppe = (vorlage.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
    const nummer = ++this.zaehler;
    for (const feld of FELDER) {
      const eingabe = gruppe.querySelector<Eingabe>(`[data-quelle="${feld}"]`)!;
      eingabe.id = `editor-quelle-${nummer}-${feld}`;
      gruppe.querySelector<HTMLLabelElement>(`label[data-fuer="${feld}"]`)!.htmlFor = eingabe.id;
      const hinweis = gruppe.querySelector<HTMLElement>(`[data-hinweis-text="${feld}"]`);
      if (hinweis) {
        hinweis.id = `${eingabe.id}-hinweis`;
        eingabe.setAttribute('aria-describedby', hinweis.id);
      }
      const wert = werte[feld] ?? (feld === 'abgerufen' ? this.heute : '');
      eingabe.value = wert;
      // Ein Wert aus einer geöffneten Datei, den das Feld nicht annähme, bleibt stehen; die Prüfung meldet ihn.
      if (eingabe.value !== wert && eingabe instanceof HTMLSelectElement) eingabe.append(new Option(wert, wert));
      else if (eingabe.value !== wert && eingabe instanceof HTMLInputElement) eingabe.type = 'text';
      eingabe.value = wert;
    }
    if (werte.id && werte.id !== slug(werte.titel ?? '')) gruppe.dataset.idSelbst = '';
    this.liste().append(gruppe);
    this.nummeriere();
    return gruppe;
  }

  private nummeriere(): void {
    [...this.liste().querySelectorAll<HTMLElement>('[data-quelle-nummer]')].forEach((l, i) => {
      l.textContent = t('editor.quellen.nummer', { n: i + 1 });
    });
  }

  lies(): EntwurfQuelle[] {
    return [...this.liste().querySelectorAll<HTMLElement>('[data-quelle-gruppe]')].map((g) => {
      const wert = (feld: (typeof FELDER)[number]) => g.querySelector<Eingabe>(`[data-quelle="${feld}"]`)?.value ?? '';
      return {
        id: wert('id'),
        titel: wert('titel'),
        url: wert('url'),
        art: wert('art'),
        abgerufen: wert('abgerufen'),
        fundstelle: wert('fundstelle'),
      };
    });
  }

  schreibe(quellen: readonly Partial<EntwurfQuelle>[] | undefined): void {
    this.liste().replaceChildren();
    for (const q of Array.isArray(quellen) ? quellen : []) if (q && typeof q === 'object') this.neu(q);
  }
}
