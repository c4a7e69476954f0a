/**
 * Die Wege, auf denen eine Datei in den Editor kommt: „Datei öffnen“, eine
 * Datei auf den Editor ziehen, „Dateitext einfügen“, und eine ganze Datei, die
 * jemand in ein Textfeld des Textes einfügt. Was daraus wird, entscheidet
 * `uebernimm` (start.ts mit oeffnen.ts).
 */
import { t } from '../../i18n/de.ts';
import { GRENZEN } from '../../pruefung/kern/grenzen.ts';
import { istGanzeDatei } from './oeffnen.ts';

/** Woher ein Text kam: Dateiname (Datei öffnen, Ziehen) oder Pfad einer Datei der Website. */
export interface Herkunftsangabe {
  name?: string | undefined;
  pfad?: string | undefined;
  /** Die Autorin hat schon bestätigt, dass der Text den Entwurf ersetzt. */
  bestaetigt?: boolean | undefined;
}

export type Uebernimm = (text: string, quelle: Herkunftsangabe) => boolean;

/** Liest eine Datei als UTF-8; ungültiges UTF-8 und zu große Dateien werden eine Meldung, kein Text mit Ersatzzeichen. */
async function liesDatei(datei: File): Promise<{ text: string } | { fehler: string }> {
  // Eine Datei darf höchstens so viele Zeichen haben (jedes höchstens 4 Bytes in UTF-8).
  if (datei.size > GRENZEN.dateiZeichen * 4)
    return { fehler: t('editor.oeffnen.zu-gross', { n: GRENZEN.dateiZeichen.toLocaleString('de-DE') }) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(await datei.arrayBuffer()) };
  } catch {
    return { fehler: t('editor.oeffnen.nicht-lesbar') };
  }
}

export function verbindeOeffnen(
  wurzel: HTMLElement,
  form: HTMLFormElement,
  uebernimm: Uebernimm,
  melde: (text: string) => void,
): void {
  const oeffne = async (datei: File | undefined) => {
    if (!datei) return;
    const gelesen = await liesDatei(datei);
    if ('fehler' in gelesen) melde(gelesen.fehler);
    else uebernimm(gelesen.text, { name: datei.name });
  };

  const wahl = wurzel.querySelector<HTMLInputElement>('[data-oeffnen-datei]');
  wahl?.addEventListener('change', () => {
    void oeffne(wahl.files?.[0]).finally(() => {
      // Dieselbe Datei soll sich noch einmal öffnen lassen (etwa nach „Abbrechen“).
      wahl.value = '';
    });
  });

  // Ziehen und Ablegen: irgendwo auf dem Editor; der Hinweis oben sagt, dass es geht.
  const ablegen = wurzel.querySelector<HTMLElement>('[data-ablegen]');
  const mitDateien = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
  let tiefe = 0;
  const zeige = (ja: boolean) => {
    if (ablegen) ablegen.hidden = !ja;
    wurzel.toggleAttribute('data-ziehen', ja);
  };
  wurzel.addEventListener('dragenter', (e) => {
    if (!mitDateien(e)) return;
    tiefe++;
    zeige(true);
  });
  wurzel.addEventListener('dragleave', (e) => {
    if (!mitDateien(e)) return;
    tiefe = Math.max(0, tiefe - 1);
    if (tiefe === 0) zeige(false);
  });
  wurzel.addEventListener('dragover', (e) => {
    if (!mitDateien(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  });
  wurzel.addEventListener('drop', (e) => {
    if (!mitDateien(e)) return;
    e.preventDefault();
    tiefe = 0;
    zeige(false);
    void oeffne(e.dataTransfer?.files[0]);
  });

  // „Dateitext einfügen“: für Text aus einer E-Mail oder aus der Plattform.
  const feld = wurzel.querySelector<HTMLTextAreaElement>('[data-oeffnen-text]');
  wurzel.querySelector('[data-oeffnen-uebernehmen]')?.addEventListener('click', () => {
    const text = feld?.value ?? '';
    if (!text.trim()) {
      melde(t('editor.oeffnen.leer'));
      feld?.focus();
      return;
    }
    if (uebernimm(text, {}) && feld) feld.value = '';
  });

  // Eine ganze Datei, eingefügt in ein Textfeld des Textes: fragen, ob das Formular sie übernehmen soll.
  form.addEventListener('paste', (e) => {
    const ziel = e.target;
    if (!(ziel instanceof HTMLTextAreaElement) || ziel.dataset.abschnitt === undefined) return;
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (!istGanzeDatei(text)) return;
    e.preventDefault();
    if (window.confirm(t('editor.oeffnen.ganze-datei'))) {
      uebernimm(text, { bestaetigt: true });
      return;
    }
    ziel.setRangeText(text, ziel.selectionStart, ziel.selectionEnd, 'end');
    ziel.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
