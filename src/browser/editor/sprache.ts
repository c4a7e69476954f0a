/**
 * Die Befunde der Prüfung in den Worten der Autorin. Die Regeln sind dieselben
 * wie in npm run pruefen und sprechen dort von Feldern im Kopfbereich, IDs und
 * Kommentaren, weil wer die Datei von Hand schreibt, genau das sieht. Im Editor
 * sieht die Autorin Beschriftungen, Auswahllisten und Textfelder: Hier werden
 * Feldnamen zu Beschriftungen, Werte zu den Texten der Auswahl, und Hinweise,
 * die nur für die Datei gelten, zu Handgriffen im Formular.
 */
import { t, type TextSchluessel } from '../../i18n/de.ts';
import { BEITRAG_ARTEN, STATUS, ZUSTELLWEGE } from '../../schemas/index.ts';
import type { ZugeordneterBefund } from './zuordnung.ts';

/** Interne Werte und ihre Texte in den Auswahllisten. */
const WERTE: [string, string][] = [
  ...BEITRAG_ARTEN.map((a) => [a, t(`beitragsart.${a}` as TextSchluessel)] as [string, string]),
  ...STATUS.map((s) => [s, t(`status.${s}` as TextSchluessel)] as [string, string]),
  ...ZUSTELLWEGE.map((z) => [z, t(`zustellweg.${z}` as TextSchluessel)] as [string, string]),
];

/** Meldungen der Schemaprüfung, die bei einem leeren Feld entstehen (Text, Auswahl, Liste). */
const LEER = [/darf nicht leer sein/, /Eine ID besteht nur/, /^Erlaubt sind:/, /Mindestens eine/, /^Erwartet wird/];

/** Ersetzungen für Wörter, die nur in der Datei vorkommen. Reihenfolge zählt: Längeres zuerst. */
const WOERTER: [RegExp, string][] = [
  [/setzen Sie „status: entwurf“/g, 'wählen Sie beim Status „Entwurf“'],
  [/„status: entwurf“/g, 'den Status „Entwurf“'],
  [/status: entwurf/g, 'den Status „Entwurf“'],
  [/der Titel aus dem Front Matter/gi, 'der Titel (Feld „Titel“)'],
  [/im Front Matter|im Kopfbereich/g, 'in den Angaben zum Beitrag'],
  [/Front Matter|Kopfbereich/g, 'Angaben zum Beitrag'],
  [/\s*(Prüfen Sie|Prüfen)[^.]*npm run pruefen[^.]*\./g, ''],
  [/npm run pruefen/g, 'die Prüfung'],
  [/\bID der /g, 'die '],
  [/ Führende Nullen nur mit Anführungszeichen\./g, ''],
];

