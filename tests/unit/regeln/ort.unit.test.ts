/** Regel „ort“ (src/pruefung/regeln/ort.ts): eine Datei liegt, wo keine Sammlung sie erwartet. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ladeInhalte } from '../../../src/pruefung/node/laden.ts';
import { testinhalte } from '../../../werkzeuge/testinhalte.ts';

describe('ort', () => {
  it('meldet eine Datei an keinem vorgesehenen Ort und nennt die Orte', () => {
    const inhalte = testinhalte();
    mkdirSync(join(inhalte.ordner, 'irgendwo'));
    writeFileSync(join(inhalte.ordner, 'irgendwo/notiz.mdx'), '---\ntitel: x\n---\n');
    const befunde = ladeInhalte(inhalte.ordner, inhalte.ordner).befunde.filter((b) => b.regel === 'ort');
    expect(befunde.map((b) => b.datei)).toEqual(['irgendwo/notiz.mdx']);
    expect(befunde[0]!.hinweis).toContain('content/glossar.yaml');
    inhalte.aufraeumen();
  });
  it('Bilder neben Beiträgen sind kein falscher Ort', () => {
    const inhalte = testinhalte();
    writeFileSync(join(inhalte.ordner, 'beitraege/teststadt/bild.png'), '');
    expect(ladeInhalte(inhalte.ordner, inhalte.ordner).befunde.filter((b) => b.regel === 'ort')).toEqual([]);
    inhalte.aufraeumen();
  });
});
