/**
 * Gürtel und Hosenträger (Issue 20): Der Zeichner (src/mdx/mdx-html.ts)
 * führt keinen Code aus einem Beitrag aus, auch wenn die Prüfung ihn
 * übersehen hätte. Hier läuft er ohne Prüfung davor, mit echten Dateien.
 */
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroConfig } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mdxZuHtml } from '../../../src/mdx/mdx-html.ts';
import { nurKommentare } from '../../../src/mdx/mdx-schutz.ts';
import { mermaidFences } from '../../../src/user-components/mermaid-fences.ts';

const ordner = mkdtempSync(join(tmpdir(), 'atlas-zeichner-'));
const marke = join(ordner, 'gelaufen');
let zeichne: Awaited<ReturnType<typeof mdxZuHtml>>;

beforeAll(async () => {
  const config = {
    markdown: { processor: satteri({ mdastPlugins: [mermaidFences()] }), syntaxHighlight: false, shikiConfig: {} },
    image: {},
  } as unknown as AstroConfig;
  zeichne = await mdxZuHtml(config);
});
afterAll(() => rmSync(ordner, { recursive: true, force: true }));

/** Schreibt eine Datei mit Front Matter; der Code, der liefe, legte die Datei `marke` an. */
function datei(name: string, text: string): string {
  const pfad = join(ordner, name);
  writeFileSync(pfad, `---\ntitel: Test\n---\n\n${text}\n`);
  return pfad;
}
const LAUF = `globalThis.process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marke)}, '1')`;

describe('der Zeichner allein', () => {
  it.each([
    ['export', `export const x = ${LAUF}`, 5],
    ['import', `import fs from 'node:fs'`, 5],
    ['Ausdruck im Text', `Hallo {${LAUF}}`, 5],
    ['Ausdruck als Block', `{${LAUF}}`, 5],
    ['Ausdruck nach einem Kommentar', `{/* ok */ ${LAUF}}`, 5],
    ['Ausdruck nach einem Zeilenkommentar mit U+2028', `{// ok\u2028${LAUF}}`, 5],
    ['Ausdruck als Attribut', `<Hinweis titel={${LAUF}}>x</Hinweis>`, 5],
    ['verteilte Attribute', `<Hinweis {...${LAUF}}>x</Hinweis>`, 5],
    ['Ereignis-Attribut', `<abbr title="x" onClick="alert(1)">x</abbr>`, 5],
    ['unbekanntes Element', `<script>alert(1)</script>`, 5],
    ['unbekannte Komponente', `Text\n\n<Fremd />`, 7],
    ['Diagramm von Hand mit Code', `<Diagramm quelle="x" zeile={${LAUF}} />`, 5],
    ['javascript-Link', '[Klick](javascript:alert(1))', 5],
    ['kodierter javascript-Link', '[Klick](&#106;avascript:alert(1))', 5],
    ['data-Bild', '![Bild](data:image/svg+xml;base64,PHN2Zz4=)', 5],
    ['Linkdefinition mit vbscript', 'Text [x][a]\n\n[a]: VBScript:msgbox', 7],
  ])('lehnt %s ab, mit Datei und Zeile, und nichts läuft', async (name, text, zeile) => {
    const pfad = datei(`${name.replaceAll(' ', '-')}.mdx`, text);
    const fehler = await zeichne({ filePath: pfad, data: {} }).then(
      () => undefined,
      (f: unknown) => f as Error & { loc: { line: number } },
    );
    expect(fehler, name).toBeInstanceOf(Error);
    expect(fehler!.message).toContain(`.mdx:${zeile}: Der Build lehnt diese Datei ab.`);
    expect(fehler!.loc.line).toBe(zeile);
    // Kein Stacktrace im Protokoll des Builds.
    expect(fehler!.stack).not.toMatch(/\n\s+at /);
    expect(() => rmSync(marke)).toThrow();
  });

  it('zeichnet erlaubtes MDX: Kommentare, Hinweise, Begriffe, Diagramme', async () => {
    const pfad = datei(
      'gut.mdx',
      '{/* Platzhalter */}\n\n## Abschnitt\n\n<Hinweis art="info" titel="T">Text <abbr title="A">B</abbr></Hinweis>\n\n```mermaid\nflowchart LR\n  A --> B\n```',
    );
    const { html } = await zeichne({ filePath: pfad, data: {} });
    expect(html).toContain('Abschnitt');
    expect(html).toContain('<abbr title="A">B</abbr>');
    expect(html).not.toContain('Platzhalter');
  });

  it('folgt keiner symbolischen Verknüpfung', async () => {
    const ziel = datei('ziel.mdx', 'Geheim');
    const verknuepfung = join(ordner, 'verknuepfung.mdx');
    symlinkSync(ziel, verknuepfung);
    await expect(zeichne({ filePath: verknuepfung, data: {} })).rejects.toThrow(/symbolische Verknüpfung/);
  });
});

describe('nurKommentare', () => {
  it.each([
    ['/* a */', true],
    ['  /* a */ // b\n /* c */ ', true],
    ['// nur eine Zeile', true],
    ['/* a */ x', false],
    ['/* nicht geschlossen', false],
    ['// a\u2028x', false],
    ['// a\u2029x', false],
    ['// a\rx', false],
    ['<!-- x -->', false],
    ['', true],
  ])('%j → %s', (code, erwartet) => {
    expect(nurKommentare(code)).toBe(erwartet);
  });
});
