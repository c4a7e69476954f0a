/**
 * Prüft die erzeugte Datei im Browser mit denselben Modulen wie
 * npm run pruefen: Front Matter gegen das Schema (pruefeSchemas), Verweise
 * (pruefeVerweise), die MDX-Regeln (MDX_REGELN über pruefeMdx) und die
 * Diagramme mit mermaid (liesDiagramm, befundeZuDiagramm). Was die Prüfung
 * über die übrige Website wissen muss, kommt aus den Daten der Seite.
 */
import type { Root } from 'mdast';
import type { Befund } from '../../pruefung/kern/befund.ts';
import { leseYaml, zerlegeMdx } from '../../pruefung/kern/frontmatter.ts';
import type { RohEintrag } from '../../pruefung/kern/typen.ts';
import { leseMdx, pruefeMdx, type MdxKontext } from '../../pruefung/treiber/mdx.ts';
import { befundeZuDiagramm, type DiagrammErgebnis } from '../../pruefung/regeln/mermaid-barrierefreiheit.ts';
import { pruefeSchemas, pruefeVerweise, type GepruefterEintrag } from '../../pruefung/treiber/daten.ts';
import { adresseVonDatei, type SammlungName } from '../../modell/sammlungen.ts';
import type { EditorDaten } from '../../pruefung/kern/editor-daten.ts';
import type { BeitragDatei } from './datei.ts';

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

/** Prüft die Datei; `lies` liest Diagramme (im Browser mit mermaid, in Tests auch ohne). */
export async function pruefeDatei(
  datei: BeitragDatei,
  daten: EditorDaten,
  kontext: MdxKontext,
  lies: DiagrammLeser,
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
  const { gueltig, befunde } = pruefeSchemas([eintrag]);

  const kommunen = daten.kommunen.map((k) =>
    bestand('kommunen', k.id, { name: k.name, pilot: k.leistungen.map((leistung) => ({ leistung })) }),
  );
  const andere = (['leistungen', 'konzepte', 'querschnitt'] as const).flatMap((s) =>
    (daten.ids[s] ?? []).map((id) => bestand(s, id)),
  );
  befunde.push(...pruefeVerweise([eintrag, ...kommunen, ...andere], [...gueltig, ...kommunen]));

  // Wie „npm run neu“: eine bestehende Datei wird nicht überschrieben (die Plattform lehnte sie ohnehin ab).
  if (daten.ids.beitraege?.includes(datei.id)) {
    befunde.push({
      datei: datei.pfad,
      zeile: 1,
      spalte: 1,
      regel: 'ort',
      feld: 'titel',
      meldung: `Die Datei ${datei.pfad} gibt es schon; der Dateiname entsteht aus dem Titel.`,
      hinweis:
        'Wählen Sie einen anderen Titel oder bearbeiten Sie den vorhandenen Beitrag über „Diese Seite bearbeiten“.',
    });
  }

  const gelesen = leseMdx(eintrag);
  befunde.push(...gelesen.befunde, ...pruefeMdx(gelesen.dokument, kontext));
  const diagramme = gelesen.dokument.diagramme;
  const ergebnisse = await Promise.all(diagramme.map((d) => lies(d.code)));
  befunde.push(...diagramme.flatMap((d, i) => befundeZuDiagramm(d, ergebnisse[i] ?? {})));
  const unlesbar = new Set(diagramme.filter((_, i) => ergebnisse[i]?.fehler).map((d) => d.code));
  return { befunde, baum: gelesen.dokument.baum, unlesbar };
}
