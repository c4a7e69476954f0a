/**
 * Der Beitragseditor auf /mitwirken/beitrag/: verbindet Formular, Speicher,
 * Prüfung, Vorschau und Ausgabe. Bei jeder Eingabe (kurz entprellt) entsteht
 * die Datei neu, wird gespeichert, geprüft und in der Vorschau gezeigt.
 */
// Zuerst: Zod darf nicht einmal versuchen, Code zu erzeugen (CSP).
import './zod-ohne-eval.ts';
import { t } from '../../i18n/de.ts';
import type { EditorDaten } from '../../lib/beitrag-editor.ts';
import { heute } from '../../schemas/index.ts';
import { Ausgabe } from './ausgabe.ts';
import { Befundanzeige } from './befunde.ts';
import { erzeugeDatei } from './datei.ts';
import { Formular } from './formular.ts';
import { liesImBrowser } from './mermaid.ts';
import { mdxKontext, pruefeDatei } from './pruefung.ts';
import { ladeEntwurf, loescheEntwurf, speichereEntwurf } from './speicher.ts';
import { Vorschau } from './vorschau/index.ts';
import { ordneAlleZu } from './zuordnung.ts';

const PAUSE_MS = 300;

function starte(wurzel: HTMLElement): void {
  const daten = JSON.parse(wurzel.dataset.editorDaten ?? '{}') as EditorDaten;
  const form = wurzel.querySelector<HTMLFormElement>('[data-editor-formular]')!;
  const formular = new Formular(form, daten, heute());
  const anzeige = new Befundanzeige(wurzel);
  const vorschau = new Vorschau(wurzel.querySelector<HTMLElement>('[data-vorschau]')!, daten.glossar);
  const kontext = mdxKontext(daten);
  const speicherMeldung = wurzel.querySelector<HTMLElement>('[data-speicher-meldung]');
  // Gespeichert wird erst, wenn die Autorin etwas einträgt: Wer die Seite nur ansieht, hinterlässt nichts.
  let geaendert = false;
  let lauf = 0;

  const ausgabe = new Ausgabe(wurzel, daten.repository, () => {
    loescheEntwurf();
    geaendert = false;
  });

  async function aktualisiere(): Promise<void> {
    const nummer = ++lauf;
    formular.passeAn();
    const entwurf = formular.lies();
    if (geaendert) speichereEntwurf(entwurf);
    const datei = erzeugeDatei(entwurf);
    ausgabe.zeige(datei);
    try {
      const { befunde, baum, unlesbar } = await pruefeDatei(datei, daten, kontext, liesImBrowser);
      // Ein späterer Lauf hat schon neuere Eingaben: dieses Ergebnis nicht mehr zeigen.
      if (nummer !== lauf) return;
      anzeige.zeige(ordneAlleZu(befunde, datei));
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
    zeitgeber = setTimeout(() => void aktualisiere(), PAUSE_MS);
  };
  form.addEventListener('input', () => {
    geaendert = true;
    spaeter();
  });
  form.addEventListener('change', () => {
    geaendert = true;
    // Auswahl (Kommune, Art) ändert, welche Felder es gibt: sofort anpassen.
    formular.passeAn();
    spaeter();
  });
  // „Jetzt prüfen“ (oder Enter in einem Feld): sofort prüfen und zur Zusammenfassung springen; nichts wird gesendet.
  form.addEventListener('submit', (ereignis) => {
    ereignis.preventDefault();
    clearTimeout(zeitgeber);
    void aktualisiere().then(() => wurzel.querySelector<HTMLElement>('[data-pruefung-titel]')?.focus());
  });

  wurzel.querySelector('[data-entwurf-loeschen]')?.addEventListener('click', () => {
    if (!window.confirm(t('editor.speicher.bestaetigen'))) return;
    loescheEntwurf();
    geaendert = false;
    form.reset();
    formular.schreibe({});
    if (speicherMeldung) speicherMeldung.textContent = t('editor.speicher.geloescht');
    void aktualisiere();
  });

  const gespeichert = ladeEntwurf();
  if (gespeichert) {
    formular.schreibe(gespeichert);
    if (speicherMeldung) speicherMeldung.textContent = t('editor.speicher.wiederhergestellt');
  } else {
    formular.passeAn();
  }
  void aktualisiere();
}

const wurzel = document.querySelector<HTMLElement>('[data-editor]');
if (wurzel) starte(wurzel);