/** Schreibt die Meldungen eines Befunds für die Autorin um. `beschriftung` liefert die Beschriftung eines Feldes. */
export function umformuliere(
  befund: ZugeordneterBefund['befund'],
  feld: { schluessel: string; beschriftung: string; leer: boolean; auswahl: boolean } | undefined,
): ZugeordneterBefund['befund'] {
  let meldung = befund.meldung;
  let hinweis = befund.hinweis;
  if (feld && (befund.regel === 'schema' || befund.regel === 'pflichtfeld')) {
    if (feld.leer && LEER.some((m) => m.test(meldung))) {
      meldung = feld.auswahl
        ? t('editor.sprache.waehlen', { feld: feld.beschriftung })
        : t('editor.sprache.leer', { feld: feld.beschriftung });
    } else if (/^Erlaubt sind:/.test(meldung)) {
      meldung = t('editor.sprache.auswahl', { feld: feld.beschriftung });
    }
    // „Erwartet: Art: erfahrungsbericht, …“ beschreibt das Feld in der Datei; im Formular sagt das die Beschriftung.
    hinweis = hinweis.replace(/^Erwartet: /, `${t('editor.sprache.gefragt')} `);
    if (feld.auswahl || /: [a-z-]+(, [a-z-]+)+/.test(hinweis))
      hinweis = t('editor.sprache.liste', { feld: feld.beschriftung });
  }
  if (befund.regel === 'platzhalter') {
    meldung = t('editor.sprache.platzhalter');
    hinweis = t('editor.sprache.platzhalter.hinweis');
  }
  if (befund.regel === 'norm-ohne-beleg') hinweis = t('editor.sprache.beleg.hinweis');
  if (befund.regel === 'begriff') {
    const vorschlag = /^Meinten Sie „[^“]+“\?/.exec(hinweis)?.[0];
    hinweis = [vorschlag, t('editor.sprache.begriff.hinweis')].filter(Boolean).join(' ');
  }
  if (befund.regel === 'quelle-unzitiert') hinweis = t('editor.sprache.unzitiert.hinweis');
  for (const [muster, ersatz] of WOERTER) {
    meldung = meldung.replace(muster, ersatz);
    hinweis = hinweis.replace(muster, ersatz);
  }
  // Werte in Anführungszeichen („in-abstimmung“) als Text der Auswahl („In Abstimmung“).
  for (const [wert, text] of WERTE) {
    meldung = meldung.replaceAll(`„${wert}“`, `„${text}“`);
    hinweis = hinweis.replaceAll(`„${wert}“`, `„${text}“`);
  }
  // Feldnamen wie „titel“ als Beschriftung („Titel“).
  meldung = meldung.replace(/(im )?Feld „([a-z.A-Z]+)“/g, (_, im: string | undefined, name: string) =>
    `${im ?? ''}Feld „${FELDER[name] ?? name}“`.trim(),
  );
  hinweis = hinweis.replace(
    /(im )?Feld „([a-z.A-Z]+)“/g,
    (_, im: string | undefined, name: string) => `${im ?? ''}Feld „${FELDER[name] ?? name}“`,
  );
  return { ...befund, meldung, hinweis };
}

/** Feldnamen der Datei und ihre Beschriftung im Formular (für Meldungen, die ein anderes Feld nennen). */
const FELDER: Record<string, string> = {
  titel: t('editor.feld.titel'),
  beschreibung: t('editor.feld.beschreibung'),
  autoren: t('editor.feld.autoren'),
  datum: t('editor.feld.datum'),
  status: t('editor.feld.status'),
  art: t('editor.feld.art'),
  leistung: t('editor.feld.leistung'),
  kommune: t('editor.feld.kommune'),
  quellen: t('editor.quellen'),
};

/** Für die Seite: Beschriftungen und Werte aus dem Formular nachsehen. */
export function fuerAutorin(wurzel: HTMLElement): (z: ZugeordneterBefund) => ZugeordneterBefund {
  return (z) => {
    // Eine Angabe zu einer Pilotleistung im Profil einer neuen Kommune: mit dem Namen der Leistung.
    const pilot = /^pilot\[(\d+)\]/.exec(z.befund.feld ?? '');
    if (z.ort.art === 'feld' && z.ort.feld === 'kommune.pilot' && pilot) {
      const haken = wurzel.querySelectorAll<HTMLInputElement>('[data-pilot="leistung"]:checked')[Number(pilot[1])];
      const leistung = haken?.id ? wurzel.querySelector(`label[for="${haken.id}"]`)?.textContent?.trim() : undefined;
      const befund = umformuliere(z.befund, undefined);
      return {
        ...z,
        befund: {
          ...befund,
          meldung: leistung ? `${leistung}: ${befund.meldung}` : befund.meldung,
          hinweis: befund.hinweis.replace(/^Erwartet: /, `${t('editor.sprache.gefragt')} `),
        },
      };
    }
    let feld: Parameters<typeof umformuliere>[1];
    if (z.ort.art === 'feld') {
      const eingabe = wurzel.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
        `[data-feld="${CSS.escape(z.ort.feld)}"]`,
      );
      const beschriftung = eingabe?.id
        ? wurzel.querySelector(`label[for="${eingabe.id}"]`)?.textContent?.trim()
        : undefined;
      if (eingabe && beschriftung)
        feld = {
          schluessel: z.ort.feld,
          beschriftung,
          leer: eingabe.value.trim() === '',
          auswahl: eingabe instanceof HTMLSelectElement,
        };
    }
    return { ...z, befund: umformuliere(z.befund, feld) };
  };
}
