import { evaluate, markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { DIAGRAMM_KOMPONENTE, mermaidFences } from '../../src/user-components/mermaid-fences.ts';

interface Element {
  type: unknown;
  props: Record<string, unknown>;
}

/** Ein Mini-JSX-Laufzeitsystem: hält fest, welche Komponenten mit welchen Props gerufen werden. */
function rendern(mdx: string): Element[] {
  const aufrufe: Element[] = [];
  const jsx = (type: unknown, props: unknown) => {
    const element = { type, props: props as Record<string, unknown> };
    aufrufe.push(element);
    return element;
  };
  const modul = evaluate(mdx, { Fragment: 'Fragment', jsx, jsxs: jsx, mdastPlugins: [mermaidFences()] });
  if (modul instanceof Promise) throw new Error('Das Plugin sollte synchron laufen.');
  const Inhalt = modul.default as (props: { components: Record<string, unknown> }) => unknown;
  Inhalt({ components: { [DIAGRAMM_KOMPONENTE]: DIAGRAMM_KOMPONENTE, Hinweis: 'Hinweis' } });
  return aufrufe;
}

const diagramme = (aufrufe: Element[]) => aufrufe.filter((a) => a.type === DIAGRAMM_KOMPONENTE).map((a) => a.props);

describe('mermaidFences', () => {
  it('macht aus einem ```mermaid-Block die Diagramm-Komponente mit Quelltext und Zeile', () => {
    const mdx = [
      '# Antrag',
      '',
      'Der Weg des Antrags:',
      '',
      '```mermaid',
      'flowchart LR',
      '  accTitle: Weg des Antrags',
      '  accDescr: Vom Onlinedienst über FIT-Connect ins Fachverfahren',
      '  A[Onlinedienst] --> B[FIT-Connect] --> C[Fachverfahren]',
      '```',
      '',
    ].join('\n');
    expect(diagramme(rendern(mdx))).toEqual([
      {
        quelle: [
          'flowchart LR',
          '  accTitle: Weg des Antrags',
          '  accDescr: Vom Onlinedienst über FIT-Connect ins Fachverfahren',
          '  A[Onlinedienst] --> B[FIT-Connect] --> C[Fachverfahren]',
        ].join('\n'),
        zeile: 5,
      },
    ]);
  });

  it('gibt Umlaute, lange Komposita und Zeichen, die in MDX etwas bedeuten, unverändert weiter', () => {
    const quelle = [
      'sequenceDiagram',
      '  participant Bü as Bürgerin',
      '  Bü->>Zuständigkeitsfinder: {Antrag} <b>nicht fett</b> `code` ${x} \\n „Anführung“',
      '  Note over Bü: Datenschutzfolgenabschätzungsverfahren & Straßenverkehrsbehörde',
    ].join('\n');
    expect(diagramme(rendern(`\`\`\`mermaid\n${quelle}\n\`\`\`\n`))).toEqual([{ quelle, zeile: 1 }]);
  });

  it('erkennt Tilden-Blöcke, Großschreibung und Meta-Angaben, auch in Komponenten', () => {
    const mdx = [
      '<Hinweis>',
      '',
      '~~~Mermaid title="egal"',
      'stateDiagram-v2',
      '  [*] --> Eingegangen',
      '~~~',
      '',
      '</Hinweis>',
      '',
    ].join('\n');
    expect(diagramme(rendern(mdx))).toEqual([{ quelle: 'stateDiagram-v2\n  [*] --> Eingegangen', zeile: 3 }]);
  });

  it('lässt andere Codeblöcke in Ruhe', () => {
    const aufrufe = rendern('```js\nconst a = 1;\n```\n\n```\nmermaid ohne Sprache\n```\n');
    expect(diagramme(aufrufe)).toEqual([]);
    expect(aufrufe.filter((a) => a.type === 'code').map((a) => a.props.children)).toEqual([
      'const a = 1;\n',
      'mermaid ohne Sprache\n',
    ]);
  });

  it('zählt jede Zeile eines Dokuments mit mehreren Diagrammen richtig', () => {
    const mdx = '---\ntitel: x\n---\n\n```mermaid\ngraph TD\n  A-->B\n```\n\nText\n\n```mermaid\npie\n  "a": 1\n```\n';
    expect(diagramme(rendern(mdx)).map((d) => d.zeile)).toEqual([5, 12]);
  });

  it('verlangt die Komponente: ohne Zuordnung bricht das Rendern laut ab', () => {
    const modul = evaluate('```mermaid\ngraph TD\n```\n', {
      Fragment: 'Fragment',
      jsx: () => null,
      jsxs: () => null,
      mdastPlugins: [mermaidFences()],
    }) as Record<string, unknown>;
    const Inhalt = modul.default as (props: object) => unknown;
    expect(() => Inhalt({})).toThrow(/Diagramm/);
  });

  it('lässt Mermaid in reinem Markdown als Codeblock stehen (dort gibt es kein JSX)', () => {
    const ergebnis = markdownToHtml('```mermaid\ngraph TD\n```\n', { mdastPlugins: [mermaidFences()] });
    if (ergebnis instanceof Promise) throw new Error('Das Plugin sollte synchron laufen.');
    expect(ergebnis.html).toContain('<code class="language-mermaid">graph TD');
  });
});
