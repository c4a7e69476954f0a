/**
 * Regel „doppelte-id“: Ein Glossarbegriff steht zweimal im Glossar, oder zwei
 * Profile beschreiben dieselbe Kommune (Name, AGS oder ARS).
 */
import type { GlossarEintrag, Kommune } from '../../schemas/index.ts';
import { begriffSchluessel } from '../../modell/begriffe.ts';
import { slug } from '../../modell/slug.ts';
import { feldPfad, type Befund } from '../kern/befund.ts';
import type { DatenRegel, GepruefterEintrag } from '../kern/typen.ts';

export const doppelteId: DatenRegel = {
  name: 'doppelte-id',
  beschreibung:
    'Ein Glossarbegriff oder -synonym gehört zu zwei Einträgen, oder eine Kommune (Name, AGS, ARS) steht doppelt.',
  pruefe({ gueltig, bekannt }) {
    // Verglichen wird mit allen bekannten Profilen, gemeldet nur an geprüften Dateien.
    const geprueft = new Set(gueltig.map((e) => e.datei));
    return [
      ...gueltig.filter((e) => e.sammlung === 'glossar').flatMap(doppelteBegriffe),
      ...pruefeDoppelteKommunen(bekannt).filter((b) => geprueft.has(b.datei)),
    ];
  },
};

/**
 * Zwei Profile derselben Kommune (gleicher Name, AGS oder ARS) wären zwei
 * Seiten für einen Ort, und ein Doppelgänger könnte unter fremdem Namen
 * schreiben (Issue 20). Gemeldet wird jedes beteiligte Profil, mit dem anderen.
 */
function pruefeDoppelteKommunen(eintraege: readonly GepruefterEintrag[]): Befund[] {
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
          regel: doppelteId.name,
          feld,
          meldung: `Das Profil „${andere.join('“, „')}“ hat ${feld === 'name' ? 'denselben Namen' : `denselben ${feld.toUpperCase()}`} („${wert}“).`,
          hinweis: `Eine Kommune hat ein Profil: Ergänzen Sie das vorhandene (content/kommunen/${andere[0]}.yaml), statt ein zweites anzulegen.`,
        };
      }),
    );
}

/**
 * Derselbe Begriff (als Anker geschrieben) zweimal im Glossar, oder ein Name
 * (Begriff oder Synonym), der zu zwei Einträgen gehört: Dann wüsste <Begriff>
 * und die Suche nicht, welcher Eintrag gemeint ist.
 */
function doppelteBegriffe(e: GepruefterEintrag): Befund[] {
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
        regel: doppelteId.name,
        feld: feldPfad([i, 'begriff']),
        meldung: `Der Begriff „${b.begriff}“ steht schon an Position ${frueher + 1} im Glossar.`,
        hinweis: 'Führen Sie jeden Begriff nur einmal; andere Schreibweisen gehören unter „synonyme“.',
      });
    }
    nachId.set(id, i);
  });
  // Namen in Vergleichsform, wie <Begriff> sie nachschlägt; zuerst alle Begriffe, dann die Synonyme.
  const besitzer = new Map<string, number>();
  begriffe.forEach((b, i) =>
    besitzer.set(begriffSchluessel(b.begriff), besitzer.get(begriffSchluessel(b.begriff)) ?? i),
  );
  begriffe.forEach((b, i) =>
    (b.synonyme ?? []).forEach((name, j) => {
      const schluessel = begriffSchluessel(name);
      const anderer = besitzer.get(schluessel);
      if (anderer !== undefined && anderer !== i) {
        befunde.push({
          datei: e.datei,
          ...e.yaml.stelleVon([i, 'synonyme', j]),
          regel: doppelteId.name,
          feld: feldPfad([i, 'synonyme', j]),
          meldung: `„${name}“ gehört schon zum Eintrag „${begriffe[anderer]!.begriff}“ (als Begriff oder Synonym).`,
          hinweis: `Ein Name gehört zu einem Eintrag. Streichen Sie das Synonym hier oder dort; verweisen Sie stattdessen mit „siehe: [${begriffe[anderer]!.begriff}]“.`,
        });
      } else besitzer.set(schluessel, i);
    }),
  );
  return befunde;
}
