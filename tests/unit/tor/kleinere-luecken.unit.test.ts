/**
 * Die kleineren Lücken aus Issue 20: Fußnoten in Beiträgen ohne „quellen“,
 * Abrufdaten in der Zukunft, riesige Textfelder, Überschriften, die Anker der
 * Seite übernehmen, und tausend gleiche Meldungen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatiereBefunde, GLEICHE_BEFUNDE_HOECHSTENS, type Befund } from '../../../src/pruefung/kern/befund.ts';
import { pruefeInhaltsordner } from '../../../src/pruefung/node/index.ts';
import { RESERVIERTE_ANKER } from '../../../src/pruefung/regeln/ueberschrift.ts';
import { BELEGTE_NAMEN } from '../../../src/modell/sammlungen.ts';
import { heute } from '../../../src/schemas/common.ts';
import { PROJEKT } from '../../../werkzeuge/pruefen-lauf.ts';
import { testinhalte, type Testinhalte } from '../../../werkzeuge/testinhalte.ts';

let inhalte: Testinhalte | undefined;
afterEach(() => inhalte?.aufraeumen());
const BEITRAG = 'beitraege/teststadt/umsetzung.mdx';

async function befundeZu(datei: string): Promise<Befund[]> {
  const { befunde } = await pruefeInhaltsordner(inhalte!.ordner, inhalte!.ordner);
  return befunde.filter((b) => b.datei === datei);
}

const QUELLE = (titel: string, abgerufen: string) =>
  `quellen:\n  - id: q\n    titel: "${titel}"\n    url: https://www.gesetze-im-internet.de/gewo/__14.html\n    art: Gesetz\n    abgerufen: ${abgerufen}\n`;

describe('kleinere Lücken', () => {
  it('eine Fußnote in einem Beitrag ohne Feld „quellen“ wird gemeldet', async () => {
    inhalte = testinhalte();
    inhalte.ersetze(
      BEITRAG,
      '## Ausgangslage\n\nText.',
      '## Ausgangslage\n\nText.[^erfunden]\n\n[^erfunden]: Irgendwo.',
    );
    expect((await befundeZu(BEITRAG)).map((b) => b.regel)).toContain('fussnote-ohne-quelle');
  });

  it('ein Abrufdatum in der Zukunft ist ein Fehler, das heutige nicht', async () => {
    inhalte = testinhalte();
    const morgen = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    inhalte.ersetze(BEITRAG, 'status: freigegeben\n', `status: freigegeben\n${QUELLE('GewO § 14', morgen)}`);
    inhalte.ersetze(BEITRAG, '## Ausgangslage\n\nText.', '## Ausgangslage\n\nText.[^q]\n\n[^q]: § 14.');
    const befunde = await befundeZu(BEITRAG);
    expect(befunde.map((b) => `${b.regel}:${b.feld}`)).toEqual(['schema:quellen[0].abgerufen']);
    expect(befunde[0]!.meldung).toContain('Zukunft');

    inhalte.ersetze(BEITRAG, `abgerufen: ${morgen}`, `abgerufen: ${heute()}`);
    expect(await befundeZu(BEITRAG)).toEqual([]);
  });

  it('ein Quellentitel mit 100.000 Zeichen und ein Titel mit 3.000 Zeichen werden abgelehnt', async () => {
    inhalte = testinhalte();
    inhalte.ersetze(
      BEITRAG,
      'status: freigegeben\n',
      `status: freigegeben\n${QUELLE('x'.repeat(100_000), '2026-12-01')}`,
    );
    inhalte.ersetze(BEITRAG, 'titel: Umsetzung in teststadt', `titel: ${'Umsetzung '.repeat(300)}`);
    inhalte.ersetze(BEITRAG, '## Ausgangslage\n\nText.', '## Ausgangslage\n\nText.[^q]\n\n[^q]: § 14.');
    const felder = (await befundeZu(BEITRAG)).filter((b) => b.regel === 'schema').map((b) => b.feld);
    expect(felder).toEqual(expect.arrayContaining(['titel', 'quellen[0].titel']));
  });

  it.each(['Inhalt', 'Hauptnavigation', 'Aenderungen', 'Beleg fn q'])(
    'die Überschrift „%s“ nimmt keinen Anker der Seite',
    async (text) => {
      inhalte = testinhalte();
      inhalte.ersetze(BEITRAG, '## Erkenntnisse\n\nText.', `## Erkenntnisse\n\nText.\n\n### ${text}\n\nText.`);
      expect((await befundeZu(BEITRAG)).map((b) => b.regel)).toEqual(['ueberschrift']);
    },
  );

  it('die reservierten Anker sind alle festen Anker der Seiten, die MDX zeigen', () => {
    // Die Seiten, die MDX zeigen, und alles, was sie (auch über Komponenten) an .astro-Dateien einbinden.
    const gesehen = new Set<string>();
    const offen = readdirSync(join(PROJEKT, 'src/pages'), { recursive: true })
      .map((d) => join('src/pages', String(d)))
      .filter(
        (d) => d.endsWith('.astro') && /<(Inhalt|Content|DossierInhalt)\b/.test(readFileSync(join(PROJEKT, d), 'utf8')),
      );
    while (offen.length) {
      const datei = offen.pop()!;
      if (gesehen.has(datei)) continue;
      gesehen.add(datei);
      const text = readFileSync(join(PROJEKT, datei), 'utf8');
      for (const m of text.matchAll(/from ['"](\.{1,2}\/[^'"]+\.astro)['"]/g)) offen.push(join(dirname(datei), m[1]!));
    }
    const ids = new Set(
      [...gesehen].flatMap((d) =>
        [...readFileSync(join(PROJEKT, d), 'utf8').matchAll(/\bid="([a-z][a-z0-9-]*)"/g)].map((m) => m[1]!),
      ),
    );
    expect(gesehen.size).toBeGreaterThan(10);
    expect([...ids].filter((id) => !RESERVIERTE_ANKER.has(id))).toEqual([]);
  });

  it('die Frageformen der Suche (content/suchfragen.yaml) prüft die Prüfung, nicht erst der Build', async () => {
    inhalte = testinhalte();
    inhalte.schreibe('suchfragen.yaml', '- themen: Kosten\n  muster: [wer zahlt]\n');
    const befunde = await befundeZu('suchfragen.yaml');
    expect(befunde.length).toBeGreaterThan(0);
    expect(befunde.every((b) => b.regel === 'schema' && b.zeile === 1)).toBe(true);
    inhalte.schreibe('suchfragen.yaml', '- thema: !Sub Kosten\n');
    expect((await befundeZu('suchfragen.yaml')).map((b) => b.regel)).toEqual(['yaml']);
  });

  it('die belegten Namen sind genau die festen Seiten in src/pages', () => {
    const namen = (ordner: string) => [
      ...new Set(
        readdirSync(join(PROJEKT, ordner))
          .map((d) => d.replace(/\.(astro|ts)$/, '').replace(/\.(xml|txt)$/, ''))
          .filter((d) => !d.startsWith('[')),
      ),
    ];
    // /mitwirken/ ist selbst eine Seite aus content/seiten/; unter src/pages/mitwirken/ liegt nur der Editor darunter.
    expect([...BELEGTE_NAMEN.seiten!].sort()).toEqual(
      namen('src/pages')
        .filter((n) => n !== 'mitwirken')
        .sort(),
    );
    expect([...BELEGTE_NAMEN.konzepte!].sort()).toEqual(namen('src/pages/leistungen/[leistung]').sort());
  });

  it('2.000 gleiche Befunde werden nach der Höchstzahl zusammengefasst, die übrigen einzeln genannt', () => {
    const gleich = Array.from({ length: 2000 }, (_, i): Befund => ({
      datei: 'content/a.mdx',
      zeile: i + 1,
      spalte: 1,
      regel: 'link',
      meldung: 'Link ohne Ziel.',
      hinweis: 'Ziel ergänzen.',
    }));
    const anders: Befund = { ...gleich[0]!, zeile: 5000, regel: 'bild', meldung: 'Bild fehlt.' };
    const text = formatiereBefunde([...gleich, anders]);
    expect(text.match(/\[link\] Link ohne Ziel/g)).toHaveLength(GLEICHE_BEFUNDE_HOECHSTENS);
    expect(text).toContain(`… und ${2000 - GLEICHE_BEFUNDE_HOECHSTENS} weitere Stellen derselben Art`);
    expect(text).toContain('content/a.mdx:5000:1  [bild] Bild fehlt.');
    expect(text).toContain('2001 Probleme in den Inhalten gefunden.');
  });
});
