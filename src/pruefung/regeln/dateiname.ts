/** Regel „dateiname“: Der Name einer Inhaltsdatei ist kein gültiger Slug (Kleinbuchstaben, Ziffern, Bindestriche). */
import type { Befund } from '../kern/befund.ts';
import type { RegelInfo } from '../kern/typen.ts';
import { SLUG_PATTERN } from '../../schemas/common.ts';
import { belegterName, type Zuordnung } from '../../modell/sammlungen.ts';
import { slug } from '../../modell/slug.ts';

export const dateiname: RegelInfo = {
  name: 'dateiname',
  beschreibung: 'Datei mit ungültigem Namen.',
};

export function dateinameBefund(datei: string, meldung: string, hinweis: string): Befund {
  return { datei, zeile: 1, spalte: 1, regel: dateiname.name, meldung, hinweis };
}

/** Ein Name, der kein Slug ist oder mit einer festen Seite der Website zusammenstieße. */
export function pruefeDateiname(datei: string, zuordnung: Zuordnung): Befund | undefined {
  const falscherName = zuordnung.id.split('/').find((teil) => !SLUG_PATTERN.test(teil));
  if (falscherName !== undefined) {
    return dateinameBefund(
      datei,
      `Der Name „${falscherName}“ wird Teil der Webadresse und darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten.`,
      `Benennen Sie die Datei oder den Ordner um, z. B. in „${slug(falscherName)}“.`,
    );
  }
  const belegt = belegterName(zuordnung);
  if (belegt !== undefined) {
    return dateinameBefund(
      datei,
      `Unter dem Namen „${belegt}“ hat die Website schon eine eigene Seite; die Datei stieße mit ihr zusammen.`,
      `Benennen Sie die Datei um, z. B. in „${belegt}-${zuordnung.sammlung === 'seiten' ? 'hinweise' : 'konzept'}.mdx“.`,
    );
  }
  return undefined;
}
