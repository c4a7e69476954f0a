import { describe, expect, it } from 'vitest';
import { felderAus } from '../../src/lib/offene-daten/felder.ts';
import { alsJsonSchema, DATEI_NAMEN, dateiSchema, konzeptDatensatz } from '../../src/lib/offene-daten/schemas.ts';

describe('JSON-Schemas der offenen Daten', () => {
  it('entstehen für jede Datei, mit $id, ohne weitere Felder und mit Beschreibungen aus den Inhaltsschemas', () => {
    for (const name of DATEI_NAMEN) {
      const schema = alsJsonSchema(dateiSchema(name), `https://atlas.example/${name}.schema.json`);
      expect(schema.$id).toBe(`https://atlas.example/${name}.schema.json`);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.additionalProperties).toBe(false);
    }
  });

  it('beschreiben die Ausgabe: Datum als Text im Format date, Vorgaben als Pflicht', () => {
    const felder = felderAus(alsJsonSchema(konzeptDatensatz, ''));
    const stand = felder.find((f) => f.name === 'stand')!;
    expect(stand).toMatchObject({ art: 'datum', pflicht: true });
    expect(stand.beschreibung).toContain('JJJJ-MM-TT');
    expect(felder.find((f) => f.name === 'status')).toMatchObject({
      art: 'auswahl',
      werte: ['entwurf', 'in-abstimmung', 'freigegeben'],
    });
    expect(felder.find((f) => f.name === 'geaendert')).toMatchObject({ art: 'datum', pflicht: false });
    const pruefung = felder.find((f) => f.name === 'pruefung')!;
    expect(pruefung.unterfelder?.map((f) => f.name)).toEqual(['zuletzt', 'naechste']);
    const quellen = felder.find((f) => f.name === 'quellen')!;
    expect(quellen).toMatchObject({ art: 'liste', elemente: 'objekt' });
    expect(quellen.unterfelder?.map((f) => f.name)).toEqual(['id', 'titel', 'url', 'art', 'abgerufen']);
  });
});
