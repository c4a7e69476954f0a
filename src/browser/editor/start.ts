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
import { BEITRAG_PFAD } from './datei.ts';
import { hatInhalt } from './entwurf.ts';
import { erzeugeKommuneDatei } from './kommune.ts';
import { verbindeOeffnen, type Herkunftsangabe } from './holen.ts';
import { oeffneDatei } from './oeffnen.ts';
import { url } from '../../modell/urls.ts';
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
  if (ziel.dataset.pilot) return 'kommune.pilot';
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
    // Die Kommune ist neu: Ihr Profil entsteht mit, wird mitgeprüft und mit eingereicht.
    const profil = entwurf.kommuneNeu && entwurf.neueKommune ? erzeugeKommuneDatei(entwurf.neueKommune) : undefined;
    ausgabe.zeige(datei, profil);
    try {
      const { befunde, baum, unlesbar } = await pruefeDatei(datei, daten, kontext, liesImBrowser, profil);
      // Ein späterer Lauf hat schon neuere Eingaben: dieses Ergebnis nicht mehr zeigen.
      if (nummer !== lauf) return;
      letzte = {
        befunde: ordneAlleZu(befunde, datei, profil?.pfad).map(fuerAutorin(wurzel)),
        fremd: fremdeAbschnitte(form),
      };
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

  // Eine vorhandene Datei öffnen: Das Ergebnis (und was nicht in ein eigenes Feld passte) steht über dem Formular.
  const oeffnenMeldung = wurzel.querySelector<HTMLElement>('[data-oeffnen-meldung]');
  const zeigeOeffnen = (satz: string, hinweise: readonly string[] = []) => {
    if (!oeffnenMeldung) return;
    const absatz = document.createElement('p');
    absatz.textContent = satz;
    const liste = document.createElement('ul');
    for (const hinweis of hinweise) liste.append(Object.assign(document.createElement('li'), { textContent: hinweis }));
    oeffnenMeldung.replaceChildren(absatz, ...(hinweise.length ? [liste] : []));
  };

  /** Übernimmt den Text einer Beitragsdatei in das Formular; fragt, bevor sie einen Entwurf mit Inhalt ersetzt. */
  function uebernimm(text: string, quelle: Herkunftsangabe): boolean {
    const geoeffnet = oeffneDatei(text, { heute: heute(), pfad: quelle.pfad });
    if (!geoeffnet.ok) {
      zeigeOeffnen(geoeffnet.grund);
      return false;
    }
    if (!quelle.bestaetigt && hatInhalt(formular.lies()) && !window.confirm(t('editor.oeffnen.ersetzen'))) {
      zeigeOeffnen(t('editor.oeffnen.abgebrochen'));
      return false;
    }
    clearTimeout(zeitgeber);
    zeitgeber = undefined;
    // Eine geöffnete Datei hat die Autorin noch nicht bearbeitet: Befunde erst nach einer Eingabe oder „Jetzt prüfen“.
    beruehrt.clear();
    alleZeigen = false;
    form.reset();
    formular.schreibe(geoeffnet.entwurf);
    geaendert = true;
    if (speicherMeldung) speicherMeldung.textContent = '';
    zeigeOeffnen(
      quelle.pfad
        ? t('editor.oeffnen.bearbeiten', { pfad: quelle.pfad })
        : quelle.name
          ? t('editor.oeffnen.geoeffnet', { name: quelle.name })
          : t('editor.oeffnen.eingefuegt'),
      geoeffnet.hinweise,
    );
    laufend = aktualisiere();
    return true;
  }
  verbindeOeffnen(wurzel, form, uebernimm, (text) => zeigeOeffnen(text));

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

  // „Im Editor bearbeiten“ auf der Seite eines Beitrags: ?datei=content/beitraege/<kommune>/<name>.mdx.
  const datei = new URLSearchParams(location.search).get('datei') ?? undefined;
  const gespeichert = ladeEntwurf();
  if (datei && gespeichert?.herkunft?.pfad !== datei) {
    formular.passeAn();
    laufend = aktualisiere();
    void holeVonDerWebsite(datei, gespeichert);
    return;
  }
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

  /**
   * Lädt die Datei eines Beitrags von dieser Website (/beitraege/<id>/quelle.mdx)
   * und öffnet sie. Steht schon ein Entwurf im Browser, fragt uebernimm, ob die
   * Datei ihn ersetzen soll; sonst bleibt er.
   */
  async function holeVonDerWebsite(pfad: string, gespeichert: ReturnType<typeof ladeEntwurf>): Promise<void> {
    const treffer = BEITRAG_PFAD.exec(pfad);
    const id = treffer ? `${treffer[1]}/${treffer[2]}` : undefined;
    if (gespeichert) formular.schreibe(gespeichert);
    if (!id || !daten.ids.beitraege?.includes(id)) {
      zeigeOeffnen(t('editor.oeffnen.unbekannt', { pfad }));
      laufend = aktualisiere();
      return;
    }
    zeigeOeffnen(t('editor.oeffnen.laden'));
    let text: string;
    try {
      const antwort = await fetch(url.beitragQuelle(id));
      if (!antwort.ok) throw new Error(String(antwort.status));
      text = await antwort.text();
    } catch {
      zeigeOeffnen(t('editor.oeffnen.laden.fehler'));
      return;
    }
    if (!uebernimm(text, { pfad }) && gespeichert) laufend = aktualisiere();
  }
}

const wurzel = document.querySelector<HTMLElement>('[data-editor]');
if (wurzel) starte(wurzel);
