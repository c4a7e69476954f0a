/**
 * Was vor dem Lesen geprüft wird (Issue 20): symbolische Verknüpfungen und
 * andere Nicht-Dateien, Kodierung, Steuerzeichen, Zeilenenden, Zeilentrenner
 * und Typangaben im YAML. Jede Datei wird mit Regel, Zeile und deutschem
 * Hinweis abgelehnt, die übrigen Dateien werden wie sonst geprüft.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pruefeInhaltsordner, type Befund } from '../../../src/pruefung/node/index.ts';
import { istDeutsch } from '../../../werkzeuge/pruefen-lauf.ts';
import { testinhalte, type Testinhalte } from '../../../werkzeuge/testinhalte.ts';

let inhalte: Testinhalte | undefined;
afterEach(() => inhalte?.aufraeumen());

const BEITRAG = 'beitraege/teststadt/umsetzung.mdx';

async function befundeZu(datei: string): Promise<Befund[]> {
  const { befunde } = await pruefeInhaltsordner(inhalte!.ordner, inhalte!.ordner);
  for (const b of befunde) expect(istDeutsch(`${b.meldung} ${b.hinweis}`), b.meldung).toBe(true);
  return befunde.filter((b) => b.datei === datei);
}

describe('symbolische Verknüpfungen im Inhaltsordner', () => {
  it.each([
    ['auf eine ungeprüfte MDX-Datei außerhalb', 'beitraege/teststadt/verknuepft.mdx', '../../../boese.mdx'],
    ['auf /etc/passwd', 'beitraege/teststadt/passwort.mdx', '/etc/passwd'],
    ['als Bild auf /etc/passwd', 'beitraege/teststadt/bild.svg', '/etc/passwd'],
    ['als Kommunenprofil', 'kommunen/fremd.yaml', '/etc/hostname'],
    ['als Ordner', 'beitraege/fremd', '/etc'],
    ['ins Leere', 'beitraege/teststadt/leer.mdx', '/gibt/es/nicht.mdx'],
  ])('%s wird als Fehler in Zeile 1 gemeldet', async (_fall, pfad, ziel) => {
    inhalte = testinhalte();
    writeFileSync(join(inhalte.ordner, '..', 'boese.mdx'), '---\ntitel: x\n---\n\nexport const x = 1\n');
    symlinkSync(ziel, join(inhalte.ordner, pfad));
    const befunde = await befundeZu(pfad);
    expect(befunde.map((b) => `${b.regel}@${b.zeile}`)).toEqual(['verknuepfung@1']);
    expect(befunde[0]!.meldung).toContain('symbolische Verknüpfung');
  });

  it('eine Verknüpfung liest nichts aus ihrem Ziel in die Meldungen', async () => {
    inhalte = testinhalte();
    symlinkSync('/etc/passwd', join(inhalte.ordner, 'beitraege/teststadt/bild.svg'));
    inhalte.ersetze(BEITRAG, '## Ausgangslage\n\nText.', '## Ausgangslage\n\n![Plan](./bild.svg)');
    const { befunde } = await pruefeInhaltsordner(inhalte.ordner, inhalte.ordner);
    expect(JSON.stringify(befunde)).not.toMatch(/root:|\/bin\/(ba)?sh/);
    expect(befunde.some((b) => b.regel === 'verknuepfung')).toBe(true);
  });
});

describe('Kodierung und Zeichen der Datei', () => {
  const latin1 = (text: string) => Buffer.from(text, 'latin1');
  it.each<[string, (t: string) => string | Buffer, number]>([
    // Die erste Zeile mit einem Umlaut: „bezahlung: gebührenfrei“.
    ['Latin-1 statt UTF-8', (t) => latin1(t.replace('Text.', 'Größe und Maße.')), 14],
    ['ein NUL-Byte im Text', (t) => t.replace('Text.', 'Te\u0000xt.'), 23],
    ['ein Steuerzeichen (ESC) im Text', (t) => t.replace('Text.', 'Te\u001bxt.'), 23],
    ['ein C1-Steuerzeichen (U+0085) im Front Matter', (t) => t.replace('titel: ', 'titel: a\u0085'), 2],
    ['Zeilenenden nur mit CR', (t) => t.replaceAll('\n', '\r'), 1],
  ])('%s wird mit Zeile gemeldet, nicht als fehlendes Front Matter', async (_fall, aendere, zeile) => {
    inhalte = testinhalte();
    const pfad = join(inhalte.ordner, BEITRAG);
    writeFileSync(pfad, aendere(inhalte.lies(BEITRAG)));
    const befunde = await befundeZu(BEITRAG);
    expect(befunde.map((b) => `${b.regel}@${b.zeile}`)).toEqual([`kodierung@${zeile}`]);
  });

  it('CRLF (Windows) und ein BOM am Anfang sind in Ordnung, auch vor der Liste des Glossars', async () => {
    inhalte = testinhalte();
    writeFileSync(join(inhalte.ordner, BEITRAG), `\uFEFF${inhalte.lies(BEITRAG).replaceAll('\n', '\r\n')}`);
    writeFileSync(
      join(inhalte.ordner, 'glossar.yaml'),
      `\uFEFF${inhalte.lies('glossar.yaml').replaceAll('\n', '\r\n')}`,
    );
    const { befunde } = await pruefeInhaltsordner(inhalte.ordner, inhalte.ordner);
    expect(befunde).toEqual([]);
  });
});

describe('YAML so streng wie der Build', () => {
  it.each([
    ['unbekannte Typangabe', 'beschreibung: !Sub So hat teststadt', 3, 'Typangabe'],
    ['js-yaml-Funktion', 'beschreibung: !!js/function "function () {}"', 3, 'Typangabe'],
    ['bekannte Typangabe', 'beschreibung: !!str So hat teststadt', 3, 'Typangabe'],
    ['Zeilentrenner U+2028', 'beschreibung: So hat\u2028teststadt', 3, 'Zeilentrenner'],
    ['zweites Dokument', 'beschreibung: x\n...\nfoo: 1', 5, 'zweiter Kopfbereich'],
  ])('%s ist ein Fehler mit Zeile und deutscher Meldung', async (_fall, zeile, nummer, wort) => {
    inhalte = testinhalte();
    inhalte.ersetze(BEITRAG, 'beschreibung: So hat teststadt die Testleistung umgesetzt.', zeile);
    const befunde = await befundeZu(BEITRAG);
    expect(befunde.map((b) => `${b.regel}@${b.zeile}`)).toEqual([`yaml@${nummer}`]);
    expect(befunde[0]!.meldung).toContain(wort);
  });

  it('eine Typangabe in einem Kommunenprofil ebenso', async () => {
    inhalte = testinhalte();
    const datei = 'kommunen/teststadt.yaml';
    writeFileSync(join(inhalte.ordner, datei), inhalte.lies(datei).replace(/^name: /m, 'name: !Ref '));
    expect((await befundeZu(datei)).map((b) => b.regel)).toEqual(['yaml']);
  });

  it('ein Ordner mit Punkt am Anfang ist kein Versteck für Dateien am falschen Ort', async () => {
    inhalte = testinhalte();
    mkdirSync(join(inhalte.ordner, 'beitraege/.versteck'), { recursive: true });
    writeFileSync(join(inhalte.ordner, 'beitraege/.versteck/x.mdx'), '---\ntitel: x\n---\n\nexport const x = 1\n');
    const { befunde } = await pruefeInhaltsordner(inhalte.ordner, inhalte.ordner);
    expect(befunde.some((b) => b.datei === 'beitraege/.versteck/x.mdx')).toBe(true);
  });
});

/** Kopf einer PNG-Datei mit den angegebenen Maßen (Signatur und IHDR); mehr liest Astro für die Maße nicht. */
function pngKopf(breite: number, hoehe: number): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'latin1');
  ihdr.writeUInt32BE(breite, 8);
  ihdr.writeUInt32BE(hoehe, 12);
  ihdr.writeUInt8(8, 16);
  ihdr.writeUInt8(6, 17);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr]);
}

