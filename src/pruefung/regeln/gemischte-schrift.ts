/**
 * Wörter, die lateinische mit kyrillischen oder griechischen Buchstaben
 * mischen („Bundesаmt“ mit kyrillischem „а“): Sie sehen echt aus und sind es
 * nicht. Gesucht wird im Quelltext des Textes; das Front Matter prüft
 * pruefen.ts mit derselben Funktion (taeuschung.ts).
 */
import type { Befund } from '../kern/befund.ts';
import { findeGemischteSchrift, HOECHSTENS_FUNDE, schriftMeldung, stellenImText } from '../kern/taeuschung.ts';
import type { MdxRegel } from '../kern/typen.ts';

export const gemischteSchrift: MdxRegel = {
  name: 'gemischte-schrift',
  beschreibung:
    'Kein Wort mischt lateinische mit kyrillischen (Fehler) oder griechischen Buchstaben (Warnung), die gleich aussehen, aber andere Zeichen sind.',
  pruefe(dokument) {
    const { eintrag } = dokument;
    const befunde: Befund[] = [];
    if (eintrag.text === undefined || !dokument.baum) return befunde;
    const stelleAn = stellenImText(eintrag.text, eintrag.textStartZeile ?? 1);
    for (const f of findeGemischteSchrift(eintrag.text).slice(0, HOECHSTENS_FUNDE)) {
      befunde.push({
        datei: eintrag.datei,
        ...stelleAn(f.index),
        regel: this.name,
        ...schriftMeldung(f),
        ...(f.schwere === 'warnung' ? { schwere: 'warnung' as const } : {}),
      });
    }
    return befunde;
  },
};
