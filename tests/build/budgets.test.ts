/**
 * Seitengewicht-Budgets über die gebaute Website (Issue „Performance“):
 * Kommunale Netze und alte Rechner sind langsam. Gemessen wird, was eine Seite
 * vor jeder Interaktion lädt; die Zahlen werden ausgegeben, damit man sieht,
 * wie viel Luft bleibt.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { seitengewicht } from '../../werkzeuge/seitengewicht.ts';
import { pruefeInhaltsordner } from '../../src/pruefung/node/index.ts';
import { url } from '../../src/modell/urls.ts';
import { dateiFuer, DIST, htmlSeiten, pruefeDist } from '../helpers/dist.ts';

const KB = 1024;
const BUDGET = { jsGzip: 15 * KB, cssGzip: 20 * KB, htmlGzip: 40 * KB };

beforeAll(pruefeDist);

const konzepteOhneDiagramm = (await pruefeInhaltsordner('content')).eintraege
  .filter((e) => e.sammlung === 'konzepte' && !e.text?.includes('```mermaid'))
  .map((e) => dateiFuer(url.konzept(e.id))!);

describe('Budgets', () => {
  it('Dokumentseiten ohne Diagramm: höchstens 15 KB JavaScript (gzip), kein Diagrammcode, HTML höchstens 40 KB', () => {
    expect(konzepteOhneDiagramm.length).toBeGreaterThan(0);
    let maxJs = 0;
    let maxHtml = 0;
    for (const datei of konzepteOhneDiagramm) {
      const g = seitengewicht(DIST, datei);
      maxJs = Math.max(maxJs, g.js.gzip);
      maxHtml = Math.max(maxHtml, g.html.gzip);
      expect(g.js.gzip, `${datei}: JavaScript`).toBeLessThanOrEqual(BUDGET.jsGzip);
      expect(g.html.gzip, `${datei}: HTML`).toBeLessThanOrEqual(BUDGET.htmlGzip);
      expect(
        g.skripte.filter((s) => /mermaid|diagramm/i.test(s)),
        `${datei} lädt Diagrammcode`,
      ).toEqual([]);
    }
    console.info(
      `budget.dokumentseite.js_gzip_max_bytes ${maxJs} (Budget ${BUDGET.jsGzip})\nbudget.dokumentseite.html_gzip_max_bytes ${maxHtml} (Budget ${BUDGET.htmlGzip})`,
    );
  });

  it('jede Seite: höchstens 20 KB CSS (gzip) und kein Skript, das das Zeichnen blockiert', () => {
    let maxCss = 0;
    for (const datei of htmlSeiten()) {
      const g = seitengewicht(DIST, datei);
      maxCss = Math.max(maxCss, g.css.gzip);
      expect(g.css.gzip, `${datei}: CSS`).toBeLessThanOrEqual(BUDGET.cssGzip);
      // Das kleine Inline-Skript für das Farbschema steht bewusst im <head> (kein Aufblitzen);
      // externe Skripte dort müssen defer, async oder type=module tragen.
      expect(g.blockierend, `${datei}: blockierende Skripte`).toEqual([]);
    }
    console.info(`budget.css_gzip_max_bytes ${maxCss} (Budget ${BUDGET.cssGzip})`);
  });
});
