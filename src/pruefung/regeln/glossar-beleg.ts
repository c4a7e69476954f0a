/**
 * Belege im Glossar (content/glossar.yaml). Das Glossar ist YAML, keine
 * MDX-Datei, und hat keinen Status: Es ist immer veröffentlicht, und jede
 * Seite verlinkt es. Eine Definition ist ein bis drei Sätze lang, ihr Beleg ist
 * die `quelle` des Eintrags (eine oder eine Liste). Darum: Nennt eine Definition eine Norm,
 * braucht der Eintrag eine Quelle, und jede Quelle sagt, wann sie gelesen
 * wurde. Beides ist ein Fehler. Eine Regel über Daten (das Glossar ist YAML);
 * die Normerkennung teilt sie mit norm-ohne-beleg.
 */
import { heute } from '../../schemas/common.ts';
import type { Befund } from '../kern/befund.ts';
import { feldPfad } from '../kern/befund.ts';
import type { GelesenesYaml } from '../kern/frontmatter.ts';
import type { DatenRegel, Datenbestand } from '../kern/typen.ts';
import { findeNorm } from './hilfen/belege.ts';

export const glossarBeleg = {
  name: 'glossar-beleg',
  beschreibung:
    'Nennt eine Glossar-Definition eine Norm (§, Art., Abs., Beschlussnummer, Verordnung), hat der Eintrag eine „quelle“; jede Quelle im Glossar hat „abgerufen“.',
  /** Jedes Glossar, dessen Daten das Schema angenommen hat. */
  pruefe({ gueltig }: Datenbestand): Befund[] {
    return gueltig.filter((e) => e.sammlung === 'glossar').flatMap((e) => glossarBeleg.pruefeYaml(e.datei, e.yaml));
  },
  /** Prüft die Einträge, wie das YAML sie liest (vor dem Schema, damit auch halbfertige Einträge ihre Meldung bekommen). */
  pruefeYaml(datei: string, yaml: GelesenesYaml): Befund[] {
    const befunde: Befund[] = [];
    if (!Array.isArray(yaml.daten)) return befunde;
    (yaml.daten as unknown[]).forEach((roh, i) => {
      if (!roh || typeof roh !== 'object') return;
      const eintrag = roh as { begriff?: unknown; definition?: unknown; quelle?: unknown };
      const begriff = typeof eintrag.begriff === 'string' ? eintrag.begriff : `Nr. ${i + 1}`;
      const norm = typeof eintrag.definition === 'string' ? findeNorm(eintrag.definition) : undefined;
      const melde = (pfad: PropertyKey[], meldung: string, hinweis: string) =>
        befunde.push({ datei, ...yaml.stelleVon(pfad), regel: this.name, feld: feldPfad(pfad), meldung, hinweis });
      // „quelle“ ist eine Quelle oder eine Liste von Quellen.
      const quellen = Array.isArray(eintrag.quelle)
        ? (eintrag.quelle as unknown[])
        : eintrag.quelle
          ? [eintrag.quelle]
          : [];
      if (norm && quellen.length === 0) {
        melde(
          [i, 'definition'],
          `Die Definition von „${begriff}“ nennt eine Norm („${norm.auszug}“), der Eintrag hat aber keine Quelle.`,
          `Ergänzen Sie unter dem Eintrag „quelle:“ mit titel, url, art und abgerufen (z. B. ${heute()}), die die Norm belegt, oder streichen Sie die Norm aus der Definition.`,
        );
      }
      quellen.forEach((q, j) => {
        if (!q || typeof q !== 'object' || (q as { abgerufen?: unknown }).abgerufen !== undefined) return;
        const titel = (q as { titel?: unknown }).titel;
        melde(
          Array.isArray(eintrag.quelle) ? [i, 'quelle', j] : [i, 'quelle'],
          `Bei der Quelle ${typeof titel === 'string' ? `„${titel}“ ` : ''}von „${begriff}“ fehlt „abgerufen“, das Datum, an dem sie gelesen wurde.`,
          `Lesen Sie die Quelle und ergänzen Sie „abgerufen: ${heute()}“ (JJJJ-MM-TT) unter „quelle“.`,
        );
      });
    });
    return befunde;
  },
} satisfies DatenRegel & Record<string, unknown>;
