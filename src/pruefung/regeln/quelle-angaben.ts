/**
 * Jede Quelle sagt, wann sie gelesen wurde („abgerufen“), und hat eine
 * Kennung („id“), mit der der Text sie zitiert: Ein Beleg ohne Datum lässt
 * nicht erkennen, ob er noch gilt.
 */
import { heute } from '../../schemas/common.ts';
import { mitSchwere, quellenVon, schwereNachStatus } from './hilfen/belege.ts';
import { melder } from './hilfen/mdx.ts';
import type { MdxRegel } from '../kern/typen.ts';

export const quelleAngaben: MdxRegel = {
  name: 'quelle-angaben',
  beschreibung:
    'Jede Quelle unter „quellen“ hat eine id (für die Fußnote) und „abgerufen“ (Datum, an dem sie gelesen wurde); ab „in-abstimmung“ ein Fehler, im Entwurf eine Warnung.',
  pruefe(dokument) {
    const { befunde, melde } = melder(dokument, this.name);
    const quellen = quellenVon(dokument);
    if (!quellen) return befunde;
    for (const q of quellen) {
      const name = typeof q.titel === 'string' ? `„${q.titel}“` : `Nr. ${q.index + 1}`;
      const stelle = dokument.eintrag.yaml.stelleVon(['quellen', q.index]);
      if (q.id === undefined) {
        melde(
          stelle,
          `Die Quelle ${name} hat keine id; der Text kann sie nicht als Fußnote zitieren.`,
          'Ergänzen Sie „id: …“ (Kleinbuchstaben, Ziffern, Bindestriche, z. B. „id: ozg-8a“) und zitieren Sie sie mit [^ozg-8a].',
        );
      }
      if (q.abgerufen === undefined) {
        melde(
          stelle,
          `Bei der Quelle ${name} fehlt „abgerufen“, das Datum, an dem sie gelesen wurde.`,
          `Lesen Sie die Quelle und ergänzen Sie „abgerufen: ${heute()}“ (JJJJ-MM-TT).`,
        );
      }
    }
    return befunde.map((b) => mitSchwere(b, schwereNachStatus(dokument)));
  },
};
