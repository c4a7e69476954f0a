// @vitest-environment happy-dom
/**
 * Die Vorschau des Editors rendert nur die erlaubte Teilmenge: Text der
 * Autorin wird nie zu HTML, verbotene Elemente, Ereignis-Attribute und
 * gefährliche Adressen erscheinen nicht, MDX-Ausdrücke werden nicht ausgeführt.
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { sichererLink, zuDom, type Komponenten } from '../../../src/browser/editor/vorschau/dom.ts';
import { zuHast } from '../../../src/browser/editor/vorschau/hast.ts';

const leser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).use(remarkGfm);

/** Platzhalter bleiben sichtbar als <x-…>-Markierung, damit der Test sie findet. */
const platzhalter: Komponenten = (knoten, kinder) => {
  const el = document.createElement('span');
  el.dataset.komponente = knoten.tagName;
  for (const [k, v] of Object.entries(knoten.properties)) el.dataset[k] = String(v);
  el.append(...kinder);
  return el;
};

function html(mdx: string): string {
  const baum = leser.parse(mdx) as Root;
  const wurzel = document.createElement('div');
  wurzel.append(zuDom(zuHast(baum), platzhalter)!);
  return wurzel.innerHTML;
}

describe('Vorschau im Beitragseditor', () => {
  it('zeigt Markdown, Tabellen und Aufgabenlisten mit beschrifteten Kästchen', () => {
    const ausgabe = html(
      'Ein **fetter** Satz.\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n\n- [x] erledigt\n- [ ] offen\n',
    );
    expect(ausgabe).toContain('<strong>fetter</strong>');
    expect(ausgabe).toContain('<td>2</td>');
    expect(ausgabe).toMatch(
      /<li class="task-list-item"><label><input type="checkbox" checked="" disabled="">\s*erledigt<\/label><\/li>/,
    );
  });

  it('macht Hinweis, Begriff und Mermaid-Blöcke zu Platzhaltern für die Komponenten der Website', () => {
    const ausgabe = html(
      '<Hinweis art="warnung" titel="Achtung">Text</Hinweis>\n\nMit <Begriff>FIT-Connect</Begriff>.\n\n```mermaid\nflowchart TD\n  A --> B\n```\n',
    );
    expect(ausgabe).toContain('data-komponente="x-hinweis" data-art="warnung" data-titel="Achtung"');
    expect(ausgabe).toContain('data-komponente="x-begriff">FIT-Connect</span>');
    expect(ausgabe).toContain('data-komponente="x-diagramm" data-quelle="flowchart TD\n  A --> B"');
  });

  it('lässt verbotene Elemente, Ereignis-Attribute, Ausdrücke und gefährliche Adressen weg', () => {
    const ausgabe = html(
      [
        '<script>alert(1)</script>',
        '<div onclick="alert(1)">Kasten</div>',
        '<iframe src="https://example.org"></iframe>',
        'Wert {alert(1)} und [Link](javascript:alert(1)) und [gut](https://example.org) und [intern](/glossar/).',
        '<abbr title="Amtlicher Gemeindeschlüssel" onmouseover="x()">AGS</abbr>',
        '![Ablauf](./ablauf.png)',
      ].join('\n\n'),
    );
    expect(ausgabe).not.toMatch(/<script|<iframe|onclick|onmouseover|alert|javascript:/i);
    // Verbotene Elemente fallen samt Inhalt weg; die Prüfung meldet sie am Abschnitt.
    expect(ausgabe).not.toContain('Kasten');
    expect(ausgabe).toContain('<a href="https://example.org">gut</a>');
    expect(ausgabe).toContain('<a href="/glossar/">intern</a>');
    expect(ausgabe).toContain('<a>Link</a>');
    expect(ausgabe).toContain('<abbr title="Amtlicher Gemeindeschlüssel">AGS</abbr>');
    expect(ausgabe).toContain('data-komponente="x-bild" data-alt="Ablauf"');
  });

  it('Text der Autorin bleibt Text, auch wenn er wie HTML aussieht', () => {
    const ausgabe = html('`<img src=x onerror=alert(1)>` und &lt;b&gt;');
    expect(ausgabe).toContain('<code>&lt;img src=x onerror=alert(1)&gt;</code>');
    expect(ausgabe).not.toContain('<img');
    expect(ausgabe).not.toContain('<b>');
  });

  it('erlaubt Links nur auf Seiten des Atlas, Anker und die erlaubten Adressarten', () => {
    expect(sichererLink('https://example.org')).toBe(true);
    expect(sichererLink('mailto:ozg@musterstadt.example')).toBe(true);
    expect(sichererLink('/leistungen/')).toBe(true);
    expect(sichererLink('#ausgangslage')).toBe(true);
    expect(sichererLink('//fremd.example')).toBe(false);
    expect(sichererLink('javascript:alert(1)')).toBe(false);
    expect(sichererLink('data:text/html,x')).toBe(false);
  });
});
