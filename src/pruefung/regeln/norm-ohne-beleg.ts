/**
 * Eine Norm (§ …, Art. …, Abs. …, Beschluss 2024/13, GewAnzV) braucht ihren
 * Beleg im selben Absatz, Listenpunkt oder in derselben Tabellenzelle: Nur so
 * sieht eine Leserin, welche Quelle welche Aussage trägt.
 */
import { belegArt, bloecke, findeNorm, mitSchwere, schwereNachStatus, stelleIn } from './hilfen/belege.ts';
import { melder, stelleVon, type Stelle } from './hilfen/mdx.ts';
import type { MdxRegel } from '../kern/typen.ts';

export const normOhneBeleg: MdxRegel = {
  name: 'norm-ohne-beleg',
  beschreibung:
    'Ein Absatz, Listenpunkt oder eine Tabellenzelle, der eine Norm nennt (§, Art., Abs., Beschlussnummer, Verordnung), belegt sie mit einer Fußnote [^quelle]; in Konzepten, Bausteinen und Beiträgen ab „in-abstimmung“ ein Fehler, im Entwurf eine Warnung, auf Leistungsseiten genügt auch ein Link.',
  pruefe(dokument) {
    const { befunde, melde } = melder(dokument, this.name);
    const art = belegArt(dokument);
    if (!dokument.baum || art === 'keine') return befunde;
    const schwere = schwereNachStatus(dokument);
    for (const block of bloecke(dokument.baum)) {
      // Leistungsseiten haben kein Feld „quellen“: Dort belegt auch ein Link (auf das Konzept oder die Quelle).
      if (block.hatFussnote || (art === 'hub' && block.hatLink)) continue;
      const norm = findeNorm(block.texte.map((t) => t.value).join(''));
      if (!norm) continue;
      let stelle: Stelle = stelleVon(block.knoten);
      for (const t of block.texte) {
        const imKnoten = findeNorm(t.value);
        if (imKnoten) {
          stelle = stelleIn(t, imKnoten.index);
          break;
        }
      }
      melde(
        stelle,
        `„${norm.auszug}“ nennt eine Norm, aber ${art === 'hub' ? 'weder eine Fußnote noch ein Link belegt' : 'keine Fußnote belegt'} sie in diesem ${block.knoten.type === 'tableCell' ? 'Tabellenfeld' : block.knoten.type === 'listItem' ? 'Listenpunkt' : 'Absatz'}.`,
        art === 'hub'
          ? 'Verlinken Sie im selben Absatz das Konzept, das die Norm belegt, oder die Quelle selbst: [§ 8a OZG](https://www.gesetze-im-internet.de/ozg/__8a.html).'
          : 'Setzen Sie ans Satzende eine Fußnote mit der Kennung der Quelle, z. B. „…verantwortlich.[^ozg-8a]“; unter „quellen“ steht die Quelle mit id, titel, url, art und abgerufen, am Dokumentende „[^ozg-8a]: § 8a Abs. 4 OZG“. Finden Sie keine Quelle, streichen Sie die Aussage oder kennzeichnen Sie sie als „nicht verifiziert“ und setzen Sie „status: entwurf“.',
      );
    }
    return befunde.map((b) => mitSchwere(b, schwere));
  },
};
