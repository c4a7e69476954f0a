/**
 * Abschnitte, die nicht zur gewählten Art gehören. Ihr Text kommt nicht in die
 * Datei, geht aber auch nicht verloren: Der Abschnitt bleibt sichtbar, sagt
 * das, und bietet an, den Text in einen Abschnitt der Art zu verschieben oder
 * ihn zu verwerfen. Erst dann verschwindet er.
 */
import { t } from '../../i18n/de.ts';

const textVon = (rahmen: HTMLElement) => rahmen.querySelector<HTMLTextAreaElement>('[data-abschnitt]')?.value ?? '';
const titelVon = (rahmen: HTMLElement) => rahmen.dataset.abschnittRahmen ?? '';

/**
 * Zeigt die Abschnitte der Art und die fremden mit Text; gibt die Zahl der
 * Abschnitte der Art zurück. Fremde Abschnitte stehen nach denen der Art,
 * damit der Text der Art zusammenbleibt.
 */
export function zeigeAbschnitte(form: HTMLElement, art: string): number {
  const rahmen = [...form.querySelectorAll<HTMLElement>('[data-abschnitt-rahmen]')];
  const eigene = rahmen.filter((r) => art !== '' && (r.dataset.arten ?? '').split(' ').includes(art));
  const ziele = eigene.map(titelVon);
  for (const r of rahmen) {
    const gehoert = eigene.includes(r);
    const fremd = !gehoert && textVon(r).trim() !== '';
    r.hidden = !gehoert && !fremd;
    r.toggleAttribute('data-fremd-aktiv', fremd);
    const hinweis = r.querySelector<HTMLElement>('[data-fremd]');
    if (hinweis) hinweis.hidden = !fremd;
    const auswahl = r.querySelector<HTMLSelectElement>('[data-fremd-ziel]');
    if (auswahl && fremd) {
      const vorher = auswahl.value;
      if ([...auswahl.options].map((o) => o.value).join('\n') !== ziele.join('\n')) {
        auswahl.replaceChildren(...ziele.map((z) => new Option(z, z)));
        if (ziele.includes(vorher)) auswahl.value = vorher;
      }
    }
    // Ohne gewählte Art gibt es kein Ziel; dann bleibt nur Verwerfen (oder eine Art wählen).
    const zielRahmen = r.querySelector<HTMLElement>('[data-fremd-ziel-rahmen]');
    if (zielRahmen) zielRahmen.hidden = ziele.length === 0;
  }
  // Die Reihenfolge im Dokument bestimmt die Reihenfolge beim Vorlesen und mit Tab: erst die Art, dann das Fremde.
  const eltern = rahmen[0]?.parentElement;
  if (eltern) {
    const fremde = rahmen.filter((r) => r.hasAttribute('data-fremd-aktiv'));
    const ende = rahmen.at(-1)!.nextSibling;
    const richtig = [...eigene, ...fremde, ...rahmen.filter((r) => !eigene.includes(r) && !fremde.includes(r))];
    const jetzt = [...eltern.querySelectorAll<HTMLElement>(':scope > [data-abschnitt-rahmen]')];
    if (richtig.some((r, i) => jetzt[i] !== r)) {
      const fokus = document.activeElement;
      for (const r of richtig) eltern.insertBefore(r, ende);
      if (fokus instanceof HTMLElement && fokus !== document.activeElement) fokus.focus();
    }
  }
  return eigene.length;
}

/**
 * Der Steckbrief gehört nur zur Umsetzung. Hat die Autorin ihn ausgefüllt und
 * dann die Art gewechselt, bleibt er mit demselben Hinweis sichtbar.
 */
export function zeigeSteckbrief(form: HTMLElement, art: string): void {
  const rahmen = form.querySelector<HTMLElement>('[data-steckbrief]');
  if (!rahmen) return;
  const gehoert = art === 'umsetzung';
  const fremd =
    !gehoert &&
    [...rahmen.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-feld]')].some(
      (e) => e.value.trim() !== '',
    );
  rahmen.hidden = !gehoert && !fremd;
  rahmen.toggleAttribute('data-fremd-aktiv', fremd);
  const hinweis = rahmen.querySelector<HTMLElement>('[data-steckbrief-fremd]');
  if (hinweis) hinweis.hidden = !fremd;
}

/** Titel der fremden Abschnitte mit Text (und der Steckbrief): Solange es welche gibt, fehlt Text in der Datei. */
export function fremdeAbschnitte(form: HTMLElement): string[] {
  const steckbrief = form.querySelector<HTMLElement>('[data-steckbrief][data-fremd-aktiv]');
  return [
    ...[...form.querySelectorAll<HTMLElement>('[data-abschnitt-rahmen][data-fremd-aktiv]')].map(titelVon),
    ...(steckbrief ? [t('editor.steckbrief')] : []),
  ];
}

/**
 * Verbindet die Knöpfe „Verschieben“ und „Verwerfen“. `geaendert` läuft danach,
 * damit der Entwurf gespeichert und neu geprüft wird; `melde` sagt, was geschah.
 */
export function verbindeFremde(form: HTMLElement, geaendert: () => void, melde: (text: string) => void): void {
  form.addEventListener('click', (ereignis) => {
    const steckbrief = (ereignis.target as HTMLElement).closest<HTMLButtonElement>('[data-steckbrief-verwerfen]');
    if (steckbrief) {
      if (!window.confirm(t('editor.fremd.bestaetigen', { titel: t('editor.steckbrief') }))) return;
      for (const e of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-steckbrief] [data-feld]'))
        e.value = '';
      geaendert();
      return;
    }
    const knopf = (ereignis.target as HTMLElement).closest<HTMLButtonElement>(
      '[data-fremd-verschieben], [data-fremd-verwerfen]',
    );
    const rahmen = knopf?.closest<HTMLElement>('[data-abschnitt-rahmen]');
    const quelle = rahmen?.querySelector<HTMLTextAreaElement>('[data-abschnitt]');
    if (!knopf || !rahmen || !quelle) return;
    const von = titelVon(rahmen);
    if (knopf.hasAttribute('data-fremd-verwerfen')) {
      if (!window.confirm(t('editor.fremd.bestaetigen', { titel: von }))) return;
      quelle.value = '';
      geaendert();
      form.querySelector<HTMLElement>('[data-abschnitt-rahmen]:not([hidden]) [data-abschnitt]')?.focus();
      return;
    }
    const nach = rahmen.querySelector<HTMLSelectElement>('[data-fremd-ziel]')?.value ?? '';
    const ziel = form.querySelector<HTMLTextAreaElement>(`[data-abschnitt="${CSS.escape(nach)}"]`);
    if (!ziel || !nach) return;
    // Anhängen, nicht ersetzen: Was im Ziel schon steht, bleibt stehen.
    const bisher = ziel.value.replace(/\s+$/, '');
    ziel.value = bisher ? `${bisher}\n\n${quelle.value.trim()}` : quelle.value.trim();
    quelle.value = '';
    geaendert();
    ziel.focus();
    melde(t('editor.fremd.verschoben', { von, nach }));
  });
}
