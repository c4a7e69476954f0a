/**
 * Das Verzeichnis der MDX-Regeln (src/pruefung/regeln/index.ts): jede
 * Regel eingetragen, mit eindeutigem Namen, deutscher Beschreibung und Tests;
 * Regeln und Lesen sind rein, sodass der Editor im Browser dieselbe Liste
 * ausführt.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { MDX_REGELN } from '../../../src/pruefung/regeln/index.ts';
import { istDeutsch, PROJEKT } from '../../../werkzeuge/pruefen-lauf.ts';

const ORDNER = join(PROJEKT, 'src/pruefung/regeln');
const HILFSMODULE = ['index.ts', 'regel.ts', 'hilfen.ts', 'attribute.ts', 'belege-hilfen.ts'];
const regelDateien = readdirSync(ORDNER).filter((d) => d.endsWith('.ts') && !HILFSMODULE.includes(d));

describe('MDX_REGELN', () => {
  it('enthält jede Regeldatei genau einmal, benannt wie ihre Datei, mit Tests daneben', () => {
    expect(MDX_REGELN.map((r) => `${r.name}.ts`).sort()).toEqual(regelDateien.sort());
    for (const datei of regelDateien) {
      expect(existsSync(join(PROJEKT, 'tests/unit/regeln', datei.replace(/\.ts$/, '.unit.test.ts'))), datei).toBe(true);
    }
  });

  it('beschreibt jede Regel in einem deutschen Satz', () => {
    for (const regel of MDX_REGELN) {
      expect(istDeutsch(regel.beschreibung), regel.name).toBe(true);
      expect(regel.beschreibung, regel.name).toMatch(/^[A-ZÄÖÜ<`].*\.$/s);
    }
  });

  it('Regeln greifen nicht auf Dateien oder den Prozess zu', () => {
    for (const datei of readdirSync(ORDNER)) {
      const text = readFileSync(join(ORDNER, datei), 'utf8');
      expect(text, datei).not.toMatch(/from 'node:|\bprocess\.|require\(/);
    }
  });

  it('Lesen und Regeln lassen sich für den Browser bündeln, ohne Node-Module', async () => {
    const ergebnis = await build({
      entryPoints: [join(PROJEKT, 'src/pruefung/treiber/mdx.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      metafile: true,
    });
    const eingaben = Object.keys(ergebnis.metafile.inputs);
    expect(
      eingaben.filter((e) => e.startsWith('node:') || /src\/lib\/content\/(laden|index|mermaid)\.ts$/.test(e)),
    ).toEqual([]);
  });
});
