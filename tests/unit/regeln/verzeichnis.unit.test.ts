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
import { ALLE_REGELN, MDX_REGELN } from '../../../src/pruefung/regeln/index.ts';
import { istDeutsch, PROJEKT } from '../../../werkzeuge/pruefen-lauf.ts';

const ORDNER = join(PROJEKT, 'src/pruefung/regeln');
// Hilfen liegen in regeln/hilfen/; daneben steht nur das Verzeichnis index.ts.
const regelDateien = readdirSync(ORDNER).filter((d) => d.endsWith('.ts') && d !== 'index.ts');
const anleitung = readFileSync(join(PROJEKT, 'CONTRIBUTING.md'), 'utf8');
const tabelle = new Set(
  [...anleitung.matchAll(/^\| ([^|]*`[a-z-]+`[^|]*)\|/gm)].flatMap((m) =>
    [...m[1]!.matchAll(/`([a-z-]+)`/g)].map((n) => n[1]!),
  ),
);

describe('Regelverzeichnis', () => {
  it('jede Regel ist eine Datei regeln/<name>.ts mit Tests in tests/unit/regeln/<name>.unit.test.ts', () => {
    expect(ALLE_REGELN.map((r) => `${r.name}.ts`).sort()).toEqual(regelDateien.sort());
    for (const datei of regelDateien) {
      expect(existsSync(join(PROJEKT, 'tests/unit/regeln', datei.replace(/\.ts$/, '.unit.test.ts'))), datei).toBe(true);
    }
  });

  it('jede Regel steht in der Regeltabelle von CONTRIBUTING.md, und die Tabelle nennt keine andere', () => {
    const namen = ALLE_REGELN.map((r) => r.name);
    expect(new Set(namen).size).toBe(namen.length);
    for (const name of namen) expect(tabelle.has(name), name).toBe(true);
    const regelTabelle = anleitung.slice(
      anleitung.indexOf('| Regel '),
      anleitung.indexOf('\n\n', anleitung.indexOf('| Regel ')),
    );
    const inTabelle = [...regelTabelle.matchAll(/^\| `([a-z-]+)`(?:, `([a-z-]+)`)?/gm)].flatMap((m) =>
      [m[1]!, m[2]].filter(Boolean),
    );
    expect([...new Set(inTabelle)].sort()).toEqual([...namen].sort());
  });

  it('MDX_REGELN laufen alle über ALLE_REGELN mit', () => {
    for (const regel of MDX_REGELN) expect(ALLE_REGELN).toContain(regel);
  });

  it('beschreibt jede Regel in einem deutschen Satz', () => {
    for (const regel of ALLE_REGELN) {
      expect(istDeutsch(regel.beschreibung), regel.name).toBe(true);
      expect(regel.beschreibung, regel.name).toMatch(/^[A-ZÄÖÜ<`].*\.$/s);
    }
  });

  it('Regeln greifen nicht auf Dateien oder den Prozess zu', () => {
    for (const datei of readdirSync(ORDNER, { recursive: true, encoding: 'utf8' }).filter((d) => d.endsWith('.ts'))) {
      const text = readFileSync(join(ORDNER, datei), 'utf8');
      expect(text, datei).not.toMatch(/from 'node:|\bprocess\.|require\(/);
    }
  });

  it('der Treiber mit allen Regeln lässt sich für den Browser bündeln, ohne Node-Module', async () => {
    const ergebnis = await build({
      entryPoints: [join(PROJEKT, 'src/pruefung/treiber/index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      metafile: true,
    });
    const eingaben = Object.keys(ergebnis.metafile.inputs);
    expect(eingaben.filter((e) => e.startsWith('node:') || /src\/pruefung\/node\//.test(e))).toEqual([]);
  });
});
