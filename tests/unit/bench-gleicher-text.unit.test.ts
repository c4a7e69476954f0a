/**
 * Derselbe Seitentext für Atlas und Starlight (werkzeuge/bench-gleicher-text.ts):
 * Konzepte und Beiträge tragen den Text der gegebenen Seiten, behalten, was
 * der Atlas verlangt, und der Bestand besteht die Prüfung ohne Fehler. Sonst
 * bräche der Vergleich ab oder verglich verschiedenen Text.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { istFehler, pruefeInhaltsordner } from '../../src/pruefung/node/index.ts';
import { liesSeiten, mitGleichemText } from '../../werkzeuge/bench-gleicher-text.ts';
import { erzeugeKorpus } from '../../werkzeuge/bench-korpus.ts';

const arbeit = mkdtempSync(join(tmpdir(), 'atlas-gleicher-text-'));
afterAll(() => rmSync(arbeit, { recursive: true, force: true }));

/** Seiten wie die einer Starlight-Website: title/description, fünf Abschnitte, Tabelle, Aufgaben, Diagramm ohne accTitle, Link auf die nächste Seite. */
function seite(i: number): string {
  const abschnitte = [1, 2, 3, 4, 5].map(
    (a) =>
      `## Abschnitt ${a}: Thema\n\nSeitentext ${i}-${a} über Zustellung und Fachverfahren.\n` +
      (a === 2 ? '\n| Rolle | Frist |\n| --- | ---: |\n| Fachamt | 3 Tage |\n' : '') +
      (a === 3 ? '\n- [x] Erledigt.\n- [ ] Offen.\n' : '') +
      (a === 4 && i % 2 === 0 ? '\n```mermaid\nflowchart LR\n  A[Onlinedienst] --> B[Fachverfahren]\n```\n' : ''),
  );
  return `---\ntitle: "Seite ${i}"\ndescription: "Beschreibung ${i}"\n---\n${abschnitte.join('\n')}\nSiehe auch [nächste Seite](../seite-${i + 1}/).\n`;
}

const seitenOrdner = join(arbeit, 'seiten');
mkdirSync(seitenOrdner);
for (let i = 0; i < 4; i++) writeFileSync(join(seitenOrdner, `seite-${i}.mdx`), seite(i));
const seiten = liesSeiten(seitenOrdner);
const vorher = erzeugeKorpus(80).dateien;
const nachher = mitGleichemText(vorher, seiten);
const kopf = (text: string) => /^---\n[\s\S]*?\n---\n/.exec(text)![0];
const getauscht = nachher.filter((d, i) => d.text !== vorher[i]!.text);

describe('mitGleichemText', () => {
  it('gibt Konzepten und Beiträgen den Seitentext, alles andere bleibt', () => {
    expect(getauscht.length).toBeGreaterThan(10);
    for (const d of getauscht) {
      expect(d.pfad).toMatch(/^(leistungen\/[^/]+\/(?!index)[^/]+|beitraege\/.+)\.mdx$/);
      expect(d.text).toMatch(/Seitentext \d-1 über Zustellung/);
    }
    const unveraendert = nachher.filter((d) => !getauscht.includes(d));
    expect(unveraendert.some((d) => d.pfad.startsWith('querschnitt/'))).toBe(true);
    expect(unveraendert.some((d) => d.pfad.endsWith('/index.mdx'))).toBe(true);
  });

  it('behält Front Matter, Pflichtüberschriften und Belege des Atlas', () => {
    for (const d of getauscht) {
      const alt = vorher.find((v) => v.pfad === d.pfad)!;
      expect(kopf(d.text)).toBe(kopf(alt.text));
      const ueberschriften = (t: string) => [...t.matchAll(/^## .*$/gm)].map((m) => m[0]);
      expect(ueberschriften(d.text)).toEqual(ueberschriften(alt.text));
      for (const [definition, id] of alt.text.matchAll(/^\[\^([^\]]+)\]:.*$/gm)) {
        expect(d.text).toContain(definition);
        expect(d.text).toContain(`[^${id}] `.trimEnd());
      }
    }
  });

  it('macht relative Links zu Text und gibt Diagrammen Titel und Beschreibung', () => {
    for (const d of getauscht) {
      expect(d.text).not.toMatch(/\]\(\.\.\//);
      for (const [fence] of d.text.matchAll(/```mermaid\n[\s\S]*?```/g))
        expect(fence).toMatch(/accTitle:[\s\S]*accDescr:/);
    }
    expect(getauscht.some((d) => d.text.includes('Siehe auch nächste Seite.'))).toBe(true);
    expect(getauscht.some((d) => d.text.includes('```mermaid'))).toBe(true);
  });

  it('der Bestand besteht die Prüfung des Atlas ohne Fehler', async () => {
    const inhalte = join(arbeit, 'content');
    for (const d of nachher) {
      mkdirSync(dirname(join(inhalte, d.pfad)), { recursive: true });
      writeFileSync(join(inhalte, d.pfad), d.text);
    }
    const { befunde } = await pruefeInhaltsordner(inhalte, arbeit);
    expect(befunde.filter(istFehler)).toEqual([]);
  }, 60_000);
});

describe('liesSeiten', () => {
  it('sagt auf Deutsch, wenn der Ordner fehlt oder keine Seite enthält', () => {
    expect(() => liesSeiten(join(arbeit, 'fehlt'))).toThrow(/Den Ordner .*fehlt \(--seiten\) gibt es nicht/);
    const leer = join(arbeit, 'leer');
    mkdirSync(leer);
    expect(() => liesSeiten(leer)).toThrow(/keine \.md- oder \.mdx-Seite/);
  });
});
