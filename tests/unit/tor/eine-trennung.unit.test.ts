/**
 * Eine Trennung, eine Wahrheit (Issue 20): Prüfung und Build trennen Front
 * Matter und Text mit derselben Funktion, und die beiden Markdown-Leser
 * (remark in der Prüfung, Sätteri im Build) sehen im so getrennten Text
 * dieselben Stellen, an denen Code stehen könnte. Geprüft an jeder Datei in
 * content/ und an feindlichen Dateien.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { mdxToMdast } from 'satteri';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { leseYaml, textOhneKopf, zerlegeMdx } from '../../../src/pruefung/kern/frontmatter.ts';
import { dateienUnter, PROJEKT } from '../../../werkzeuge/pruefen-lauf.ts';

const remark = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Die Stellen, an denen MDX Code oder Elemente tragen kann, mit Zeile. */
const KRITISCH = new Set([
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
]);
function kritischeStellen(baum: unknown): string[] {
  const stellen: string[] = [];
  visit(baum as Root, (k) => {
    const knoten = k as {
      type: string;
      name?: string | null;
      lang?: string | null;
      position?: { start: { line: number } };
    };
    if (KRITISCH.has(knoten.type) || (knoten.type === 'code' && knoten.lang === 'mermaid')) {
      // Ob ein Element als Block oder im Satz steht, entscheiden die Leser bei Grenzfällen verschieden; für die Sicherheit zählt nur, dass es da ist.
      const art = knoten.type.replace(/(Flow|Text)/, '');
      stellen.push(`${art}:${knoten.name ?? knoten.lang ?? ''}@${knoten.position?.start.line}`);
    }
  });
  return stellen;
}

/** Die Angriffe des unabhängigen Korpus und ihre Verwandten: Zeilentrenner, die ein regulärer Ausdruck als Zeilenanfang sähe. */
const TRENNER_TRICKS = ['\u2028', '\u2029', '\u0085', '\r', '\v', '\f'].map((z) => [
  `U+${z.codePointAt(0)!.toString(16).padStart(4, '0')}`,
  `---\ntitel: x\n# Kommentar${z}---\n----\nexport const x = (globalThis.gelaufen = 1)\n---\n\nText\n`,
]);

describe('eine Trennung von Front Matter und Text', () => {
  it.each(TRENNER_TRICKS)('endet nicht an „---“ nach %s; der Kopf mit dem Code wird abgelehnt', (_name, datei) => {
    const teile = zerlegeMdx(datei)!;
    expect(teile.text).toBe('\nText\n');
    expect(teile.yaml).toContain('export const x');
    expect(textOhneKopf(datei, teile)).not.toContain('export');
    // Im Kopf steht das Zeichen, das die Trennung täuschen sollte: Das YAML ist ungültig, nichts wird gebaut.
    expect(leseYaml(teile.yaml, 1).fehler.length).toBeGreaterThan(0);
  });

  it('lässt „----“, „--- x“ und eingerückte Striche nicht als Ende gelten, wohl aber „---“ mit Leerzeichen dahinter', () => {
    expect(zerlegeMdx('---\na: 1\n----\nb\n---\nT')!.text).toBe('T');
    expect(zerlegeMdx('---\na: 1\n--- x\n---\nT')!.yaml).toBe('a: 1\n--- x\n');
    expect(zerlegeMdx('---\na: 1\n ---\n---\nT')!.yaml).toBe('a: 1\n ---\n');
    expect(zerlegeMdx('---\na: 1\n--- \t\nT')!.text).toBe('T');
    expect(zerlegeMdx('---\r\na: 1\r\n---\r\nT')).toEqual({ yaml: 'a: 1\r\n', text: 'T', textStartZeile: 4 });
    expect(zerlegeMdx('\uFEFF---\na: 1\n---\nT')!.text).toBe('T');
    expect(zerlegeMdx(' ---\na: 1\n---\nT')).toBeUndefined();
    expect(zerlegeMdx('\n---\na: 1\n---\nT')).toBeUndefined();
    expect(zerlegeMdx('---\na: 1\n')).toBeUndefined();
  });

  it('hält die Stellen der Datei: Zeile, Spalte und Offset im gelesenen Text sind die der Datei', () => {
    const datei = '\uFEFF---\r\ntitel: x\r\nstatus: entwurf\r\n---\r\n\r\n## Abschnitt\r\n\r\nText\r\n';
    const text = textOhneKopf(datei, zerlegeMdx(datei)!);
    expect(text).toHaveLength(datei.length);
    expect(text.indexOf('## Abschnitt')).toBe(datei.indexOf('## Abschnitt'));
    expect(text.split('\n')[5]).toBe('## Abschnitt\r');
    expect(text.slice(0, text.indexOf('## '))).toMatch(/^[ \r\n]+$/);
  });

  const mdxDateien = [
    ...dateienUnter(join(PROJEKT, 'content')).map((d) => join(PROJEKT, 'content', d)),
    ...dateienUnter(join(PROJEKT, 'tests/fixtures')).map((d) => join(PROJEKT, 'tests/fixtures', d)),
  ].filter((d) => d.endsWith('.mdx'));

  it(`remark (Prüfung) und Sätteri (Build) sehen in ${mdxDateien.length} Dateien dieselben Elemente, Ausdrücke und Diagramme`, () => {
    expect(mdxDateien.length).toBeGreaterThan(50);
    let verglichen = 0;
    for (const datei of mdxDateien) {
      const quelltext = readFileSync(datei, 'utf8');
      const teile = zerlegeMdx(quelltext);
      if (!teile) continue;
      const text = textOhneKopf(quelltext, teile);
      let pruefung: string[];
      try {
        pruefung = kritischeStellen(remark.parse(text));
      } catch {
        continue; // Was remark nicht lesen kann, lehnt die Prüfung als Syntaxfehler ab.
      }
      let build: string[];
      try {
        build = kritischeStellen(mdxToMdast(text, { features: { gfm: true } }));
      } catch {
        continue; // Was Sätteri nicht lesen kann, baut der Build nicht.
      }
      expect(build, datei).toEqual(pruefung);
      verglichen++;
    }
    expect(verglichen).toBeGreaterThan(50);
  });
});
