/** HTML-Elemente: nur die wenigen aus src/schemas/mdx.ts, mit ihren Attributen, im laufenden Text. */
import { HTML_ELEMENTE } from '../../schemas/mdx.ts';
import { pruefeErlaubteAttribute } from './hilfen/attribute.ts';
import { alleinImAbsatz, elementArt, falscherOrt, jsxElemente, melder, stelleVon } from './hilfen/mdx.ts';
import type { MdxRegel } from '../kern/typen.ts';

/** Markdown-Schreibweisen für HTML-Elemente, die Autorinnen aus Gewohnheit verwenden. */
const MARKDOWN_STATT_HTML: Record<string, string> = {
  a: 'Schreiben Sie Links als [Linktext](https://…) oder [Linktext](/leistungen/…/).',
  img: 'Binden Sie Bilder als ![Beschreibung des Bildes](./bild.png) ein.',
  b: 'Schreiben Sie **fett** statt <b>.',
  strong: 'Schreiben Sie **fett** statt <strong>.',
  i: 'Schreiben Sie *kursiv* statt <i>.',
  em: 'Schreiben Sie *kursiv* statt <em>.',
  p: 'Trennen Sie Absätze durch eine Leerzeile.',
  h1: 'Der Titel kommt aus dem Front Matter; Abschnitte beginnen mit „## “.',
  h2: 'Schreiben Sie „## Überschrift“.',
  h3: 'Schreiben Sie „### Überschrift“.',
  ul: 'Schreiben Sie Listen mit „- “ am Zeilenanfang.',
  ol: 'Schreiben Sie nummerierte Listen mit „1. “ am Zeilenanfang.',
  li: 'Schreiben Sie Listen mit „- “ am Zeilenanfang.',
  table: 'Schreiben Sie Tabellen in Markdown: | Spalte | Spalte |, darunter | --- | --- |.',
  div: 'Entfernen Sie das Element; für hervorgehobene Kästen gibt es <Hinweis art="info">…</Hinweis>.',
  span: 'Entfernen Sie das Element; die Gestaltung übernimmt die Website.',
  details: 'Schreiben Sie den Inhalt als eigenen Abschnitt mit „### Überschrift“.',
  blockquote: 'Schreiben Sie Zitate mit „> “ am Zeilenanfang.',
  code: 'Schreiben Sie Code in `Backticks`.',
  pre: 'Schreiben Sie Codeblöcke zwischen zwei Zeilen ```.',
  hr: 'Schreiben Sie eine Trennlinie als „---“ auf einer eigenen Zeile (mit Leerzeile davor).',
};

const erlaubtesHtml = Object.keys(HTML_ELEMENTE);

export const html: MdxRegel = {
  name: 'html',
  beschreibung: `Nur diese HTML-Elemente, mit ihren Attributen: ${erlaubtesHtml.map((e) => `<${e}>`).join(', ')}; für alles andere gibt es Markdown.`,
  pruefe(dokument) {
    const { befunde, melde } = melder(dokument, this.name);
    if (!dokument.baum) return befunde;
    const allein = alleinImAbsatz(dokument.baum);
    for (const element of jsxElemente(dokument.baum)) {
      const art = elementArt(element.name);
      const name = element.name!;
      if (art === 'html') {
        const erlaubt = HTML_ELEMENTE[name as keyof typeof HTML_ELEMENTE];
        const ort = falscherOrt(element, erlaubt.inhalt, allein);
        if (ort) melde(stelleVon(element), ort.meldung, ort.hinweis);
        pruefeErlaubteAttribute(element, name, erlaubt, melde);
      } else if (art === 'unbekanntes-html') {
        melde(
          stelleVon(element),
          `Das HTML-Element <${name}> ist in Beiträgen nicht erlaubt.`,
          `${Object.hasOwn(MARKDOWN_STATT_HTML, name) ? MARKDOWN_STATT_HTML[name] : 'Verwenden Sie Markdown.'} Erlaubte HTML-Elemente: ${erlaubtesHtml.map((e) => `<${e}>`).join(', ')}.`,
        );
      }
    }
    return befunde;
  },
};
