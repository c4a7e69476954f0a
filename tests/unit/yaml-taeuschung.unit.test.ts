/**
 * Unsichtbare Zeichen und täuschende Adressen im Front Matter und in den
 * YAML-Dateien (src/pruefung/treiber/yaml-taeuschung.ts): Zeile, Spalte und Feld,
 * auch für Zeichen, die erst eine Escape-Folge erzeugt; und die ganze Prüfung
 * auf einem Ordner mit feindlichem Kopfbereich.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Befund } from '../../src/pruefung/kern/befund.ts';
import { leseYaml, zerlegeMdx } from '../../src/pruefung/kern/frontmatter.ts';
import { istFehler, pruefeInhaltsordner } from '../../src/pruefung/node/index.ts';
import type { RohEintrag } from '../../src/pruefung/node/laden.ts';
import { pruefeYamlTaeuschung } from '../../src/pruefung/regeln/hilfen/yaml-taeuschung.ts';
import { FIXTURES, inhaltsordnerMit } from '../../werkzeuge/pruefen-lauf.ts';

function mdx(kopf: string): RohEintrag {
  const quelltext = `---\n${kopf}\n---\n\nText.\n`;
  const teile = zerlegeMdx(quelltext)!;
  return {
    sammlung: 'beitraege',
    id: 'teststadt/test',
    datei: 'content/beitraege/teststadt/test.mdx',
    pfad: 'beitraege/teststadt/test.mdx',
    quelltext,
    yaml: leseYaml(teile.yaml, 1),
    text: teile.text,
    textStartZeile: teile.textStartZeile,
  };
}

function yamlDatei(quelltext: string, pfad = 'glossar.yaml'): RohEintrag {
  return { sammlung: 'glossar', id: 'glossar', datei: `content/${pfad}`, pfad, quelltext, yaml: leseYaml(quelltext) };
}

const kurz = (befunde: Befund[]) => befunde.map((b) => `${b.regel} ${b.zeile}:${b.spalte} ${b.feld ?? '-'}`);

describe('unsichtbare Zeichen und täuschende Adressen im YAML', () => {
  it('meldet Zeichen in titel, autoren und Quellen mit Zeile, Spalte und Feld, auch hinter einer Escape-Folge', () => {
    const eintrag = mdx(
      [
        'titel: "Wohngeld\u202Eexe.fdp"',
        "autoren: ['Team', 'Haupt\u200Bamt']",
        'beschreibung: "Zwei \\u2066 Escapes \\u200B"',
        'quellen:',
        '  - titel: Bundesportal',
        '    url: https://www.bund.de@evil.example/',
        '  - titel: "www.bund.de"',
        '    url: https://evil.example/',
        '  - titel: Portal',
        '    url: http://0x7f.0.0.1/',
        '# versteckt \u2067 im Kommentar',
      ].join('\n'),
    );
    expect(kurz(pruefeYamlTaeuschung(eintrag))).toEqual([
      'unsichtbare-zeichen 2:17 titel',
      'unsichtbare-zeichen 3:25 autoren[1]',
      'unsichtbare-zeichen 12:13 -',
      'unsichtbare-zeichen 4:1 beschreibung',
      'unsichtbare-zeichen 4:1 beschreibung',
      'taeuschende-url 7:5 quellen[0].url',
      'taeuschende-url 8:5 quellen[1].titel',
      'taeuschende-url 11:5 quellen[2].url',
    ]);
  });

  it('Meldungen nennen das Zeichen mit Code und die Stelle davor', () => {
    const [befund] = pruefeYamlTaeuschung(mdx('titel: "Wohngeld\u202Eexe.fdp"'));
    expect(befund!.meldung).toContain('U+202E RIGHT-TO-LEFT OVERRIDE');
    expect(befund!.meldung).toContain('nach „titel: "Wohngeld“');
    expect(befund!.hinweis).toContain('Schreiben Sie das Wort an dieser Stelle neu');
  });

  it('prüft YAML-Dateien wie das Glossar: Quellen, Synonyme; ein BOM am Dateianfang ist erlaubt', () => {
    const kommune = yamlDatei(
      '\uFEFFname: Gemeinde Testdorf\nwebsite: https://www.testdorf.de/',
      'kommunen/testdorf.yaml',
    );
    expect(pruefeYamlTaeuschung(kommune)).toEqual([]);
    const glossar = yamlDatei(
      [
        '- begriff: FIT-Connect',
        '  synonyme: ["FIT\u2060Connect"]',
        '  definition: Ein Dienst.',
        '  quelle:',
        '    titel: fitko.de',
        '    url: https://www.fitko.de.evil.example/',
      ].join('\n'),
    );
    expect(kurz(pruefeYamlTaeuschung(glossar))).toEqual([
      'unsichtbare-zeichen 2:18 [0].synonyme[0]',
      'taeuschende-url 5:5 [0].quelle.titel',
    ]);
  });

  it('lässt Umlaute, geschützte Leerzeichen, weiches Trennzeichen und ehrliche Quellen stehen', () => {
    const eintrag = mdx(
      [
        'titel: "Übergabe an das Fachverfahren: z.\u00A0B. Nach\u00ADnutzung"',
        "autoren: ['Bürgeramt, Stadt Müllheim']",
        'quellen:',
        '  - titel: bund.de',
        '    url: https://www.bund.de/DE/wohngeld',
        '  - titel: Onlinezugangsgesetz (OZG), § 8a',
        '    url: https://www.gesetze-im-internet.de/ozg/__8a.html',
      ].join('\n'),
    );
    expect(pruefeYamlTaeuschung(eintrag)).toEqual([]);
  });

  it('die ganze Prüfung meldet den feindlichen Kopfbereich als Fehler mit Feld, und der Build hielte an', async () => {
    const ordner = inhaltsordnerMit(join(FIXTURES, 'pruefen/fehler'));
    const { befunde } = await pruefeInhaltsordner(ordner, ordner);
    const datei = 'beitraege/teststadt/taeuschung.mdx';
    const kopf = befunde.filter((b) => b.datei === datei && b.zeile < 23);
    expect(kopf.map((b) => `${b.regel}@${b.zeile} ${b.feld}`)).toEqual([
      'unsichtbare-zeichen@2 titel',
      'unsichtbare-zeichen@3 beschreibung',
      'unsichtbare-zeichen@7 autoren[0]',
      'gemischte-schrift@7 autoren[1]',
      'taeuschende-url@11 quellen[0].titel',
      'taeuschende-url@16 quellen[1].url',
      'taeuschende-url@20 quellen[2].url',
      'unsichtbare-zeichen@22 undefined',
    ]);
    expect(kopf.every(istFehler)).toBe(true);
    const kommune = befunde.filter((b) => b.datei === 'kommunen/taeuschdorf.yaml');
    expect(kommune.map((b) => `${b.regel}@${b.zeile} ${b.feld}`)).toEqual([
      'unsichtbare-zeichen@5 name',
      'unsichtbare-zeichen@5 name',
      'taeuschende-url@10 website',
    ]);
  });
});
