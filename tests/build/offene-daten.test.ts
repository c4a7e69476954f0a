/**
 * Offene Daten in dist/api/v1/: Jede Datei besteht die Prüfung gegen ihr
 * JSON-Schema (mit einem unabhängigen Validator, Ajv), stimmt mit den Inhalten
 * in content/ überein, und jede Adresse darin ist absolut.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { pruefeInhaltsordner } from '../../src/pruefung/node/index.ts';
import { DATEI_NAMEN } from '../../src/lib/offene-daten/schemas.ts';
import { slug } from '../../src/modell/slug.ts';
import { url } from '../../src/modell/urls.ts';
import type { GlossarEintrag } from '../../src/schemas/index.ts';
import { DIST, pruefeDist } from '../helpers/dist.ts';

const { eintraege } = await pruefeInhaltsordner('content');
const von = (sammlung: string) => eintraege.filter((e) => e.sammlung === sammlung);
const glossar = von('glossar')[0]!.daten as GlossarEintrag[];

/** Inhalt je Datei: ID → Daten, wie die Website sie aus content/ liest. */
const ERWARTET: Record<string, Map<string, unknown>> = {
  leistungen: new Map(von('leistungen').map((e) => [e.id, e.daten])),
  konzepte: new Map(von('konzepte').map((e) => [e.id, e.daten])),
  bausteine: new Map(von('querschnitt').map((e) => [e.id, e.daten])),
  kommunen: new Map(von('kommunen').map((e) => [e.id, e.daten])),
  beitraege: new Map(von('beitraege').map((e) => [e.id, e.daten])),
  glossar: new Map(glossar.map((g) => [slug(g.begriff), g])),
  anbindungen: new Map(von('anbindungen').map((e) => [e.id, e.daten])),
};
const SEITE: Record<string, (id: string) => string> = {
  leistungen: url.leistung,
  konzepte: url.konzept,
  bausteine: url.querschnitt,
  kommunen: url.kommune,
  beitraege: url.beitrag,
  glossar: (id) => url.begriff(glossar.find((g) => slug(g.begriff) === id)!.begriff),
  anbindungen: url.anbindung,
};
/** Dateien ohne eigene Seite je Datensatz (tests/build/anbindung-daten.test.ts prüft sie). */
const OHNE_SEITE = ['standards'];

const lies = (pfad: string) => JSON.parse(readFileSync(join(DIST, 'api', 'v1', pfad), 'utf8'));

interface Datei {
  $schema: string;
  quelle: string;
  anzahl: number;
  daten: ({ id: string; url: string } & Record<string, unknown>)[];
}

beforeAll(pruefeDist);

describe('offene Daten', () => {
  const index = () => lies('index.json');
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);

  it('das Verzeichnis nennt alle Dateien und besteht sein Schema', () => {
    const validiere = ajv.compile(lies('schemas/index.schema.json'));
    expect(validiere(index()), ajv.errorsText(validiere.errors)).toBe(true);
    expect(index().dateien.map((d: { name: string }) => d.name)).toEqual([...Object.keys(ERWARTET), ...OHNE_SEITE]);
  });

  it.each(Object.keys(ERWARTET))('%s.json besteht sein JSON-Schema', (name) => {
    const schema = lies(`schemas/${name}.schema.json`);
    const daten: Datei = lies(`${name}.json`);
    expect(daten.$schema).toBe(schema.$id);
    const validiere = ajv.compile(schema);
    expect(validiere(daten), ajv.errorsText(validiere.errors)).toBe(true);
  });

  it.each(Object.keys(ERWARTET))('%s.json enthält genau die Inhalte, Feld für Feld', (name) => {
    const daten: Datei = lies(`${name}.json`);
    const erwartet = ERWARTET[name]!;
    expect(erwartet.size).toBeGreaterThan(0);
    expect(daten.anzahl).toBe(erwartet.size);
    expect(daten.daten.map((d) => d.id).sort()).toEqual([...erwartet.keys()].sort());
    for (const datensatz of daten.daten) {
      expect(datensatz, `${name}: ${datensatz.id}`).toMatchObject(erwartet.get(datensatz.id) as object);
      expect(new URL(datensatz.url).pathname + new URL(datensatz.url).hash).toBe(SEITE[name]!(datensatz.id));
    }
    const eintrag = index().dateien.find((d: { name: string }) => d.name === name);
    expect(eintrag.anzahl).toBe(erwartet.size);
  });

  it('jede Datei sagt, was belegt und was Beispiel ist (Auswahl der Leistungen, fiktive Kommunen)', () => {
    for (const name of ['index', ...DATEI_NAMEN]) {
      const hinweis = (lies(`${name}.json`) as { hinweis?: string }).hinweis ?? '';
      expect(hinweis, name).toContain('belegt');
      expect(hinweis, name).toContain('beispiel: true');
      expect(hinweis, name).toContain('fiktiv: true');
    }
  });

  it('Verknüpfungen stimmen: Konzepte je Leistung, Pilotkommunen, Kommune eines Beitrags', () => {
    const leistungen: Datei = lies('leistungen.json');
    for (const l of leistungen.daten) {
      expect([...(l.konzepte as string[])].sort(), l.id).toEqual(
        [...ERWARTET.konzepte!.keys()].filter((k) => k.startsWith(`${l.id}/`)).sort(),
      );
      const piloten = von('kommunen')
        .filter((k) => (k.daten as { pilot: { leistung: string }[] }).pilot.some((p) => p.leistung === l.id))
        .map((k) => k.id);
      expect([...(l.kommunen as string[])].sort(), l.id).toEqual(piloten.sort());
    }
    for (const b of (lies('beitraege.json') as Datei).daten) expect(b.kommune).toBe(b.id.split('/')[0]);
  });

  it('jede Adresse ist absolut und zeigt auf eine gebaute Datei, wenn sie zur Website gehört', () => {
    const index = lies('index.json');
    const site = new URL(index.quelle);
    const relativ: string[] = [];
    const fehlend: string[] = [];
    const pruefe = (wert: unknown, pfad: string): void => {
      if (Array.isArray(wert)) return wert.forEach((w, i) => pruefe(w, `${pfad}[${i}]`));
      if (wert && typeof wert === 'object') {
        for (const [k, v] of Object.entries(wert)) pruefe(v, `${pfad}.${k}`);
        return;
      }
      if (typeof wert !== 'string') return;
      // „konzept“ im Anbindungsbogen ist ein Verweis wie in content/ („/querschnitt/<id>/“), keine Adresse.
      if (/^\.{0,2}\//.test(wert) && !/^anbindungen\.daten\[\d+\]\.schritte\[\d+\]\.konzept$/.test(pfad))
        relativ.push(`${pfad}: ${wert}`);
      if (wert.startsWith(site.origin)) {
        const ziel = new URL(wert).pathname;
        const datei = ziel.endsWith('/') ? `${ziel}index.html` : ziel;
        try {
          readFileSync(join(DIST, datei));
        } catch {
          fehlend.push(`${pfad}: ${wert}`);
        }
      }
    };
    for (const name of ['index', ...Object.keys(ERWARTET), ...OHNE_SEITE]) {
      pruefe(lies(`${name}.json`), name);
      pruefe(lies(`schemas/${name}.schema.json`).$id, `${name}.schema`);
    }
    expect(relativ).toEqual([]);
    expect(fehlend).toEqual([]);
  });
});
