/**
 * Prüft die erzeugte Datei im Browser mit dem einen Treiber der Prüfung
 * (src/pruefung/treiber/), den auch npm run pruefen und der Build rufen. Was
 * die Prüfung über die übrige Website wissen muss, kommt aus den Daten der
 * Seite; die Diagramme liest das Mermaid der Seite. Eigen ist dem Editor nur,
 * dass ein Titel keine vorhandene Datei treffen darf.
 */
import type { Root } from 'mdast';
import type { Befund } from '../../pruefung/kern/befund.ts';
import { leseYaml, zerlegeMdx } from '../../pruefung/kern/frontmatter.ts';
import type { RohEintrag } from '../../pruefung/kern/typen.ts';
import type { DiagrammErgebnis, GepruefterEintrag, MdxKontext } from '../../pruefung/kern/typen.ts';
import { DATEN_REGELN } from '../../pruefung/regeln/index.ts';
import { ortBefund } from '../../pruefung/regeln/ort.ts';
import { pflichtseite } from '../../pruefung/regeln/pflichtseite.ts';
import { pruefeEintraege } from '../../pruefung/treiber/index.ts';
import { adresseVonDatei, type SammlungName } from '../../modell/sammlungen.ts';
import type { EditorDaten } from '../../pruefung/kern/editor-daten.ts';
import { SLUG_PATTERN } from '../../schemas/common.ts';
import type { BeitragDatei } from './datei.ts';
import type { KommuneDatei } from './kommune.ts';

export interface Pruefergebnis {
  befunde: Befund[];
  /** Der Syntaxbaum des Textes (fehlt bei einem Syntaxfehler); die Vorschau zeigt ihn. */
  baum?: Root | undefined;
  /** Quelltexte der Diagramme, die mermaid nicht lesen kann; die Vorschau zeichnet sie nicht. */
  unlesbar: Set<string>;
}

/** Liest ein Diagramm mit mermaid; im Browser das Mermaid der Seite (mermaid.ts). */
export type DiagrammLeser = (code: string) => Promise<DiagrammErgebnis>;

const LEER_YAML = leseYaml('');

/** Ein Eintrag, den es auf der Website gibt, nur mit Sammlung und ID: genug für die Prüfung der Verweise. */
function bestand(sammlung: SammlungName, id: string, daten?: unknown): GepruefterEintrag {
  return { sammlung, id, datei: '', pfad: '', quelltext: '', yaml: LEER_YAML, daten };
}

/** Der Kontext der MDX-Regeln aus den Daten der Seite; Dateien neben dem Beitrag gibt es im Browser nicht. */
export function mdxKontext(daten: EditorDaten): MdxKontext {
  const dateien = new Set(daten.dateien);
  return {
    ziele: new Map(daten.ziele.map(([adresse, anker]) => [adresse, new Set(anker)])),
    glossar: new Map(daten.glossarSchluessel),
    anzeigeOrdner: 'content',
    adresseVonDatei,
    dateiExistiert: (pfad) => dateien.has(pfad),
    leseText: () => undefined,
  };
}

/** Die Regeln über die ganze Website, die der Editor nicht sehen kann, fehlen: Pflichtseiten gibt es dort nicht. */
const EDITOR_DATENREGELN = DATEN_REGELN.filter((r) => r !== pflichtseite);

/**
 * Prüft die Datei mit dem Treiber der Prüfung; `lies` liest Diagramme (im
 * Browser mit mermaid, in Tests auch ohne). Mit `kommune` prüft er das Profil
 * einer neuen Kommune mit, wie npm run pruefen beide Dateien zusammen prüfte.
 */
