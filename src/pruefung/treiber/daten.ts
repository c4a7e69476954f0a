/**
 * Prüft alle Inhalte gegen die Schemas der Website und prüft die Verweise
 * zwischen ihnen. Läuft vor dem Build (src/integrations/inhalte-pruefen.ts),
 * bevor Astro irgendein MDX kompiliert, und in den Autorenwerkzeugen.
 */
import { z } from 'astro/zod';
import { PFLICHTSEITEN, type Beitrag, type GlossarEintrag, type Kommune, type Leistung } from '../../schemas/index.ts';
import { slug } from '../../modell/slug.ts';
import { feldPfad, type Befund } from '../kern/befund.ts';
import type { GelesenesYaml } from '../kern/frontmatter.ts';
import type { GepruefterEintrag, RohEintrag } from '../kern/typen.ts';
import { anbindungPruefen } from '../regeln/anbindung.ts';
import { glossarBelege } from '../regeln/glossar-beleg.ts';
import { GLOSSAR, SAMMLUNGEN, type SammlungName } from '../../modell/sammlungen.ts';
import { aehnlichster, beschreibungVon, erlaubteFelder, teilschema } from '../kern/schema-info.ts';
import { pruefeYamlTaeuschung } from './yaml-taeuschung.ts';

/** Deutsche Meldungen zu den Fehlercodes des yaml-Pakets. */
const YAML_FEHLER: Record<string, string> = {
  MISSING_CHAR: 'Ein Anführungszeichen oder eine Klammer wird nicht geschlossen.',
  DUPLICATE_KEY: 'Ein Feld steht zweimal da.',
  TAB_AS_INDENT: 'Die Zeile ist mit einem Tabulator eingerückt; YAML erlaubt nur Leerzeichen.',
  BAD_INDENT: 'Die Einrückung stimmt nicht, oder eine Liste […] wird nicht mit „]“ geschlossen.',
  BLOCK_AS_IMPLICIT_KEY: 'In einer Zeile stehen zwei Doppelpunkte; ein Text mit „:“ gehört in Anführungszeichen.',
  MULTILINE_IMPLICIT_KEY: 'Ein Feldname reicht über mehrere Zeilen; meist fehlt ein Doppelpunkt oder ein Anführungszeichen.',
  UNEXPECTED_TOKEN: 'An dieser Stelle steht etwas, das nicht zur Struktur passt (Einrückung oder fehlender Doppelpunkt?).',
  BAD_SCALAR_START: 'Ein Wert beginnt mit einem Zeichen, das in YAML etwas anderes bedeutet (@, `, %, * oder &); setzen Sie ihn in Anführungszeichen.',
  MULTIPLE_DOCS:
    'Hier beginnt ein zweiter Kopfbereich (eine Zeile „...“ oder „---“ mit Text dahinter); eine Datei hat nur einen.',
  BLOCK_IN_FLOW: 'In einer Liste […] steht eine eingerückte Struktur; schreiben Sie die Liste mit „- “ je Zeile.',
};

export type { GepruefterEintrag } from '../kern/typen.ts';

function schemaVon(sammlung: SammlungName): z.ZodType {
  return sammlung === 'glossar' ? GLOSSAR.schema : SAMMLUNGEN[sammlung].schema;
}

function wertAn(daten: unknown, pfad: readonly PropertyKey[]): unknown {
  return pfad.reduce<unknown>((w, teil) => (w && typeof w === 'object' ? (w as Record<PropertyKey, unknown>)[teil] : undefined), daten);
}

/** Übersetzt ein Zod-Problem in Befunde mit Stelle und Hinweis. */
function befundeAusProblem(eintrag: RohEintrag, schema: z.ZodType, problem: z.core.$ZodIssue): Befund[] {
  const pfad = problem.path;
  if (problem.code === 'unrecognized_keys') {
    const erlaubt = erlaubteFelder(schema, pfad);
    return problem.keys.map((schluessel) => {
      const vorschlag = aehnlichster(schluessel, erlaubt);
      const stelle = eintrag.yaml.stelleVon([...pfad, schluessel]);
      return {
        datei: eintrag.datei,
        ...stelle,
        regel: 'unbekanntes-feld',
        feld: feldPfad([...pfad, schluessel]),
        meldung: `Unbekanntes Feld „${schluessel}“.`,
        hinweis: vorschlag
          ? `Meinten Sie „${vorschlag}“? Erlaubte Felder: ${erlaubt.join(', ')}.`
          : `Entfernen Sie das Feld. Erlaubte Felder: ${erlaubt.join(', ')}.`,
      };
    });
  }
  // Die Beschreibung des Feldes oder, bei Listenelementen, die der Liste.
  const beschreibung = [pfad, pfad.slice(0, -1)].map((p) => beschreibungVon(teilschema(schema, p))).find(Boolean);
  // Fehlt der Wert ganz, sagt „Pflichtfeld fehlt“ mehr als die Regel des Feldes (z. B. „Erlaubt sind: …“).
  const fehlt = problem.code !== 'custom' && pfad.length > 0 && wertAn(eintrag.yaml.daten, pfad) === undefined;
  const name = String(pfad.at(-1) ?? '');
  return [
    {
      datei: eintrag.datei,
      ...eintrag.yaml.stelleVon(pfad),
      regel: fehlt ? 'pflichtfeld' : 'schema',
      feld: pfad.length ? feldPfad(pfad) : undefined,
      meldung: fehlt ? `Das Pflichtfeld „${name}“ fehlt.` : problem.message,
      hinweis: fehlt
        ? `Ergänzen Sie „${name}: …“${beschreibung ? ` (${beschreibung})` : ''}.`
        : beschreibung
          ? `Erwartet: ${beschreibung}.`
          : 'Korrigieren Sie den Wert.',
    },
  ];
}

