/** Das Sätteri-Plugin für Belege am Satz (src/mdx/belege.ts), an Markdown ohne Astro. */
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { belege, belegteQuellen, fussnotenOptionen, kennungVon } from '../../src/mdx/belege.ts';

function rendere(text: string, frontmatter: Record<string, unknown>) {
  const data = {
    astro: { frontmatter, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() },
  };
  const { html } = markdownToHtml(text, {
    hastPlugins: [belege()],
    features: { gfm: { footnotes: fussnotenOptionen } },
    data,
  }) as { html: string };
  return { html, frontmatter: data.astro.frontmatter };
}

const QUELLEN = [
  {
    id: 'ozg-8a',
    titel: 'OZG, § 8a',
    url: 'https://www.gesetze-im-internet.de/ozg/__8a.html',
    art: 'Gesetz',
    // So liefert js-yaml ein Datum im Front Matter.
    abgerufen: new Date('2026-12-01T00:00:00Z'),
  },
  { id: 'ohne-datum', titel: 'Ohne Datum', url: 'https://example.org/' },
];

describe('Plugin belege', () => {
  const { html, frontmatter } = rendere(
    'Satz.[^ozg-8a] Noch einer.[^ohne-datum] Wieder.[^ozg-8a]\n\n[^ozg-8a]: § 8a Abs. 4 OZG.\n[^ohne-datum]: Startseite.\n',
    { quellen: QUELLEN },
  );

  it('nummeriert die Verweise und gibt ihnen einen Namen („Beleg 1“)', () => {
    expect(html).toContain('href="#beleg-fn-ozg-8a" id="beleg-fnref-ozg-8a"');
    expect(html.match(/aria-label="Beleg \d"/g)).toEqual([
      'aria-label="Beleg 1"',
      'aria-label="Beleg 2"',
      'aria-label="Beleg 1"',
    ]);
  });

  it('macht die Überschrift „Belege“ sichtbar und beschriftet die Rücksprünge auf Deutsch', () => {
    expect(html).toMatch(/<h2 id="footnote-label">Belege<\/h2>/);
    expect(html).toContain('aria-label="Zurück zur Textstelle 1"');
    expect(html).toContain('aria-label="Zurück zur Textstelle 1, Verweis 2"');
  });

  it('setzt an jeden Beleg Titel, Link, Art, Abrufdatum und Adresse der Quelle', () => {
    expect(html).toContain(
      '<p class="beleg-quelle">Quelle: <a href="https://www.gesetze-im-internet.de/ozg/__8a.html" class="beleg-link">OZG, § 8a</a> · Gesetz · abgerufen am <time datetime="2026-12-01">1. Dezember 2026</time><br><span class="adresse">https://www.gesetze-im-internet.de/ozg/__8a.html</span></p>',
    );
    // Ohne Art und Datum (die Prüfung meldet das) steht, was da ist.
    expect(html).toContain('Quelle: <a href="https://example.org/" class="beleg-link">Ohne Datum</a><br>');
  });

  it('schreibt die zitierten Kennungen ins Front Matter, damit die Seite sie in der Quellenliste auslässt', () => {
    expect(belegteQuellen(frontmatter)).toEqual(['ozg-8a', 'ohne-datum']);
    expect(belegteQuellen(undefined)).toEqual([]);
  });

  it('lässt Text ohne Fußnoten unverändert', () => {
    expect(rendere('Nur Text.\n', { quellen: QUELLEN }).html).toBe('<p>Nur Text.</p>\n');
  });

  it('liest die Kennung aus der ID eines Belegs', () => {
    expect(kennungVon('beleg-fn-ozg-8a')).toBe('ozg-8a');
    expect(kennungVon('fn-ozg-8a')).toBeUndefined();
  });
});

describe('Webadressen der Quellen', () => {
  it('lehnt Zeichen ab, die das JSON-Schema der offenen Daten („format: uri“) nicht erlaubt', async () => {
    const { webadresse } = await import('../../src/schemas/common.ts');
    expect(webadresse.safeParse('https://example.org/a?b=c#d').success).toBe(true);
    expect(webadresse.safeParse('https://example.org/%5Bx%5D').success).toBe(true);
    const kaputt = webadresse.safeParse("http://www.bgbl.de/Xaver/start.xav?start=//*[@attr_id='bgbl114s1208.pdf']");
    expect(kaputt.success).toBe(false);
    expect(kaputt.error?.issues[0]?.message).toContain('%5B');
  });
});
