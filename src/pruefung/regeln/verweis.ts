/**
 * Regel „verweis“: Eine genannte Leistung, Kommune, ein Konzept, Baustein oder
 * Glossarbegriff fehlt. Astro selbst meldet fehlende Ziele nur im Protokoll.
 */
import type { Beitrag, GlossarEintrag, Kommune, Leistung } from '../../schemas/index.ts';
import type { SammlungName } from '../../modell/sammlungen.ts';
import { slug } from '../../modell/slug.ts';
import { feldPfad, type Befund } from '../kern/befund.ts';
import type { DatenRegel, GepruefterEintrag, RohEintrag } from '../kern/typen.ts';

export const verweis: DatenRegel = {
  name: 'verweis',
  beschreibung: 'Eine genannte Leistung, Kommune, ein Konzept oder Baustein fehlt.',
  pruefe: ({ alle, gueltig, bekannt }) => pruefeVerweise(alle, gueltig, bekannt),
};

/**
 * Prüft die Verweise der gültigen Einträge: Astro selbst meldet fehlende Ziele
 * nur im Protokoll. Als Ziel zählt jede vorhandene Datei, auch eine mit
 * Fehlern, damit ein Fehler nicht weitere Folgemeldungen nach sich zieht.
 */
function pruefeVerweise(
  alle: readonly RohEintrag[],
  eintraege: readonly GepruefterEintrag[],
  bekannt: readonly GepruefterEintrag[],
): Befund[] {
  const befunde: Befund[] = [];
  const ids = (sammlung: SammlungName) => new Set(alle.filter((e) => e.sammlung === sammlung).map((e) => e.id));
  const leistungen = ids('leistungen');
  const querschnitt = ids('querschnitt');
  const konzepte = ids('konzepte');
  const kommunenIds = ids('kommunen');
  const kommunen = new Map(bekannt.filter((e) => e.sammlung === 'kommunen').map((e) => [e.id, e.daten as Kommune]));

  const melde = (e: RohEintrag, pfad: PropertyKey[], meldung: string, hinweis: string, regel = verweis.name) =>
    befunde.push({ datei: e.datei, ...e.yaml.stelleVon(pfad), regel, feld: feldPfad(pfad), meldung, hinweis });
  const liste = (menge: Set<string>) => [...menge].sort().join(', ') || '(noch keine)';

  for (const e of eintraege) {
    if (e.sammlung === 'konzepte') {
      const leistung = e.id.split('/')[0]!;
      if (!leistungen.has(leistung)) {
        befunde.push({
          datei: e.datei,
          zeile: 1,
          spalte: 1,
          regel: verweis.name,
          meldung: `Zum Ordner „${leistung}“ gibt es keine Leistungsseite.`,
          hinweis: `Legen Sie content/leistungen/${leistung}/index.mdx an oder verschieben Sie das Dokument in den Ordner einer bestehenden Leistung (${liste(leistungen)}).`,
        });
      }
    }
    if (e.sammlung === 'leistungen') {
      (e.daten as Leistung).bausteine.forEach((b, i) => {
        if (!querschnitt.has(b)) {
          melde(
            e,
            ['bausteine', i],
            `Den Baustein „${b}“ gibt es nicht.`,
            `Wählen Sie einen vorhandenen Baustein: ${liste(querschnitt)}.`,
          );
        }
      });
    }
    if (e.sammlung === 'kommunen') {
      (e.daten as Kommune).pilot.forEach((p, i) => {
        if (!leistungen.has(p.leistung)) {
          melde(
            e,
            ['pilot', i, 'leistung'],
            `Die Leistung „${p.leistung}“ gibt es nicht.`,
            `Wählen Sie eine vorhandene Leistung: ${liste(leistungen)}.`,
          );
        }
      });
    }
    if (e.sammlung === 'beitraege') {
      const b = e.daten as Beitrag;
      const kommuneId = e.id.split('/')[0]!;
      const kommune = kommunen.get(kommuneId);
      if (!kommunenIds.has(kommuneId)) {
        befunde.push({
          datei: e.datei,
          zeile: 1,
          spalte: 1,
          regel: verweis.name,
          meldung: `Der Ordner „${kommuneId}“ gehört zu keiner Kommune.`,
          hinweis: `Der Ordnername muss einer Datei content/kommunen/<kommune>.yaml entsprechen. Vorhandene Kommunen: ${liste(kommunenIds)}.`,
        });
      }
      if (!leistungen.has(b.leistung)) {
        melde(
          e,
          ['leistung'],
          `Die Leistung „${b.leistung}“ gibt es nicht.`,
          `Wählen Sie eine vorhandene Leistung: ${liste(leistungen)}.`,
        );
      } else if (kommune && !kommune.pilot.some((p) => p.leistung === b.leistung)) {
        melde(
          e,
          ['leistung'],
          `${kommune.name} pilotiert die Leistung „${b.leistung}“ nicht.`,
          `Tragen Sie die Leistung unter „pilot“ in content/kommunen/${kommuneId}.yaml ein oder wählen Sie eine Leistung, die die Kommune pilotiert.`,
        );
      }
      if (b.bezug && !konzepte.has(b.bezug) && !querschnitt.has(b.bezug)) {
        melde(
          e,
          ['bezug'],
          `Das Dokument „${b.bezug}“ gibt es nicht.`,
          `Nennen Sie ein Konzeptdokument als „leistung/konzept“ (z. B. ${[...konzepte][0] ?? 'wohngeld/technisch'}) oder einen Baustein (${liste(querschnitt)}).`,
        );
      }
    }
    if (e.sammlung === 'glossar') befunde.push(...siehe(e));
  }
  return befunde;
}

/** „siehe“ im Glossar nennt einen Begriff, den es gibt. */
function siehe(e: GepruefterEintrag): Befund[] {
  const befunde: Befund[] = [];
  const begriffe = e.daten as GlossarEintrag[];
  const nachId = new Set(begriffe.map((b) => slug(b.begriff)));
  begriffe.forEach((b, i) =>
    b.siehe?.forEach((s, j) => {
      if (!nachId.has(slug(s))) {
        befunde.push({
          datei: e.datei,
          ...e.yaml.stelleVon([i, 'siehe', j]),
          regel: verweis.name,
          feld: feldPfad([i, 'siehe', j]),
          meldung: `Der Begriff „${s}“ steht nicht im Glossar.`,
          hinweis: 'Schreiben Sie den Begriff genau wie im Feld „begriff“ des Zieleintrags oder legen Sie ihn an.',
        });
      }
    }),
  );
  return befunde;
}