export async function pruefeDatei(
  datei: BeitragDatei,
  daten: EditorDaten,
  kontext: MdxKontext,
  lies: DiagrammLeser,
  kommune?: KommuneDatei,
): Promise<Pruefergebnis> {
  const teile = zerlegeMdx(datei.text);
  const eintrag: RohEintrag = {
    sammlung: 'beitraege',
    id: datei.id,
    datei: datei.pfad,
    pfad: datei.pfad.replace(/^content\//, ''),
    quelltext: datei.text,
    yaml: leseYaml(teile?.yaml ?? '', 1),
    text: teile?.text ?? '',
    textStartZeile: teile?.textStartZeile ?? 1,
  };
  const profil: RohEintrag | undefined = kommune && {
    sammlung: 'kommunen',
    id: kommune.id,
    datei: kommune.pfad,
    pfad: kommune.pfad.replace(/^content\//, ''),
    quelltext: kommune.text,
    yaml: leseYaml(kommune.text),
  };
  const kommunen = daten.kommunen
    .filter((k) => k.id !== kommune?.id)
    .map((k) =>
      bestand('kommunen', k.id, {
        name: k.name,
        ags: k.ags,
        ars: k.ars,
        pilot: k.leistungen.map((leistung) => ({ leistung })),
      }),
    );
  const andere = (['leistungen', 'konzepte', 'querschnitt'] as const).flatMap((s) =>
    (daten.ids[s] ?? []).map((id) => bestand(s, id)),
  );
  const ergebnis = pruefeEintraege(profil ? [eintrag, profil] : [eintrag], {
    ...kontext,
    bestand: [...kommunen, ...andere],
    datenRegeln: EDITOR_DATENREGELN,
    leseDiagramme: (diagramme) => Promise.all(diagramme.map((d) => lies(d.code))),
    behalteBaum: (e) => e === eintrag,
  });
  const befunde = [...ergebnis.befunde];

  // Wie „npm run neu“: Eine neue Datei überschreibt keine bestehende (die Plattform lehnte sie ohnehin ab).
  // Wer einen Beitrag der Website über „Im Editor bearbeiten“ geöffnet hat, ändert genau diese Datei.
  if (daten.ids.beitraege?.includes(datei.id) && !datei.bearbeitet) {
    befunde.unshift(
      ortBefund(
        datei.pfad,
        `Die Datei ${datei.pfad} gibt es schon; der Dateiname entsteht aus dem Titel.`,
        'Wählen Sie einen anderen Titel, oder öffnen Sie den vorhandenen Beitrag auf seiner Seite mit „Im Editor bearbeiten“.',
        'titel',
      ),
    );
  }

  if (kommune) befunde.unshift(...profilOrt(kommune, daten));

  const diagramme = await ergebnis.diagramme;
  befunde.push(...diagramme.befunde);
  const unlesbar = new Set([...diagramme.ergebnisse].filter(([, e]) => e.fehler).map(([code]) => code));
  return { befunde, baum: ergebnis.baeume.get(eintrag), unlesbar };
}

/**
 * Was beim Lesen der Dateien geprüft würde (Regeln „dateiname“ und „ort“):
 * Der Name in der Webadresse muss gültig sein, und ein Profil darf keines
 * überschreiben, das es schon gibt.
 */
function profilOrt(kommune: KommuneDatei, daten: EditorDaten): Befund[] {
  const befund = (regel: string, meldung: string, hinweis: string): Befund => ({
    datei: kommune.pfad,
    zeile: 1,
    spalte: 1,
    regel,
    feld: 'id',
    meldung,
    hinweis,
  });
  if (!SLUG_PATTERN.test(kommune.id)) {
    return [
      befund(
        'dateiname',
        `„${kommune.id}“ taugt nicht als Name in der Webadresse.`,
        'Nur Kleinbuchstaben, Ziffern und Bindestriche, ohne Umlaute, z. B. „neustadt“.',
      ),
    ];
  }
  if (daten.ids.kommunen?.includes(kommune.id)) {
    return [
      befund(
        'ort',
        `Eine Kommune „${kommune.id}“ gibt es auf der Website schon.`,
        'Ist es Ihre, wählen Sie sie in der Liste „Kommune“; sonst ändern Sie den Namen in der Webadresse.',
      ),
    ];
  }
  return [];
}
