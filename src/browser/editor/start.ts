/**
 * Der Beitragseditor auf /mitwirken/beitrag/: verbindet Formular, Speicher,
 * Prüfung, Vorschau und Ausgabe. Bei jeder Eingabe (kurz entprellt) entsteht
 * die Datei neu, wird gespeichert, geprüft und in der Vorschau gezeigt.
 */
// Zuerst: Zod darf nicht einmal versuchen, Code zu erzeugen (CSP).
import './zod-ohne-eval.ts';
import { t } from '../../i18n/de.ts';
import type { EditorDaten } from '../../pruefung/kern/editor-daten.ts';
import { heute } from '../../schemas/index.ts';
import { Ausgabe } from './ausgabe.ts';
import { Befundanzeige } from './befunde.ts';
import { erzeugeDatei } from './datei.ts';
import { Formular } from './formular.ts';
import { liesImBrowser } from './mermaid.ts';
import { mdxKontext, pruefeDatei } from './pruefung.ts';
import { ladeEntwurf, loescheEntwurf, speichereEntwurf } from './speicher.ts';
import { Vorschau } from './vorschau/index.ts';
import { verbindeEinfuegen } from './einfuegen.ts';
import { fremdeAbschnitte, verbindeFremde } from './fremd.ts';
import { fuerAutorin } from './sprache.ts';
import { ordneAlleZu, type ZugeordneterBefund } from './zuordnung.ts';

const PAUSE_MS = 300;

/** Schlüssel der Befundliste zu einer Eingabe: Feldpfad oder „abschnitt:Titel“. */
function schluesselVon(ziel: EventTarget | null): string | undefined {
  if (!(ziel instanceof HTMLElement)) return undefined;
  if (ziel.dataset.feld) return ziel.dataset.feld;
  if (ziel.dataset.abschnitt) return `abschnitt:${ziel.dataset.abschnitt}`;
  if (ziel.dataset.quelle) return 'quellen';
  return undefined;
}

