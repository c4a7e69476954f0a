/** Regel „anbindung“ (src/pruefung/regeln/anbindung.ts): Belege, Varianten und Fristen im Anbindungsbogen. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { anbindung } from '../../../src/pruefung/regeln/anbindung.ts';
import { ladeInhalte } from '../../../src/pruefung/node/laden.ts';
import { pruefeSchemas } from '../../../src/pruefung/regeln/schema.ts';
import { PROJEKT } from '../../../werkzeuge/pruefen-lauf.ts';
import { nur, roh } from '../../helpers/regeln.ts';

const INHALT = join(PROJEKT, 'content');
const { eintraege } = ladeInhalte(INHALT, PROJEKT);

/** Der Bestand mit einem Bogen, dessen Text ersetzt wurde. */
function mitBogen(leistung: string, aendere: (text: string) => string, stichtag = '2026-12-07') {
  const pfad = `leistungen/${leistung}/anbindung.yaml`;
  const bogen = roh('anbindungen', pfad, aendere(readFileSync(join(INHALT, pfad), 'utf8')), leistung);
  const alle = [...eintraege.filter((e) => e.pfad !== pfad), bogen];
  const { gueltig } = pruefeSchemas(alle);
  return { alle, gueltig, bekannt: gueltig, anzeigeOrdner: 'content', stichtag };
}

describe('anbindung', () => {
  it('die Bögen im Inhalt haben heute keinen Fehler', () => {
    const { gueltig } = pruefeSchemas(eintraege);
    const bestand = { alle: eintraege, gueltig, bekannt: gueltig, anzeigeOrdner: 'content', stichtag: '2026-12-07' };
    expect(nur('anbindung', anbindung.pruefe(bestand)).filter((b) => b.schwere !== 'warnung')).toEqual([]);
  });
  it('meldet einen Baustein, den es nicht gibt', () => {
    const bestand = mitBogen('wohngeld', (t) => t.replace('  - dvdv-osci-xta', '  - gibt-es-nicht'));
    const befunde = nur('anbindung', anbindung.pruefe(bestand)).filter((b) => b.schwere !== 'warnung');
    expect(befunde.some((b) => b.meldung.includes('gibt-es-nicht'))).toBe(true);
  });
  it('warnt, wenn die Prüffrist eines Standards verstrichen ist', () => {
    const bestand = mitBogen('wohngeld', (t) => t, '2099-01-01');
    expect(anbindung.pruefe(bestand).some((b) => b.schwere === 'warnung')).toBe(true);
  });
});
