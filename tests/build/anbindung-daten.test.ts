/**
 * Offene Daten der Anbindung: standards.json besteht sein JSON-Schema (Ajv)
 * und trägt Leistungsschlüssel, der Export des Anbindungsbogens hat ein
 * veröffentlichtes Schema, und die CSV-Dateien öffnen in Tabellenkalkulationen
 * mit Umlauten (UTF-8 mit BOM, Semikolon).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMAT } from '../../src/schemas/index.ts';
import { DIST, pruefeDist } from '../helpers/dist.ts';

const lies = (pfad: string) => readFileSync(join(DIST, 'api', 'v1', pfad), 'utf8');
const json = (pfad: string) => JSON.parse(lies(pfad));

beforeAll(pruefeDist);

describe('offene Daten der Anbindung', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);

  it('standards.json besteht sein Schema und nennt je Standard die Leistungen mit Leistungsschlüsseln', () => {
    const validiere = ajv.compile(json('schemas/standards.schema.json'));
    const daten = json('standards.json');
    expect(validiere(daten), ajv.errorsText(validiere.errors)).toBe(true);
    const xgewo = daten.daten.find(
      (s: { name: string; version: string }) => s.name === 'XGewerbeordnung' && s.version === '1.6',
    );
    expect(xgewo).toMatchObject({ gueltigAb: '2026-05-01', leistungen: [{ id: 'gewerbeanmeldung' }] });
    const ewa = daten.daten.find((s: { name: string }) => s.name === 'XMeld');
    expect(ewa.leistungen[0].leistungsschluessel).toContain('99115005104000');
  });

  it('anbindungen.json trägt die Leistungsschlüssel der Leistung', () => {
    const daten = json('anbindungen.json');
    expect(daten.daten.find((d: { id: string }) => d.id === 'wohnsitzanmeldung').leistungsschluessel).toHaveLength(7);
  });

  it('ein Export nach dem veröffentlichten Schema ist gültig, eine fremde Datei nicht', () => {
    const validiere = ajv.compile(json('schemas/anbindungsbogen.schema.json'));
    const gut = {
      format: EXPORT_FORMAT,
      version: 1,
      erstellt: '2026-12-07',
      kommune: 'Musterstadt (fiktiv)',
      leistungen: [{ leistung: 'wohngeld', variante: 'osci-xta', werte: { ars: '160000000000' } }],
    };
    expect(validiere(gut), ajv.errorsText(validiere.errors)).toBe(true);
    expect(validiere({ ...gut, format: 'etwas-anderes' })).toBe(false);
  });

  it('CSV: UTF-8 mit BOM, Semikolon, Umlaute unverändert, gleich viele Spalten je Zeile', () => {
    for (const datei of ['standards.csv', 'anbindung-werte.csv']) {
      const roh = readFileSync(join(DIST, 'api', 'v1', datei));
      expect([...roh.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = roh.toString('utf8').slice(1);
      expect(text).toMatch(/ü|ö|ä/);
      expect(text).not.toContain('Ã');
      const zeilen = text.trimEnd().split('\r\n');
      // Keine Felder mit Zeilenumbruch in diesen Daten: Spalten zählen geht über „;“ außerhalb von Anführungszeichen.
      const spalten = (z: string) => z.replace(/"(?:[^"]|"")*"/g, '').split(';').length;
      expect(new Set(zeilen.map(spalten)).size).toBe(1);
    }
    expect(lies('standards.csv')).toContain('XGewerbeordnung;1.6;2026-05-01');
    expect(lies('anbindung-werte.csv')).toContain('Wohnsitzanmeldung;99115005104000');
  });
});
