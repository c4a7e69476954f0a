/** Der Benchmark-Korpus ist gültig (sonst misst der Benchmark einen abgebrochenen Build). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { erzeugeKorpus } from '../../werkzeuge/bench-korpus.ts';
import { statischeImporte } from '../../werkzeuge/seitengewicht.ts';
import { pruefeInhaltsordner } from '../../src/pruefung/node/index.ts';

describe('erzeugeKorpus', () => {
  it('erzeugt N Seiten, die die Inhaltsprüfung ohne Befund bestehen', async () => {
    const { dateien, typischeSeite } = erzeugeKorpus(300);
    const ordner = mkdtempSync(join(tmpdir(), 'atlas-korpus-'));
    try {
      for (const d of dateien) {
        mkdirSync(dirname(join(ordner, d.pfad)), { recursive: true });
        writeFileSync(join(ordner, d.pfad), d.text);
      }
      const { befunde, eintraege } = await pruefeInhaltsordner(ordner, ordner);
      expect(befunde).toEqual([]);
      // Jede MDX- und YAML-Datei (außer dem Glossar) wird eine Seite.
      expect(eintraege.filter((e) => e.sammlung !== 'glossar')).toHaveLength(300);
    } finally {
      rmSync(ordner, { recursive: true, force: true });
    }
    const mitDiagramm = dateien.filter((d) => d.text.includes('```mermaid')).length;
    expect(mitDiagramm).toBeGreaterThanOrEqual(50);
    expect(mitDiagramm).toBeLessThanOrEqual(70);
    const typisch = dateien.find((d) => `${d.pfad.replace(/\.mdx$/, '')}/index.html` === typischeSeite)!;
    expect(typisch.text).not.toContain('```mermaid');
  });

  it('ist bei gleichem N gleich', () => {
    expect(erzeugeKorpus(50)).toEqual(erzeugeKorpus(50));
  });
});

describe('statischeImporte', () => {
  it('findet statische, aber keine dynamischen Importe', () => {
    const code = `import{a as b}from"./chunk-a.js";import "./stil.js";export{c}from'./c.js';const m=()=>import("./mermaid.js");`;
    expect(statischeImporte(code)).toEqual(['./chunk-a.js', './stil.js', './c.js']);
  });
});
