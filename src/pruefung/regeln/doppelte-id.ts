/**
 * Regel „doppelte-id“: Ein Glossarbegriff steht zweimal im Glossar, oder zwei
 * Profile beschreiben dieselbe Kommune (Name, AGS oder ARS).
 */
import type { GlossarEintrag, Kommune } from '../../schemas/index.ts';
import { slug } from '../../modell/slug.ts';
import { feldPfad, type Befund } from '../kern/befund.ts';
import type { DatenRegel, GepruefterEintrag } from '../kern/typen.ts';

export const doppelteId: DatenRegel = {
  name: 'doppelte-id',
  beschreibung: 'Ein Glossarbegriff oder eine Kommune (Name, AGS, ARS) steht doppelt.',
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

/** Derselbe Begriff (als Anker geschrieben) zweimal im Glossar. */
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
  return befunde;
}
