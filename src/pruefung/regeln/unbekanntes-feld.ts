/** Regel „unbekanntes-feld“: Ein Feld gibt es im Schema nicht; die Meldung schlägt das ähnlichste vor. */
import type { z } from 'astro/zod';
import type { Befund } from '../kern/befund.ts';
import { feldPfad } from '../kern/befund.ts';
import { aehnlichster, erlaubteFelder } from '../kern/schema-info.ts';
import type { RegelInfo, RohEintrag } from '../kern/typen.ts';

export const unbekanntesFeld: RegelInfo = {
  name: 'unbekanntes-feld',
  beschreibung: 'Ein Feld gibt es nicht (oft ein Tippfehler; die Meldung schlägt vor).',
};

/** Ein Befund je unbekanntem Feld eines Zod-Problems „unrecognized_keys“. */
export function unbekannteFelder(
  eintrag: RohEintrag,
  schema: z.ZodType,
  problem: Extract<z.core.$ZodIssue, { code: 'unrecognized_keys' }>,
): Befund[] {
  const pfad = problem.path;
  const erlaubt = erlaubteFelder(schema, pfad);
  return problem.keys.map((schluessel) => {
    const vorschlag = aehnlichster(schluessel, erlaubt);
    const stelle = eintrag.yaml.stelleVon([...pfad, schluessel]);
    return {
      datei: eintrag.datei,
      ...stelle,
      regel: unbekanntesFeld.name,
      feld: feldPfad([...pfad, schluessel]),
      meldung: `Unbekanntes Feld „${schluessel}“.`,
      hinweis: vorschlag
        ? `Meinten Sie „${vorschlag}“? Erlaubte Felder: ${erlaubt.join(', ')}.`
        : `Entfernen Sie das Feld. Erlaubte Felder: ${erlaubt.join(', ')}.`,
    };
  });
}
