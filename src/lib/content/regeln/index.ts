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
import { esm } from './esm.ts';
import { htmlVerboten } from './html-verboten.ts';
import { html } from './html.ts';
import { komponente } from './komponente.ts';
import { link } from './link.ts';
import { mermaid } from './mermaid.ts';
import { platzhalter } from './platzhalter.ts';
import type { MdxRegel } from './regel.ts';
import { ueberschrift } from './ueberschrift.ts';
import { unsichereUrl } from './unsichere-url.ts';

export type { MdxDokument, MdxKontext, MdxRegel } from './regel.ts';

export const MDX_REGELN: MdxRegel[] = [
  esm,
  ausdruck,
  ereignis,
  unsichereUrl,
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
];
