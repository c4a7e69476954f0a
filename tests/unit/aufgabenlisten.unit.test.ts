import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { aufgabenlisten } from '../../src/mdx/aufgabenlisten.ts';

const html = async (markdown: string) => (await markdownToHtml(markdown, { hastPlugins: [aufgabenlisten()] })).html;

describe('Aufgabenlisten: Kästchen mit Beschriftung', () => {
  it('fasst Kästchen und Text in ein <label>', async () => {
    const ergebnis = await html('- [ ] Zustellpunkt angelegt\n- [x] Vertrag **geschlossen**\n');
    expect(ergebnis).toMatch(/<label><input type="checkbox" disabled\/?> Zustellpunkt angelegt<\/label>/);
    expect(ergebnis).toMatch(
      /<label><input type="checkbox" checked disabled\/?> Vertrag <strong>geschlossen<\/strong><\/label>/,
    );
  });

  it('lässt eine Unterliste außerhalb der Beschriftung', async () => {
    const ergebnis = await html('- [ ] Oberpunkt\n  - [ ] Unterpunkt\n');
    expect(ergebnis).toMatch(/<label><input[^>]*> Oberpunkt\s*<\/label>\s*<ul/);
    expect(ergebnis).toContain('Unterpunkt</label>');
  });

  it('beschriftet auch lose Listen (Kästchen im Absatz)', async () => {
    const ergebnis = await html('- [ ] Erster Punkt\n\n- [ ] Zweiter Punkt\n');
    expect(ergebnis).toMatch(/<p><label><input[^>]*> Erster Punkt<\/label><\/p>/);
  });

  it('ändert gewöhnliche Listen nicht', async () => {
    expect(await html('- eins\n- zwei\n')).not.toContain('<label>');
  });
});
