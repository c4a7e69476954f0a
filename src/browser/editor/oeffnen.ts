/**
 * Öffnet eine Beitragsdatei im Formular: die Umkehrung von datei.ts. Kopf und
 * Text trennt `zerlegeMdx`, den Kopf liest `leseYaml` (dieselben Funktionen wie
 * Prüfung und Build). Die Angaben kommen in ihre Felder, der Text unter jeder
 * Pflichtüberschrift in das Feld des Abschnitts, die Fußnoten am Ende zu ihren
 * Quellen (als Fundstelle).
 *
 * Was das Formular nicht eigens darstellen kann, geht nicht verloren: Text vor
 * dem ersten Abschnitt steht in einem eigenen Feld, weitere Abschnitte stehen
 * mit ihrer Überschrift im Abschnitt davor, Angaben ohne Feld bleiben im Kopf
 * (kopf.ts), und die Seite sagt der Autorin, wo was steht. Unverändert
 * gespeichert, entsteht dieselbe Datei wieder (tests/unit/editor/rundweg).
 */
import { t } from '../../i18n/de.ts';
import { leseYaml, zerlegeMdx } from '../../pruefung/kern/frontmatter.ts';
import { EINLEITUNG, BEITRAG_PFAD, abschnitteVon, platzhalter, zitierteKennungen } from './datei.ts';
import { leererEntwurf, type Entwurf } from './entwurf.ts';
import { KOPF_FELDER, formAusKopf, fremdeKopfFelder } from './kopf.ts';

export type Geoeffnet =
  | {
      ok: true;
      entwurf: Entwurf;
      /** Was die Autorin über die geöffnete Datei wissen muss, in ganzen Sätzen. */
      hinweise: string[];
    }
  | { ok: false; grund: string };

export interface OeffnenOptionen {
  /** Heutiges Datum, für Felder, die der Entwurf sonst vorbelegt. */
  heute: string;
  /** Pfad im Repository, wenn die Datei auf der Website steht („Im Editor bearbeiten“). */
  pfad?: string | undefined;
}

/** Ob ein Text eine ganze Beitragsdatei ist: ein Kopf zwischen zwei Zeilen „---“ mit Angaben eines Beitrags. */
export function istGanzeDatei(text: string): boolean {
  const teile = zerlegeMdx(text.replace(/\r\n?/g, '\n'));
  const daten: unknown = teile ? leseYaml(teile.yaml).daten : undefined;
  return (
    typeof daten === 'object' &&
    daten !== null &&
    !Array.isArray(daten) &&
    KOPF_FELDER.some((k) => Object.hasOwn(daten, k))
  );
}

const zitat = (liste: readonly string[]) => liste.map((x) => `„${x}“`).join(', ');

/** Eine Zeile „[^kennung]: Text“, wie datei.ts sie am Ende schreibt. */
const FUSSNOTE = /^\[\^([^\]\s]+)\]: (\S.*)$/;

/** Zeilen mit „## Titel“ außerhalb von Codeblöcken. */
function ueberschriften(zeilen: readonly string[]): { zeile: number; titel: string }[] {
  const gefunden: { zeile: number; titel: string }[] = [];
  let zaun: string | undefined;
  zeilen.forEach((zeile, i) => {
    const rand = /^ {0,3}(`{3,}|~{3,})/.exec(zeile)?.[1];
    if (zaun) {
      if (rand && rand[0] === zaun[0] && rand.length >= zaun.length && /^ {0,3}(`+|~+)\s*$/.test(zeile))
        zaun = undefined;
      return;
    }
    if (rand) {
      zaun = rand;
      return;
    }
    const titel = /^## (.+)$/.exec(zeile)?.[1];
    if (titel !== undefined) gefunden.push({ zeile: i, titel });
  });
  return gefunden;
}

