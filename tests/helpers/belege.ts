/**
 * Fixtures der Beleg-Regeln (tests/fixtures/regeln/belege/): eine MDX-Datei
 * mit Front Matter, gelesen als Konzeptdokument, Baustein, Beitrag oder
 * Leistungsseite; die Zeilen in den Befunden sind die Zeilen der Datei.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Befund } from '../../src/pruefung/kern/befund.ts';
import { zerlegeMdx } from '../../src/pruefung/kern/frontmatter.ts';
import type { MdxRegel } from '../../src/pruefung/kern/typen.ts';
import type { SammlungName } from '../../src/modell/sammlungen.ts';
import { befunde, type DokumentOptionen } from './regeln.ts';

export const BELEG_FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'regeln', 'belege');

/**
 * Zusatzinhalte für Builds mit Belegen, über die gültigen Inhalte gelegt: ein
 * rechtliches Konzept, das dieselbe Quellenkennung zitiert wie das technische
 * (für eindeutige IDs im Dossier), und ein Entwurf mit einer unzitierten Quelle.
 */
export const BELEG_INHALTE = join(import.meta.dirname, '..', 'fixtures', 'build', 'belege');

const ORTE: Partial<Record<SammlungName, string>> = {
  konzepte: 'leistungen/testleistung/rechtlich.mdx',
  querschnitt: 'querschnitt/testbaustein.mdx',
  beitraege: 'beitraege/teststadt/test.mdx',
  leistungen: 'leistungen/testleistung/index.mdx',
};

/** Die Befunde einer Regel für eine Fixture-Datei; `yaml` ersetzt Teile des Front Matters (z. B. den Status). */
export function befundeFuer(
  regel: MdxRegel,
  datei: string,
  sammlung: SammlungName = 'konzepte',
  ersetze: [string, string][] = [],
): Befund[] {
  const teile = zerlegeMdx(readFileSync(join(BELEG_FIXTURES, datei), 'utf8'));
  if (!teile) throw new Error(`Testaufbau: ${datei} hat kein Front Matter`);
  let yaml = teile.yaml.replace(/\n$/, '');
  for (const [alt, neu] of ersetze) {
    if (!yaml.includes(alt)) throw new Error(`Testaufbau: „${alt}“ steht nicht im Front Matter von ${datei}`);
    yaml = yaml.replace(alt, neu);
  }
  const optionen: DokumentOptionen = { yaml, sammlung, pfad: ORTE[sammlung]! };
  return befunde(regel, teile.text, optionen);
}

/** „zeile:schwere“ je Befund, sortiert: fehlende Schwere heißt Fehler. */
export const zeilenMitSchwere = (liste: Befund[]) =>
  liste.map((b) => `${b.zeile}:${b.schwere ?? 'fehler'}`).sort((a, b) => parseInt(a) - parseInt(b));