/**
 * Befunde zu Syntaxfehlern im YAML, mit deutscher Meldung je Fehlercode.
 * Folgefehler derselben Ursache (der yaml-Parser meldet oft mehrere) nur einmal je Zeile.
 */
export function yamlBefunde(datei: string, fehler: GelesenesYaml['fehler']): Befund[] {
  const zeilen = new Set<number>();
  const befunde: Befund[] = [];
  for (const f of fehler) {
    if (zeilen.has(f.stelle.zeile)) continue;
    zeilen.add(f.stelle.zeile);
    befunde.push({
      datei,
      ...f.stelle,
      regel: 'yaml',
      meldung: f.hinweis ? f.meldung : `Das YAML ist fehlerhaft: ${YAML_FEHLER[f.code] ?? 'Die Zeile lässt sich nicht lesen.'}`,
      hinweis:
        f.hinweis ??
        'Prüfen Sie Einrückung (Leerzeichen, keine Tabs), Doppelpunkte und Anführungszeichen; Texte mit „:“ oder „#“ gehören in Anführungszeichen.',
    });
  }
  return befunde;
}

/** Prüft jeden Eintrag gegen sein Schema. Gibt die gültigen Einträge mit ihren Daten und alle Befunde zurück. */
export function pruefeSchemas(eintraege: RohEintrag[]): { gueltig: GepruefterEintrag[]; befunde: Befund[] } {
  const gueltig: GepruefterEintrag[] = [];
  const befunde: Befund[] = [];
  for (const eintrag of eintraege) {
    if (eintrag.yaml.fehler.length) {
      befunde.push(...yamlBefunde(eintrag.datei, eintrag.yaml.fehler));
      continue;
    }
    // Unsichtbare Zeichen und täuschende Adressen in jedem Wert (titel landet in <title> und <h1>).
    befunde.push(...pruefeYamlTaeuschung(eintrag));
    const schema = schemaVon(eintrag.sammlung);
    const ergebnis = schema.safeParse(eintrag.yaml.daten ?? {});
    if (ergebnis.success) gueltig.push({ ...eintrag, daten: ergebnis.data });
    else befunde.push(...ergebnis.error.issues.flatMap((p) => befundeAusProblem(eintrag, schema, p)));
  }
  return { gueltig, befunde };
}

/**
 * Zwei Profile derselben Kommune (gleicher Name, AGS oder ARS) wären zwei
 * Seiten für einen Ort, und ein Doppelgänger könnte unter fremdem Namen
 * schreiben (Issue 20). Gemeldet wird jedes beteiligte Profil, mit dem anderen.
 */
function pruefeDoppelteKommunen(eintraege: GepruefterEintrag[]): Befund[] {
  const gruppen = new Map<string, { e: GepruefterEintrag; feld: 'name' | 'ags' | 'ars'; wert: string }[]>();
  for (const e of eintraege.filter((x) => x.sammlung === 'kommunen')) {
    const k = e.daten as Kommune;
    for (const feld of ['name', 'ags', 'ars'] as const) {
      const wert = k[feld];
      if (!wert) continue;
      const schluessel = `${feld}:${feld === 'name' ? wert.toLocaleLowerCase('de') : wert}`;
      gruppen.set(schluessel, [...(gruppen.get(schluessel) ?? []), { e, feld, wert }]);
    }
  }
  return [...gruppen.values()]
    .filter((g) => g.length > 1)
    .flatMap((g) =>
      g.map(({ e, feld, wert }): Befund => {
        const andere = g.filter((x) => x.e !== e).map((x) => x.e.id);
        return {
          datei: e.datei,
          ...e.yaml.stelleVon([feld]),
          regel: 'doppelte-id',
          feld,
          meldung: `Das Profil „${andere.join('“, „')}“ hat ${feld === 'name' ? 'denselben Namen' : `denselben ${feld.toUpperCase()}`} („${wert}“).`,
          hinweis: `Eine Kommune hat ein Profil: Ergänzen Sie das vorhandene (content/kommunen/${andere[0]}.yaml), statt ein zweites anzulegen.`,
        };
      }),
    );
}

/**
 * Prüft die Verweise der gültigen Einträge: Astro selbst meldet fehlende Ziele
 * nur im Protokoll. Als Ziel zählt jede vorhandene Datei, auch eine mit
 * Fehlern, damit ein Fehler nicht weitere Folgemeldungen nach sich zieht.
 */