function starte(wurzel: HTMLElement): void {
  const daten = JSON.parse(wurzel.dataset.editorDaten ?? '{}') as EditorDaten;
  const form = wurzel.querySelector<HTMLFormElement>('[data-editor-formular]')!;
  const formular = new Formular(form, daten, heute());
  const anzeige = new Befundanzeige(wurzel);
  const vorschau = new Vorschau(wurzel.querySelector<HTMLElement>('[data-vorschau]')!, daten.glossar);
  const kontext = mdxKontext(daten);
  const speicherMeldung = wurzel.querySelector<HTMLElement>('[data-speicher-meldung]');
  const textMeldung = wurzel.querySelector<HTMLElement>('[data-text-meldung]');
  // Gespeichert wird erst, wenn die Autorin etwas einträgt: Wer die Seite nur ansieht, hinterlässt nichts.
  let geaendert = false;
  let lauf = 0;
  /**
   * Befunde erscheinen erst an Feldern, die die Autorin bearbeitet hat, oder
   * überall nach „Jetzt prüfen“ bzw. einem Versuch einzureichen: Niemand soll
   * gescholten werden, bevor er etwas eingetragen hat.
   */
  const beruehrt = new Set<string>();
  let alleZeigen = false;
  const sichtbar = (schluessel: string) => alleZeigen || beruehrt.has(schluessel);
  let letzte: { befunde: ZugeordneterBefund[]; fremd: string[] } = { befunde: [], fremd: [] };
  let laufend: Promise<void> = Promise.resolve();

  const zeigeBefunde = () => {
    anzeige.nochNichts = beruehrt.size === 0 && !alleZeigen;
    anzeige.zeige(letzte.befunde, sichtbar, letzte.fremd);
    ausgabe.zeigeOffen({ fehler: Befundanzeige.zahlFehler(letzte.befunde), fremd: letzte.fremd.length });
  };

  const ausgabe = new Ausgabe(wurzel, {
    repo: daten.repository,
    redaktion: daten.redaktion,
    titel: () => formular.lies().titel.trim(),
    offen: async () => {
      // Die letzte Eingabe kann noch ungeprüft sein: erst prüfen, dann entscheiden.
      if (zeitgeber !== undefined) {
        clearTimeout(zeitgeber);
        zeitgeber = undefined;
        laufend = aktualisiere();
      }
      await laufend;
      return { fehler: Befundanzeige.zahlFehler(letzte.befunde), fremd: letzte.fremd.length };
    },
    zeigeAlles: () => {
      alleZeigen = true;
      zeigeBefunde();
      wurzel.querySelector<HTMLElement>('[data-pruefung-titel]')?.focus();
    },
  });

  const einfuegen = verbindeEinfuegen(form, () => formular.lies().quellen);

  async function aktualisiere(): Promise<void> {
    const nummer = ++lauf;
    formular.passeAn();
    const entwurf = formular.lies();
    einfuegen.aktualisiere();
    if (geaendert) speichereEntwurf(entwurf);
    const datei = erzeugeDatei(entwurf);
    ausgabe.zeige(datei);
    try {
      const { befunde, baum, unlesbar } = await pruefeDatei(datei, daten, kontext, liesImBrowser);
      // Ein späterer Lauf hat schon neuere Eingaben: dieses Ergebnis nicht mehr zeigen.
      if (nummer !== lauf) return;
      letzte = { befunde: ordneAlleZu(befunde, datei).map(fuerAutorin(wurzel)), fremd: fremdeAbschnitte(form) };
      zeigeBefunde();
      vorschau.zeige(entwurf, baum, unlesbar);
      wurzel.dataset.geprueft = String(nummer);
    } catch (fehler) {
      console.error('Beitragseditor: Prüfung abgebrochen', fehler);
      const region = wurzel.querySelector<HTMLElement>('[data-zusammenfassung]');
      if (region) region.textContent = t('editor.pruefung.fehler');
    }
  }

  let zeitgeber: ReturnType<typeof setTimeout> | undefined;
  const spaeter = () => {
    clearTimeout(zeitgeber);
    zeitgeber = setTimeout(() => {
      zeitgeber = undefined;
      laufend = aktualisiere();
    }, PAUSE_MS);
  };
  form.addEventListener('input', (ereignis) => {
    geaendert = true;
    const schluessel = schluesselVon(ereignis.target);
    if (schluessel) beruehrt.add(schluessel);
    einfuegen.aktualisiere();
    spaeter();
  });
  form.addEventListener('change', (ereignis) => {
    geaendert = true;
    const schluessel = schluesselVon(ereignis.target);
    if (schluessel) beruehrt.add(schluessel);
    // Auswahl (Kommune, Art) ändert, welche Felder es gibt: sofort anpassen.
    formular.passeAn();
    spaeter();
  });
  verbindeFremde(
    form,
    () => {
      geaendert = true;
      formular.passeAn();
      spaeter();
    },
    (text) => {
      if (textMeldung) textMeldung.textContent = text;
    },
  );
  // „Jetzt prüfen“ (oder Enter in einem Feld): sofort prüfen, alle Befunde zeigen und zur Zusammenfassung springen.
  form.addEventListener('submit', (ereignis) => {
    ereignis.preventDefault();
    clearTimeout(zeitgeber);
    zeitgeber = undefined;
    alleZeigen = true;
    laufend = aktualisiere();
    void laufend.then(() => wurzel.querySelector<HTMLElement>('[data-pruefung-titel]')?.focus());
  });

  wurzel.querySelector('[data-entwurf-loeschen]')?.addEventListener('click', () => {
    if (!window.confirm(t('editor.speicher.bestaetigen'))) return;
    loescheEntwurf();
    geaendert = false;
    beruehrt.clear();
    alleZeigen = false;
    form.reset();
    formular.schreibe({});
    if (speicherMeldung) speicherMeldung.textContent = t('editor.speicher.geloescht');
    laufend = aktualisiere();
  });

  const gespeichert = ladeEntwurf();
  if (gespeichert) {
    formular.schreibe(gespeichert);
    // Was schon im Entwurf steht, hat die Autorin bearbeitet: Befunde dazu zeigen.
    for (const eingabe of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
      '[data-feld], [data-abschnitt], [data-quelle]',
    )) {
      const schluessel = schluesselVon(eingabe);
      if (schluessel && eingabe.value.trim() !== '') beruehrt.add(schluessel);
    }
    if (speicherMeldung) speicherMeldung.textContent = t('editor.speicher.wiederhergestellt');
  } else {
    formular.passeAn();
  }
  laufend = aktualisiere();
}

const wurzel = document.querySelector<HTMLElement>('[data-editor]');
if (wurzel) starte(wurzel);
