/**
 * Übersetzt Syntaxfehler von remark-mdx in deutsche Meldungen mit einem
 * Hinweis, wie man sie behebt. Die häufigsten Ursachen bei Texten von
 * Nicht-Entwicklern: ein „<“ oder „{“ im Fließtext, HTML-Kommentare, Links in
 * spitzen Klammern und nicht geschlossene Tags.
 */
import type { Befund } from '../kern/befund.ts';
import type { RegelInfo } from '../kern/typen.ts';

interface MdxFehler {
  reason?: string;
  message?: string;
  ruleId?: string;
  source?: string;
  line?: number;
  column?: number;
}

export const mdxSyntax: RegelInfo = {
  name: 'mdx-syntax',
  beschreibung: 'Der Text lässt sich nicht lesen (nicht geschlossenes Element, `<!-- -->`, einzelnes `{`).',
};
const REGEL = mdxSyntax.name;

/** Macht aus einem Fehler von remark-mdx einen Befund mit Stelle und deutschem Hinweis. */
export function uebersetzeMdxFehler(datei: string, fehler: unknown): Befund {
  const f = (fehler ?? {}) as MdxFehler;
  const grund = f.reason ?? f.message ?? String(fehler);
  // Manche Meldungen tragen die Stelle nur im Text: „… (3:1-3:10)“.
  const ausText = /\((\d+):(\d+)-\d+:\d+\)/.exec(grund);
  const zeile = f.line ?? (ausText ? Number(ausText[1]) : 1);
  const spalte = f.column ?? (ausText ? Number(ausText[2]) : 1);
  const befund = (meldung: string, hinweis: string): Befund => ({
    datei,
    zeile,
    spalte,
    regel: REGEL,
    meldung,
    hinweis,
  });
  const zeichen = /Unexpected character `(.+?)`/.exec(grund)?.[1];
  const tag = /`<\/?([^>`]*)>`/.exec(grund)?.[1];

  if (grund.includes('to create a comment in MDX')) {
    return befund(
      'HTML-Kommentare (<!-- … -->) gibt es in MDX nicht.',
      'Schreiben Sie Kommentare als {/* Text */} oder entfernen Sie sie.',
    );
  }
  if (grund.includes('to create a link in MDX')) {
    return befund(
      'Links in spitzen Klammern (<https://…>) gibt es in MDX nicht.',
      'Schreiben Sie den Link als [Linktext](https://…).',
    );
  }
  if (f.ruleId === 'end-tag-mismatch' && grund.startsWith('Expected a closing tag')) {
    return befund(
      `Das Element <${tag ?? '…'}> wird nicht geschlossen.`,
      `Schließen Sie es mit </${tag ?? '…'}> (bei Blöcken auf einer eigenen Zeile, mit Leerzeile davor) oder schreiben Sie <${tag ?? '…'} /> für ein leeres Element.`,
    );
  }
  if (f.ruleId === 'end-tag-mismatch' || f.ruleId === 'unexpected-closing-slash') {
    return befund(
      'Ein schließendes Tag passt nicht zum zuletzt geöffneten Element.',
      'Prüfen Sie, dass jedes <Element> in derselben Reihenfolge mit </Element> geschlossen wird, in der es geöffnet wurde.',
    );
  }
  if (f.source === 'micromark-extension-mdx-expression') {
    return befund(
      'Eine geschweifte Klammer „{“ wird als JavaScript gelesen und ist hier nicht vollständig.',
      'Meinen Sie die Klammer als Text, schreiben Sie \\{ und \\}. JavaScript ist in Beiträgen ohnehin nicht erlaubt.',
    );
  }
  if (f.ruleId === 'unexpected-eof' && grund.includes('attribute value')) {
    return befund(
      'Ein Attributwert hat kein schließendes Anführungszeichen.',
      'Schließen Sie den Wert mit " ab, z. B. titel="Achtung".',
    );
  }
  if (f.ruleId === 'unexpected-lazy') {
    return befund(
      'Eine Zeile in einem Zitat oder einer Liste setzt ein Element fort, das dort nicht weitergeht.',
      'Beginnen Sie jede Zeile des Zitats mit „> “ oder setzen Sie eine Leerzeile vor und nach dem Element.',
    );
  }
  if (zeichen !== undefined || f.source === 'micromark-extension-mdx-jsx') {
    return befund(
      `Ein „<“ wird als Beginn eines Elements gelesen${zeichen ? `, danach steht aber „${zeichen}“` : ''}.`,
      'Meinen Sie „kleiner als“ oder eine spitze Klammer im Text, schreiben Sie \\< (oder „weniger als“). Elemente schreiben Sie als <Hinweis art="info">…</Hinweis>.',
    );
  }
  return befund(
    `Die Datei ist kein gültiges MDX und kann nicht gelesen werden (${grund.split('\n')[0]}).`,
    'Prüfen Sie die genannte Stelle auf nicht geschlossene Elemente, einzelne „<“ oder „{“ und falsch eingerückte Zeilen.',
  );
}