export function pruefeVerweise(alle: RohEintrag[], eintraege: GepruefterEintrag[]): Befund[] {
  const befunde: Befund[] = [];
  const ids = (sammlung: SammlungName) => new Set(alle.filter((e) => e.sammlung === sammlung).map((e) => e.id));
  const leistungen = ids('leistungen');
  const querschnitt = ids('querschnitt');
  const konzepte = ids('konzepte');
  const kommunenIds = ids('kommunen');
  const kommunen = new Map(eintraege.filter((e) => e.sammlung === 'kommunen').map((e) => [e.id, e.daten as Kommune]));

  const melde = (e: RohEintrag, pfad: PropertyKey[], meldung: string, hinweis: string, regel = 'verweis') =>
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
          regel: 'verweis',
          meldung: `Zum Ordner „${leistung}“ gibt es keine Leistungsseite.`,
          hinweis: `Legen Sie content/leistungen/${leistung}/index.mdx an oder verschieben Sie das Dokument in den Ordner einer bestehenden Leistung (${liste(leistungen)}).`,
        });
      }
    }
    if (e.sammlung === 'leistungen') {
      (e.daten as Leistung).bausteine.forEach((b, i) => {
        if (!querschnitt.has(b)) {
          melde(e, ['bausteine', i], `Den Baustein „${b}“ gibt es nicht.`, `Wählen Sie einen vorhandenen Baustein: ${liste(querschnitt)}.`);
        }
      });
    }
    if (e.sammlung === 'kommunen') {
      (e.daten as Kommune).pilot.forEach((p, i) => {
        if (!leistungen.has(p.leistung)) {
          melde(e, ['pilot', i, 'leistung'], `Die Leistung „${p.leistung}“ gibt es nicht.`, `Wählen Sie eine vorhandene Leistung: ${liste(leistungen)}.`);
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
          regel: 'verweis',
          meldung: `Der Ordner „${kommuneId}“ gehört zu keiner Kommune.`,
          hinweis: `Der Ordnername muss einer Datei content/kommunen/<kommune>.yaml entsprechen. Vorhandene Kommunen: ${liste(kommunenIds)}.`,
        });
      }
      if (!leistungen.has(b.leistung)) {
        melde(e, ['leistung'], `Die Leistung „${b.leistung}“ gibt es nicht.`, `Wählen Sie eine vorhandene Leistung: ${liste(leistungen)}.`);
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
    if (e.sammlung === 'glossar') befunde.push(...pruefeGlossar(e), ...glossarBelege.pruefe(e.datei, e.yaml));
    if (e.sammlung === 'anbindungen') befunde.push(...anbindungPruefen.pruefe(e, { leistungen, konzepte, querschnitt }));
  }
  befunde.push(...pruefeDoppelteKommunen(eintraege));
  return befunde;
}

function pruefeGlossar(e: GepruefterEintrag): Befund[] {
  const befunde: Befund[] = [];
  const begriffe = e.daten as GlossarEintrag[];
  const nachId = new Map<string, number>();
  begriffe.forEach((b, i) => {
    const id = slug(b.begriff);
    const frueher = nachId.get(id);
    if (frueher !== undefined) {
      befunde.push({
        datei: e.datei,
        ...e.yaml.stelleVon([i, 'begriff']),
        regel: 'doppelte-id',
        feld: feldPfad([i, 'begriff']),
        meldung: `Der Begriff „${b.begriff}“ steht schon an Position ${frueher + 1} im Glossar.`,
        hinweis: 'Führen Sie jeden Begriff nur einmal; andere Schreibweisen gehören unter „synonyme“.',
      });
    }
    nachId.set(id, i);
  });
  begriffe.forEach((b, i) =>
    b.siehe?.forEach((s, j) => {
      if (!nachId.has(slug(s))) {
        befunde.push({
          datei: e.datei,
          ...e.yaml.stelleVon([i, 'siehe', j]),
          regel: 'verweis',
          feld: feldPfad([i, 'siehe', j]),
          meldung: `Der Begriff „${s}“ steht nicht im Glossar.`,
          hinweis: 'Schreiben Sie den Begriff genau wie im Feld „begriff“ des Zieleintrags oder legen Sie ihn an.',
        });
      }
    }),
  );
  return befunde;
}

/** Die Website verlinkt auf jeder Seite Impressum, Datenschutz und Co.; fehlt eine, wäre jeder dieser Links tot. */
export function pruefePflichtseiten(alle: RohEintrag[], anzeigeOrdner: string): Befund[] {
  const vorhanden = new Set(alle.filter((e) => e.sammlung === 'seiten').map((e) => e.id));
  const pfad = (id: string) => (anzeigeOrdner === '.' ? '' : `${anzeigeOrdner}/`) + `seiten/${id}.mdx`;
  return PFLICHTSEITEN.filter((id) => !vorhanden.has(id)).map((id) => ({
    datei: pfad(id),
    zeile: 1,
    spalte: 1,
    regel: 'pflichtseite',
    meldung: `Die Seite „${id}“ fehlt; jede Seite der Website verlinkt sie.`,
    hinweis: `Legen Sie ${pfad(id)} mit titel, beschreibung und stand an.`,
  }));
}
