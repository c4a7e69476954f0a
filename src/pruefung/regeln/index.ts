/**
 * Alle MDX-Regeln, in der Reihenfolge, in der sie laufen. Eine Regel
 * hinzufügen heißt: ein Modul neben diese Datei legen (siehe regel.ts), hier
 * eintragen und Tests unter tests/unit/regeln/<name>.unit.test.ts schreiben.
 * npm run pruefen, der Build und der Editor im Browser führen diese Liste aus.
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
import type { MdxRegel } from '../kern/typen.ts';
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
