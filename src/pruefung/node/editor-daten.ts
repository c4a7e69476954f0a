/**
 * Was der Beitragseditor (/mitwirken/beitrag/) über die Website wissen muss,
 * beim Bauen einmal ermittelt und als JSON in die Seite geschrieben: Kommunen
 * mit ihren Pilotleistungen, Leistungen, Dokumente für „bezug“, das Glossar und
 * die Link-Ziele. Alles stammt aus demselben Lesen der Inhalte wie
 * npm run pruefen (src/pruefung/), damit der Editor dasselbe prüft.
 */
import { resolve } from 'node:path';
import { redaktionEmail, repository } from '../../config/site.ts';
import type { EditorDaten } from '../kern/editor-daten.ts';
import type { GlossarEintrag, Kommune, Leistung } from '../../schemas/index.ts';
import { glossarBegriffe, linkZiele } from './index.ts';
import { ladeInhalte, type RohEintrag } from './laden.ts';
import { leseMdx } from '../treiber/mdx.ts';
import { inhaltsOrdner, type SammlungName } from '../../modell/sammlungen.ts';

export type { EditorBegriff, EditorDaten } from '../kern/editor-daten.ts';

const deutsch = new Intl.Collator('de');
const nachTitel = <T extends { titel: string }>(a: T, b: T) => deutsch.compare(a.titel, b.titel);

function daten<T>(eintraege: readonly RohEintrag[], sammlung: SammlungName): { id: string; daten: T }[] {
  return eintraege.filter((e) => e.sammlung === sammlung).map((e) => ({ id: e.id, daten: e.yaml.daten as T }));
}

/**
 * Übergabe im selben Prozess: Die Inhaltsprüfung im Build (inhalte-pruefen.ts)
 * hat alle Dateien schon gelesen und die Link-Ziele bestimmt; sie legt die
 * Daten hier ab, damit die Seite nicht noch einmal jede MDX-Datei liest (bei
 * 20 000 Seiten fast eine Minute). Über `globalThis`, weil die Integration und
 * die gebündelten Seiten verschiedene Kopien dieses Moduls laden.
 */
const UEBERGABE = Symbol.for('nachnutzungsatlas.editor-daten');
type Uebergabe = { ordner: string; daten: EditorDaten };

/** Legt die Daten für `editorDaten(ordner)` ab (nur im Build, wo sich die Inhalte nicht mehr ändern). */
export function uebergibEditorDaten(ordner: string, daten: EditorDaten): void {
  (globalThis as Record<symbol, Uebergabe | undefined>)[UEBERGABE] = { ordner: resolve(ordner), daten };
}

/** Ermittelt die Daten aus dem Inhaltsordner (Standard: content/ oder ATLAS_CONTENT_DIR). */
export function editorDaten(ordner: string = inhaltsOrdner()): EditorDaten {
  const uebergeben = (globalThis as Record<symbol, Uebergabe | undefined>)[UEBERGABE];
  if (uebergeben?.ordner === resolve(ordner)) return uebergeben.daten;
  const { eintraege } = ladeInhalte(ordner);
  const glossar = glossarBegriffe(eintraege);
  const anker = (e: RohEintrag) => (e.text === undefined ? undefined : leseMdx(e).dokument.anker);
  return editorDatenAus(eintraege, linkZiele(eintraege, glossar, anker));
}

/** Die Daten aus gelesenen Einträgen und den Link-Zielen, wie die Prüfung sie bestimmt hat. */
export function editorDatenAus(
  eintraege: readonly RohEintrag[],
  ziele: ReadonlyMap<string, ReadonlySet<string>>,
): EditorDaten {
  const glossar = glossarBegriffe(eintraege);
  const titelVon = (sammlung: SammlungName) =>
    daten<{ titel: string }>(eintraege, sammlung).map(({ id, daten: d }) => ({ id, titel: d?.titel ?? id }));
  const ids: EditorDaten['ids'] = {};
  for (const e of eintraege) (ids[e.sammlung] ??= []).push(e.id);
  const glossarDaten = (eintraege.find((e) => e.sammlung === 'glossar')?.yaml.daten ?? []) as GlossarEintrag[];

  return {
    kommunen: daten<Kommune>(eintraege, 'kommunen')
      .map(({ id, daten: k }) => ({
        id,
        name: k.name,
        leistungen: k.pilot.map((p) => p.leistung),
        ...(k.ags ? { ags: String(k.ags) } : {}),
        ...(k.ars ? { ars: String(k.ars) } : {}),
      }))
      .sort((a, b) => deutsch.compare(a.name, b.name)),
    leistungen: daten<Leistung>(eintraege, 'leistungen')
      .map(({ id, daten: l }) => ({ id, titel: l.titel }))
      .sort(nachTitel),
    bezuege: [
      ...titelVon('konzepte').map((k) => ({ ...k, leistung: k.id.split('/')[0] })),
      ...titelVon('querschnitt'),
    ].sort(nachTitel),
    ids,
    dateien: eintraege.map((e) => e.pfad),
    ziele: [...ziele].map(([adresse, a]) => [adresse, [...a]]),
    glossarSchluessel: [...glossar],
    glossar: glossarDaten.map((g) => ({
      begriff: g.begriff,
      langform: g.langform,
      definition: g.definition,
      synonyme: g.synonyme ?? [],
    })),
    repository: repository(),
    redaktion: redaktionEmail(),
  };
}