describe('Bilder, an denen der Build scheitern würde', () => {
  it.each<[string, Buffer | string, string]>([
    ['kein Bild', 'kein bild', 'lässt sich nicht als Bild lesen'],
    [
      'ein SVG mit der Endung .png',
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>',
      'SVG-Bild',
    ],
    ['ein riesiges PNG', pngKopf(40_000, 30_000), 'zu groß'],
  ])('%s wird an der Stelle gemeldet, an der es eingebunden ist', async (_fall, inhalt, wort) => {
    inhalte = testinhalte();
    writeFileSync(join(inhalte.ordner, 'beitraege/teststadt/plan.png'), inhalt);
    inhalte.ersetze(BEITRAG, '## Ausgangslage\n\nText.', '## Ausgangslage\n\n![Plan der Stadt](./plan.png)');
    const befunde = await befundeZu(BEITRAG);
    expect(befunde.map((b) => `${b.regel}@${b.zeile}`)).toEqual(['bild@23']);
    expect(befunde[0]!.meldung).toContain(wort);
  });

  it('ein gültiges kleines PNG passt', async () => {
    inhalte = testinhalte();
    writeFileSync(join(inhalte.ordner, 'beitraege/teststadt/plan.png'), pngKopf(800, 600));
    inhalte.ersetze(BEITRAG, '## Ausgangslage\n\nText.', '## Ausgangslage\n\n![Plan der Stadt](./plan.png)');
    expect(await befundeZu(BEITRAG)).toEqual([]);
  });
});