/** Öffnet den Text einer Beitragsdatei als Entwurf. */
export function oeffneDatei(quelltext: string, optionen: OeffnenOptionen): Geoeffnet {
  const text = quelltext.replace(/\r\n?/g, '\n');
  const teile = zerlegeMdx(text);
  if (!teile) return { ok: false, grund: t('editor.oeffnen.ohne-kopf') };
  const yaml = leseYaml(teile.yaml, 1);
  const daten = yaml.daten;
  if (yaml.fehler.length || typeof daten !== 'object' || daten === null || Array.isArray(daten)) {
    const zeile = yaml.fehler[0]?.stelle.zeile ?? 2;
    return { ok: false, grund: t('editor.oeffnen.kopf-fehler', { zeile }) };
  }
  const werte = formAusKopf(daten as Record<string, unknown>);
  const hinweise: string[] = [];
  const fremd = fremdeKopfFelder(daten as Record<string, unknown>);
  if (fremd.length) hinweise.push(t('editor.oeffnen.felder', { felder: zitat(fremd) }));

  const pflicht = abschnitteVon(werte);
  const zeilen = teile.text.split('\n');
  // Pflichtüberschriften in ihrer Reihenfolge; jede andere Überschrift bleibt Text des Abschnitts davor.
  const erkannt: { zeile: number; titel: string }[] = [];
  const weitere = new Map<string, string[]>();
  let naechste = 0;
  for (const u of ueberschriften(zeilen)) {
    const stelle = pflicht.indexOf(u.titel, naechste);
    if (stelle >= 0) {
      erkannt.push(u);
      naechste = stelle + 1;
    } else {
      const davor = erkannt.at(-1)?.titel ?? EINLEITUNG;
      weitere.set(davor, [...(weitere.get(davor) ?? []), u.titel]);
    }
  }

  // Die Fußnoten am Ende: Passen sie alle zu Quellen, werden sie deren Fundstellen; sonst bleiben sie Text.
  let ende = zeilen.length;
  while (ende > 0 && zeilen[ende - 1]!.trim() === '') ende--;
  let block = ende;
  const grenze = (erkannt.at(-1)?.zeile ?? -1) + 1;
  while (block > grenze && FUSSNOTE.test(zeilen[block - 1]!)) block--;
  const definitionen = zeilen.slice(block, ende).map((z) => FUSSNOTE.exec(z)!);
  const ohneBlock = zeilen.slice(0, block).join('\n');
  const zitiert = new Set(zitierteKennungen(ohneBlock));
  const quellen = werte.quellen.map((q) => ({ ...q }));
  const kennungen = definitionen.map((d) => d[1]!);
  const passend =
    definitionen.length > 0 &&
    new Set(kennungen).size === kennungen.length &&
    definitionen.every(
      ([, id, fundstelle]) =>
        zitiert.has(id!) &&
        fundstelle === fundstelle!.replace(/\s+/g, ' ').trim() &&
        quellen.some((q) => q.id.trim() === id),
    );
  let textEnde = ende;
  if (passend) {
    for (const [, id, fundstelle] of definitionen) quellen.find((q) => q.id.trim() === id)!.fundstelle = fundstelle!;
    textEnde = block;
  } else if (definitionen.length) {
    hinweise.push(t('editor.oeffnen.fussnoten', { abschnitt: erkannt.at(-1)?.titel ?? t('editor.vorspann.kurz') }));
  }

  const stueck = (von: number, bis: number) => zeilen.slice(von, bis).join('\n');
  const abschnitte: Record<string, string> = {};
  erkannt.forEach((u, i) => {
    const bis = i + 1 < erkannt.length ? erkannt[i + 1]!.zeile : textEnde;
    const inhalt = stueck(u.zeile + 1, bis).replace(/^\s*\n|\s+$/g, '');
    // Der Platzhalter der Vorlage ist ein leerer Abschnitt; datei.ts schreibt ihn wieder hinein.
    abschnitte[u.titel] = inhalt === platzhalter(u.titel) ? '' : inhalt;
  });
  const einleitung = stueck(0, erkannt[0]?.zeile ?? textEnde).replace(/^\s*\n|\s+$/g, '');

  const fehlend = pflicht.filter((titel) => !(titel in abschnitte));
  if (!pflicht.length && teile.text.trim()) hinweise.push(t('editor.oeffnen.ohne-art'));
  else if (einleitung) hinweise.push(t('editor.oeffnen.einleitung'));
  for (const [davor, titel] of weitere) {
    hinweise.push(
      t('editor.oeffnen.weitere', {
        titel: zitat(titel),
        abschnitt: davor === EINLEITUNG ? t('editor.vorspann.kurz') : davor,
      }),
    );
  }
  if (pflicht.length && fehlend.length === 1) hinweise.push(t('editor.oeffnen.fehlt', { titel: fehlend[0]! }));
  else if (pflicht.length && fehlend.length > 1) hinweise.push(t('editor.oeffnen.fehlen', { titel: zitat(fehlend) }));

  const pfad = optionen.pfad && BEITRAG_PFAD.test(optionen.pfad) ? optionen.pfad : undefined;
  const kommune = pfad ? BEITRAG_PFAD.exec(pfad)![1]! : '';
  if (!kommune) hinweise.push(t('editor.oeffnen.kommune'));

  return {
    ok: true,
    entwurf: {
      ...leererEntwurf(optionen.heute),
      ...werte,
      kommune,
      quellen,
      abschnitte,
      einleitung,
      herkunft: { pfad, kopf: teile.yaml, fussnoten: passend ? kennungen : undefined },
    },
    hinweise,
  };
}
