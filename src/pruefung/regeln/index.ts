/**
 * Alle Regeln. Jede Regel ist eine Datei regeln/<name>.ts mit Tests unter
 * tests/unit/regeln/<name>.unit.test.ts und einer Zeile in der Regeltabelle
 * von CONTRIBUTING.md (ein Test prüft alle drei). MDX_REGELN laufen auf jedem
 * Syntaxbaum, DATEN_REGELN über die Daten aller Einträge; die übrigen melden
 * an ihrer Stelle im Ablauf (Lesen, Schema, Mermaid). npm run pruefen, der
 * Build und der Editor im Browser führen dieselben Listen aus (treiber/).
 */
import { abschnitt } from './abschnitt.ts';
import { ausdruck } from './ausdruck.ts';
import { begriff } from './begriff.ts';
import { bild } from './bild.ts';
import { ereignis } from './ereignis.ts';
import { fussnoteOhneDefinition } from './fussnote-ohne-definition.ts';
import { fussnoteOhneQuelle } from './fussnote-ohne-quelle.ts';
import { fussnoteUnbenutzt } from './fussnote-unbenutzt.ts';
import { gemischteSchrift } from './gemischte-schrift.ts';
import { esm } from './esm.ts';
import { htmlVerboten } from './html-verboten.ts';
import { html } from './html.ts';
import { komponente } from './komponente.ts';
import { link } from './link.ts';
import { mermaid } from './mermaid.ts';
import { normOhneBeleg } from './norm-ohne-beleg.ts';
import { platzhalter } from './platzhalter.ts';
import { quelleAngaben } from './quelle-angaben.ts';
import { quelleUnzitiert } from './quelle-unzitiert.ts';
import type { DatenRegel, MdxRegel, RegelInfo } from '../kern/typen.ts';
import { anbindung } from './anbindung.ts';
import { datei } from './datei.ts';
import { dateiname } from './dateiname.ts';
import { doppelteId } from './doppelte-id.ts';
import { frontmatter } from './frontmatter.ts';
import { glossarBeleg } from './glossar-beleg.ts';
import { grenze } from './grenze.ts';
import { kodierung } from './kodierung.ts';
import { mdxSyntax } from './mdx-syntax.ts';
import { mermaidBarrierefreiheit } from './mermaid-barrierefreiheit.ts';
import { ort } from './ort.ts';
import { pflichtfeld } from './pflichtfeld.ts';
import { pflichtseite } from './pflichtseite.ts';
import { pruefung } from './pruefung.ts';
import { schema } from './schema.ts';
import { unbekanntesFeld } from './unbekanntes-feld.ts';
import { verknuepfung } from './verknuepfung.ts';
import { verweis } from './verweis.ts';
import { yaml } from './yaml.ts';
import { taeuschendeUrl } from './taeuschende-url.ts';
import { ueberschrift } from './ueberschrift.ts';
import { unsichereUrl } from './unsichere-url.ts';
import { unsichtbareZeichen } from './unsichtbare-zeichen.ts';

export type { MdxDokument, MdxKontext, MdxRegel } from '../kern/typen.ts';

export const MDX_REGELN: MdxRegel[] = [
  esm,
  ausdruck,
  ereignis,
  unsichereUrl,
  // Täuschung (Issue 20): unsichtbare Zeichen und Adressen, die woanders hinführen, als sie aussehen.
  unsichtbareZeichen,
  gemischteSchrift,
  taeuschendeUrl,
  htmlVerboten,
  html,
  komponente,
  begriff,
  link,
  bild,
  ueberschrift,
  abschnitt,
  platzhalter,
  mermaid,
  // Belege am Satz (Issue 12): Normen belegt, Fußnoten und Quellen passen zueinander.
  normOhneBeleg,
  fussnoteOhneDefinition,
  fussnoteOhneQuelle,
  fussnoteUnbenutzt,
  quelleUnzitiert,
  quelleAngaben,
];

/** Regeln über die Daten aller Einträge, nachdem jedes Schema geprüft ist. */
export const DATEN_REGELN: DatenRegel[] = [verweis, doppelteId, pflichtseite, glossarBeleg, anbindung];

/** Jede Regel mit Namen und Beschreibung, in der Reihenfolge der Regeltabelle in CONTRIBUTING.md. */
export const ALLE_REGELN: readonly RegelInfo[] = [
  // Lesen der Dateien (node/laden.ts, kern/zeichen.ts, kern/frontmatter.ts)
  yaml,
  frontmatter,
  pflichtfeld,
  unbekanntesFeld,
  schema,
  ...DATEN_REGELN.slice(0, 1),
  ort,
  dateiname,
  datei,
  pflichtseite,
  verknuepfung,
  kodierung,
  doppelteId,
  mdxSyntax,
  ...MDX_REGELN,
  mermaidBarrierefreiheit,
  grenze,
  pruefung,
  glossarBeleg,
  anbindung,
];
