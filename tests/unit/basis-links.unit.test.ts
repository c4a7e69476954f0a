import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { basisLinks } from '../../src/mdx/basis-links.ts';

const html = async (markdown: string, basis: string, indexHtml = false) =>
  (await markdownToHtml(markdown, { hastPlugins: [basisLinks(basis, indexHtml)] })).html;

describe('Links aus Inhalten unter dem Pfad der Website', () => {
  it('setzt den Pfad vor Links und Bilder, die mit „/“ beginnen', async () => {
    const ergebnis = await html('[FIT](/querschnitt/fit-connect/#ablauf) ![Plan](/bilder/plan.svg)', '/atlas/');
    expect(ergebnis).toContain('href="/atlas/querschnitt/fit-connect/#ablauf"');
    expect(ergebnis).toContain('src="/atlas/bilder/plan.svg"');
  });

  it('lässt fremde, relative, Anker- und Protokoll-relative Adressen und Fußnoten stehen', async () => {
    const ergebnis = await html(
      '[a](https://example.org/x/) [b](./c/) [d](#e) [f](//cdn.example.org/) [g](mailto:x@example.org) Satz.[^q]\n\n[^q]: Beleg.',
      '/atlas/',
    );
    expect(ergebnis).toContain('href="https://example.org/x/"');
    expect(ergebnis).toContain('href="./c/"');
    expect(ergebnis).toContain('href="#e"');
    expect(ergebnis).toContain('href="//cdn.example.org/"');
    expect(ergebnis).toContain('href="mailto:x@example.org"');
    expect(ergebnis).not.toContain('/atlas/');
  });

  it('ändert unter „/“ nichts', async () => {
    expect(await html('[FIT](/querschnitt/fit-connect/)', '/')).toContain('href="/querschnitt/fit-connect/"');
  });

  it('hängt für die Artefakt-Vorschau index.html an Seitenadressen, nicht an Dateien', async () => {
    const ergebnis = await html('[FIT](/querschnitt/fit-connect/#ablauf) ![Plan](/bilder/plan.svg)', '/', true);
    expect(ergebnis).toContain('href="/querschnitt/fit-connect/index.html#ablauf"');
    expect(ergebnis).toContain('src="/bilder/plan.svg"');
  });
});
