/** Regel „frontmatter“ (src/pruefung/regeln/frontmatter.ts): der Kopfbereich fehlt. */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ladeInhalte } from '../../../src/pruefung/node/laden.ts';
import { testinhalte } from '../../../werkzeuge/testinhalte.ts';

describe('frontmatter', () => {
  it('meldet eine MDX-Datei ohne „---“ am Anfang in Zeile 1', () => {
    const inhalte = testinhalte();
    writeFileSync(join(inhalte.ordner, 'beitraege/teststadt/ohne-kopf.mdx'), 'titel: x\n\nText.\n');
    const befunde = ladeInhalte(inhalte.ordner, inhalte.ordner).befunde.filter((b) => b.regel === 'frontmatter');
    expect(befunde).toMatchObject([{ datei: 'beitraege/teststadt/ohne-kopf.mdx', zeile: 1 }]);
    inhalte.aufraeumen();
  });
  it('meldet nichts im gültigen Testinhalt', () => {
    const inhalte = testinhalte();
    expect(ladeInhalte(inhalte.ordner, inhalte.ordner).befunde.filter((b) => b.regel === 'frontmatter')).toEqual([]);
    inhalte.aufraeumen();
  });
});
