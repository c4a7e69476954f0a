/**
 * Jede Regel der Inhaltsprüfung an Fixtures: Jede Datei unter
 * tests/fixtures/pruefen/fehler/ nennt in Kommentaren „erwartet: regel zeile
 * hinweis“, was gemeldet werden muss, und nichts anderes darf gemeldet werden.
 * Die gültigen Inhalte und der Beitrag mit allen erlaubten Schreibweisen
 * dürfen keinen Befund haben.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pruefeInhaltsordner, type Befund } from '../../src/pruefung/node/index.ts';
import {
  dateienUnter,
  erwartungen,
  FIXTURES,
  GUELTIGE_INHALTE,
  inhaltsordnerMit,
  istDeutsch,
} from '../../werkzeuge/pruefen-lauf.ts';

const FEHLER = join(FIXTURES, 'pruefen/fehler');
const GUT = join(FIXTURES, 'pruefen/gut');
const fehlerDateien = dateienUnter(FEHLER).filter((d) => /\.(mdx|yaml)$/.test(d));

describe('gültige Inhalte', () => {
  it('die Fixture inhalte-gueltig hat keinen Befund', async () => {
    const { befunde } = await pruefeInhaltsordner(GUELTIGE_INHALTE, GUELTIGE_INHALTE);
    expect(befunde).toEqual([]);
  });

  it('ein Beitrag mit jeder erlaubten Schreibweise (Komponenten, HTML, Links, Bild, Diagramme) hat keinen Befund', async () => {
    const ordner = inhaltsordnerMit(GUT);
    const { befunde } = await pruefeInhaltsordner(ordner, ordner);
    expect(befunde).toEqual([]);
  });
});

describe('fehlerhafte Inhalte', () => {
  let befunde: Befund[] = [];
  beforeAll(async () => {
    const ordner = inhaltsordnerMit(FEHLER);
    ({ befunde } = await pruefeInhaltsordner(ordner, ordner));
  });

  it('es gibt zu jeder Regel mindestens eine Fixture', () => {
    const regeln = new Set(fehlerDateien.flatMap((d) => erwartungen(join(FEHLER, d)).map((e) => e.regel)));
    for (const regel of [
      'esm',
      'ausdruck',
      'html-verboten',
      'html',
      'ereignis',
      'komponente',
      'unsichere-url',
      'unsichtbare-zeichen',
      'taeuschende-url',
      'mermaid',
      'mermaid-barrierefreiheit',
      'platzhalter',
      'abschnitt',
      'ueberschrift',
      'link',
      'bild',
      'begriff',
      'mdx-syntax',
      'schema',
      'pflichtfeld',
      'unbekanntes-feld',
      'verweis',
      'yaml',
      'frontmatter',
      'dateiname',
      'ort',
    ]) {
      expect(regeln, `Regel ${regel}`).toContain(regel);
    }
  });

  it.each(fehlerDateien)('%s: genau die erwarteten Befunde mit Regel, Zeile und Hinweis', (datei) => {
    const erwartet = erwartungen(join(FEHLER, datei));
    expect(erwartet.length, 'Die Fixture nennt keine Erwartung').toBeGreaterThan(0);
    const gefunden = befunde.filter((b) => b.datei === datei);
    const paare = (liste: { regel: string; zeile: number }[]) => liste.map((b) => `${b.regel}@${b.zeile}`).sort();
    expect(paare(gefunden)).toEqual(paare(erwartet));
    for (const e of erwartet) {
      const passend = gefunden.filter((b) => b.regel === e.regel && b.zeile === e.zeile);
      expect(
        passend.some((b) => b.hinweis.includes(e.hinweis)),
        `${e.regel}@${e.zeile}: Hinweis mit „${e.hinweis}“ erwartet, bekommen: ${passend.map((b) => b.hinweis).join(' | ')}`,
      ).toBe(true);
    }
  });

  it('jede Meldung und jeder Hinweis ist deutsch und nennt eine Spalte', () => {
    expect(befunde.length).toBeGreaterThan(50);
    const nichtDeutsch = befunde.flatMap((b) => [b.meldung, b.hinweis]).filter((t) => !istDeutsch(t));
    expect(nichtDeutsch).toEqual([]);
    expect(befunde.filter((b) => !(b.zeile >= 1 && b.spalte >= 1))).toEqual([]);
  });

  it('Mermaid-Fehler stehen auf der Dateizeile = Zaunzeile + Zeile im Diagramm', () => {
    for (const [datei, zeile] of [
      ['beitraege/teststadt/mermaid-flowchart.mdx', 'B -->> C[Bescheid] --'],
      ['beitraege/teststadt/mermaid-sequenz.mdx', 'Kommune-->>>Onlinedienst: Bescheid'],
      ['beitraege/teststadt/mermaid-zustand.mdx', 'Eingegangen -->'],
    ] as const) {
      const befund = befunde.find((b) => b.datei === datei && b.regel === 'mermaid');
      expect(befund?.meldung, datei).toContain(zeile);
    }
  });
});
