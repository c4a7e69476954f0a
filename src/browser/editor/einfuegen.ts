/**
 * „Beleg einfügen“ und „Begriff einfügen“: setzt [^kennung] bzw.
 * <Begriff>…</Begriff> an die Stelle des Cursors im zuletzt benutzten
 * Abschnitt. Die Stelle merkt sich das Skript, wenn der Fokus das Textfeld
 * verlässt, denn dann wählt die Autorin in der Liste darüber.
 */
import { t } from '../../i18n/de.ts';
import type { EntwurfQuelle } from './entwurf.ts';

export function verbindeEinfuegen(form: HTMLElement, quellen: () => EntwurfQuelle[]): { aktualisiere(): void } {
  let feld: HTMLTextAreaElement | undefined;
  let anfang = 0;
  let ende = 0;
  const merke = (e: Event) => {
    const ziel = e.target;
    if (ziel instanceof HTMLTextAreaElement && ziel.dataset.abschnitt) {
      feld = ziel;
      anfang = ziel.selectionStart;
      ende = ziel.selectionEnd;
    }
  };
  // Nicht jeder Browser nimmt einem Textfeld beim Klick auf einen Knopf den Fokus: Die Stelle nach jeder Bewegung merken.
  for (const art of ['focusout', 'keyup', 'mouseup', 'input', 'select']) form.addEventListener(art, merke);
  const meldung = form.querySelector<HTMLElement>('[data-einfuegen-meldung]');
  const melde = (text: string) => {
    if (meldung) meldung.textContent = text;
  };

  function setzeEin(text: string): void {
    if (!feld || feld.closest('[hidden]')) {
      melde(t('editor.einfuegen.kein-feld'));
      return;
    }
    feld.focus();
    feld.setRangeText(text, anfang, ende, 'end');
    anfang = ende = feld.selectionEnd;
    // Wie getippt: speichern, prüfen, Vorschau.
    feld.dispatchEvent(new Event('input', { bubbles: true }));
    melde(t('editor.einfuegen.eingefuegt', { abschnitt: feld.dataset.abschnitt ?? '', was: text }));
  }

  const belegWahl = form.querySelector<HTMLSelectElement>('[data-beleg-wahl]');
  form.querySelector('[data-beleg-einfuegen]')?.addEventListener('click', () => {
    const id = belegWahl?.value ?? '';
    if (!id) {
      melde(t('editor.einfuegen.keine-quelle'));
      return;
    }
    setzeEin(`[^${id}]`);
  });
  form.querySelector('[data-begriff-einfuegen]')?.addEventListener('click', () => {
    const begriff = form.querySelector<HTMLSelectElement>('[data-begriff-wahl]')?.value ?? '';
    if (begriff) setzeEin(`<Begriff>${begriff}</Begriff>`);
  });

  return {
    /** Die Auswahl der Quellen folgt der Liste (Titel sichtbar, Kennung als Wert). */
    aktualisiere(): void {
      if (!belegWahl) return;
      const liste = quellen().filter((q) => q.id.trim() && q.titel.trim());
      const neu = liste.map((q) => `${q.id}\t${q.titel}`).join('\n');
      if (belegWahl.dataset.stand === neu) return;
      const vorher = belegWahl.value;
      belegWahl.replaceChildren(
        ...(liste.length
          ? liste.map((q) => new Option(q.titel, q.id.trim()))
          : [new Option(t('editor.quellen.keine'), '')]),
      );
      if (liste.some((q) => q.id.trim() === vorher)) belegWahl.value = vorher;
      belegWahl.dataset.stand = neu;
    },
  };
}
