/**
 * Hilfen für die Tests einzelner MDX-Regeln (tests/unit/regeln/): ein
 * Dokument aus Front Matter und Text, ein Kontext ohne Dateisystem, und die
 * Befunde genau einer Regel.
 */
import { leseYaml, zerlegeMdx } from '../../src/pruefung/kern/frontmatter.ts';
import type { Befund } from '../../src/pruefung/kern/befund.ts';
import { leseMdx } from '../../src/pruefung/treiber/mdx.ts';
import type { MdxDokument, MdxKontext, MdxRegel, RohEintrag } from '../../src/pruefung/kern/typen.ts';
import type { SammlungName } from '../../src/modell/sammlungen.ts';
import type { Datenbestand } from '../../src/pruefung/kern/typen.ts';
import { ladeInhalte } from '../../src/pruefung/node/laden.ts';
import { pruefeSchemas } from '../../src/pruefung/regeln/schema.ts';
import { GUELTIGE_INHALTE } from '../../werkzeuge/testinhalte.ts';

export interface DokumentOptionen {
  /** Front Matter als YAML-Text (ohne „---“); Standard: ein Entwurf. */
  yaml?: string;
  sammlung?: SammlungName;
  /** Pfad relativ zum Inhaltsordner. */
  pfad?: string;
}

/** Liest ein Dokument so, wie die Prüfung es liest; der Text beginnt in Zeile 4 (nach drei Zeilen Front Matter bei Standard-YAML). */
export function dokument(text: string, optionen: DokumentOptionen = {}): MdxDokument {
  const yaml = optionen.yaml ?? 'status: entwurf';
  const pfad = optionen.pfad ?? 'beitraege/teststadt/test.mdx';
  const kopf = `---\n${yaml}\n---\n`;
  const quelltext = kopf + text;
  const { dokument, befunde } = leseMdx({
    sammlung: optionen.sammlung ?? 'beitraege',
    id: pfad.replace(/^[^/]+\//, '').replace(/\.mdx$/, ''),
    datei: `content/${pfad}`,
    pfad,
    quelltext,
    yaml: leseYaml(yaml, 1),
    text,
    textStartZeile: kopf.split('\n').length,
  });
  if (befunde.length) throw new Error(`Testaufbau: ${befunde.map((b) => b.meldung).join(' ')}`);
  return dokument;
}

/** Ein Kontext ohne Dateisystem: Seiten mit Ankern, Glossar, Dateien im Inhaltsordner mit ihrem Text. */
export function kontext(
  teile: { ziele?: Record<string, string[]>; glossar?: Record<string, string>; dateien?: Record<string, string> } = {},
): MdxKontext {
  const dateien = new Map(Object.entries(teile.dateien ?? {}));
  return {
    ziele: new Map(Object.entries(teile.ziele ?? { '/': [] }).map(([a, anker]) => [a, new Set(anker)])),
    glossar: new Map(Object.entries(teile.glossar ?? {})),
    anzeigeOrdner: 'content',
    adresseVonDatei: (pfad) =>
      pfad.startsWith('leistungen/') && pfad.endsWith('.mdx')
        ? `/${pfad.replace(/(?:\/index)?\.mdx$/, '')}/`
        : undefined,
    dateiExistiert: (pfad) => dateien.has(pfad),
    leseText: (pfad) => dateien.get(pfad),
  };
}

/** Die Befunde einer Regel für einen Text; prüft nebenbei, dass jeder Befund die Regel nennt. */
export function befunde(
  regel: MdxRegel,
  text: string,
  optionen: DokumentOptionen = {},
  k: MdxKontext = kontext(),
): Befund[] {
  const ergebnis = regel.pruefe(dokument(text, optionen), k);
  for (const b of ergebnis) if (b.regel !== regel.name) throw new Error(`Befund mit fremder Regel ${b.regel}`);
  return ergebnis;
}

/** Kurzform für Vergleiche: „zeile:spalte“ je Befund. */
export const stellen = (liste: Befund[]) => liste.map((b) => `${b.zeile}:${b.spalte}`);

/** Ein gelesener Eintrag wie aus node/laden.ts: YAML-Datei oder MDX mit Kopf, ohne Dateisystem. */
export function roh(sammlung: SammlungName, pfad: string, quelltext: string, id?: string): RohEintrag {
  const teile = pfad.endsWith('.mdx') ? zerlegeMdx(quelltext) : undefined;
  return {
    sammlung,
    id: id ?? pfad.replace(/^[^/]+\//, '').replace(/(?:\/index)?\.(?:mdx|ya?ml)$/, ''),
    datei: `content/${pfad}`,
    pfad,
    quelltext,
    yaml: teile ? leseYaml(teile.yaml, 1) : leseYaml(quelltext),
    ...(teile ? { text: teile.text, textStartZeile: teile.textStartZeile } : {}),
  };
}

/** Prüft, dass jeder Befund die erwartete Regel nennt, und gibt die Befunde zurück. */
export function nur(name: string, liste: readonly Befund[]): Befund[] {
  for (const b of liste) if (b.regel !== name) throw new Error(`Befund mit fremder Regel ${b.regel}: ${b.meldung}`);
  return [...liste];
}

/**
 * Der gültige Testinhalt (tests/fixtures/inhalte-gueltig) als Datenbestand,
 * mit ersetzten oder zusätzlichen Einträgen: für Tests der Datenregeln.
 */
export function bestandMit(...ersatz: RohEintrag[]): Datenbestand {
  const { eintraege } = ladeInhalte(GUELTIGE_INHALTE, GUELTIGE_INHALTE);
  const alle = [...eintraege.filter((e) => !ersatz.some((x) => x.pfad === e.pfad)), ...ersatz];
  const { gueltig } = pruefeSchemas(alle);
  return { alle, gueltig, bekannt: gueltig, anzeigeOrdner: 'content', stichtag: '2026-12-07' };
}
