/**
 * Feindliche Beiträge (tests/fixtures/feindlich/): Alias-Bombe im Front
 * Matter, ein 3.000 Ebenen tiefes Zitat, Mermaid mit Bild und mit Link von
 * fremden Servern. Jede wird mit Datei und Zeile gemeldet, keine bringt die
 * Prüfung zum Absturz, und alle anderen Dateien werden daneben geprüft wie
 * sonst.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { leseYaml } from '../../src/pruefung/kern/frontmatter.ts';
import { pruefeInhaltsordner, type Befund } from '../../src/pruefung/node/index.ts';
import { dateienUnter, erwartungen, FIXTURES, inhaltsordnerMit, istDeutsch } from '../../werkzeuge/pruefen-lauf.ts';

const FEINDLICH = join(FIXTURES, 'feindlich');
const FEHLER = join(FIXTURES, 'pruefen/fehler');
const feindlicheDateien = dateienUnter(FEINDLICH).filter((d) => d.endsWith('.mdx'));

const ohneDatei = (befunde: Befund[], dateien: string[]) => befunde.filter((b) => !dateien.includes(b.datei));

describe('feindliche Beiträge', () => {
  it.each(feindlicheDateien)('%s wird mit Regel, Zeile und Hinweis gemeldet, sonst nichts', async (datei) => {
    const ordner = inhaltsordnerMit();
    cpSync(join(FEINDLICH, datei), join(ordner, datei));
    const { befunde } = await pruefeInhaltsordner(ordner, ordner);
    const erwartet = erwartungen(join(FEINDLICH, datei));
    expect(befunde.map((b) => `${b.datei} ${b.regel}@${b.zeile}`)).toEqual(
      erwartet.map((e) => `${datei} ${e.regel}@${e.zeile}`),
    );
    for (const [i, e] of erwartet.entries()) expect(befunde[i]!.hinweis).toContain(e.hinweis);
    for (const b of befunde) {
      expect(istDeutsch(b.meldung), b.meldung).toBe(true);
      expect(`${b.meldung} ${b.hinweis}`).not.toMatch(/\n\s+at |Error:/);
    }
  });

  it('mit allen feindlichen Dateien im Ordner werden die übrigen Dateien geprüft und gemeldet wie ohne sie', async () => {
    const ohneOrdner = inhaltsordnerMit(FEHLER);
    const ohne = await pruefeInhaltsordner(ohneOrdner, ohneOrdner);
    const ordner = inhaltsordnerMit(FEHLER, FEINDLICH);
    const mit = await pruefeInhaltsordner(ordner, ordner);
    const ohnePfad = (b: Befund) => ({ ...b, hinweis: b.hinweis.replaceAll(ordner, '').replaceAll(ohneOrdner, '') });
    expect(ohneDatei(mit.befunde, feindlicheDateien).map(ohnePfad)).toEqual(ohne.befunde.map(ohnePfad));
    for (const datei of feindlicheDateien) expect(mit.befunde.some((b) => b.datei === datei)).toBe(true);
  });
});

describe('YAML-Tricks im Front Matter', () => {
  it('werden Fehler der Datei mit deutscher Meldung, nie Ausnahmen oder Prozesswarnungen', () => {
    const warnungen = vi.spyOn(process, 'emitWarning');
    const bombe = [
      'a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1]',
      ...'bcdefgh'.split('').map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`),
    ].join('\n');
    const faelle: [string, string][] = [
      [bombe, 'ALIAS_GRENZE'],
      ['a: *fehlt', ''],
      [`tief: ${'['.repeat(5000)}${']'.repeat(5000)}`, ''],
      ['? [a, b]\n: c', ''],
      // js-yaml, mit dem Astro Front Matter liest, lehnt Steuerzeichen ab; gefunden vom Fuzz-Test (Startwert 25).
      ['titel: x\nbeschreibung: "Daten \u0000 Postfach"', 'STEUERZEICHEN'],
      ['<<: {titel: x}\nbild: !!binary aGFsbG8=\nf: !!js/function "x"', ''],
    ];
    for (const [text, code] of faelle) {
      const yaml = leseYaml(text, 1);
      if (code) expect(yaml.fehler.map((f) => f.code)).toContain(code);
      for (const f of yaml.fehler.filter((f) => f.hinweis)) expect(istDeutsch(f.meldung), f.meldung).toBe(true);
    }
    expect(warnungen).not.toHaveBeenCalled();
    warnungen.mockRestore();
  });
});
