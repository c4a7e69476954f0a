/**
 * Dieselben Prüfungen wie die MDX-Regeln „unsichtbare-zeichen“,
 * „gemischte-schrift“ und „taeuschende-url“ für YAML: das Front Matter jeder MDX-Datei (titel,
 * beschreibung, autoren, quellen …, die in <title>, <h1> und Quellenlisten
 * landen) und die YAML-Dateien (Kommunen, Glossar). Jeder Befund nennt Zeile
 * und Feld. Keine MDX-Regel, darum neben pruefen.ts; die Logik liegt in
 * taeuschung.ts.
 */
import { feldPfad, type Befund } from '../../kern/befund.ts';
import { zerlegeMdx } from '../../kern/frontmatter.ts';
import type { RohEintrag } from '../../kern/typen.ts';
import { kurzeAdresse, linktextMeldung } from './adresse.ts';
import {
  findeGemischteSchrift,
  findeUnsichtbareZeichen,
  fremderHostImLinktext,
  pruefeAdresse,
  schriftMeldung,
  HOECHSTENS_FUNDE,
  stellenImText,
  umgebung,
  weitereFunde,
  zeichenArt,
  zeichenGefahr,
  zeichenHinweis,
  zeichenText,
  type ZeichenFund,
} from '../../kern/taeuschung.ts';
import { gefaehrlichesSchema } from '../../kern/url.ts';

interface Feld {
  pfad: PropertyKey[];
  wert: unknown;
}

/** Alle Werte des YAML mit ihrem Pfad, in Dokumentreihenfolge (ohne Rekursion, das YAML kann tief sein). */
function felderVon(daten: unknown): Feld[] {
  const felder: Feld[] = [];
  const stapel: Feld[] = [{ pfad: [], wert: daten }];
  while (stapel.length) {
    const feld = stapel.pop()!;
    felder.push(feld);
    const { pfad, wert } = feld;
    const kinder: Feld[] = Array.isArray(wert)
      ? wert.map((w, i) => ({ pfad: [...pfad, i], wert: w }))
      : wert && typeof wert === 'object' && !(wert instanceof Date)
        ? Object.entries(wert).map(([k, w]) => ({ pfad: [...pfad, k], wert: w }))
        : [];
    stapel.push(...kinder.reverse());
  }
  return felder;
}

/** Felder, deren Wert eine Adresse ist, auch wenn sie (noch) nicht mit https:// beginnt. */
const ADRESS_FELD = /^(?:url|website|link|href|adresse)$/i;

/** Prüft das YAML eines Eintrags, wie es gelesen wurde (vor dem Schema, damit auch ungültige Einträge ihre Meldung bekommen). */
export function pruefeYamlTaeuschung(eintrag: RohEintrag): Befund[] {
  const { yaml, datei } = eintrag;
  if (yaml.fehler.length) return [];
  const istMdx = eintrag.pfad.endsWith('.mdx');
  const roh = istMdx ? zerlegeMdx(eintrag.quelltext)?.yaml : eintrag.quelltext;
  if (roh === undefined) return [];
  const befunde: Befund[] = [];
  const ersteZeile = istMdx ? 2 : 1;
  const stelleAn = stellenImText(roh, ersteZeile);
  const felder = felderVon(yaml.daten).filter((f) => f.pfad.length);

  // Die Stellen aller Felder braucht es nur, wenn etwas gefunden wurde (stelleVon sucht in jeder Ebene).
  let sortiert: { pfad: PropertyKey[]; offset: number }[] | undefined;
  const nachStelle = () => {
    if (sortiert) return sortiert;
    const zeilenAnfang = [0];
    for (let i = roh.indexOf('\n'); i !== -1; i = roh.indexOf('\n', i + 1)) zeilenAnfang.push(i + 1);
    sortiert = felder
      .map(({ pfad }) => {
        const s = yaml.stelleVon(pfad);
        return { pfad, offset: (zeilenAnfang[s.zeile - ersteZeile] ?? roh.length) + s.spalte - 1 };
      })
      // Bei gleicher Stelle das innerste Feld zuletzt („quellen[0]“ und „quellen[0].id“ beginnen gleich).
      .sort((a, b) => a.offset - b.offset || a.pfad.length - b.pfad.length);
    return sortiert;
  };
  /** Index des letzten Feldes, das an oder vor `offset` beginnt (binäre Suche), sonst -1. */
  const feldIndex = (offset: number) => {
    const liste = nachStelle();
    let unten = -1;
    let oben = liste.length - 1;
    while (unten < oben) {
      const mitte = (unten + oben + 1) >> 1;
      if (liste[mitte]!.offset <= offset) unten = mitte;
      else oben = mitte - 1;
    }
    return unten;
  };
  /** Der Quelltext eines Feldes: von seiner Stelle bis zur Stelle des nächsten Feldes. */
  const quelleVon = (pfad: PropertyKey[]) => {
    const liste = nachStelle();
    const eigen = liste.find((f) => f.pfad === pfad);
    if (!eigen) return roh;
    let i = feldIndex(eigen.offset) + 1;
    while (i < liste.length && liste[i]!.offset <= eigen.offset) i++;
    return roh.slice(eigen.offset, liste[i]?.offset ?? roh.length);
  };
  const mitSchwere = (f: ZeichenFund) => (f.schwere === 'warnung' ? { schwere: 'warnung' as const } : {});

  // 1. Zeichen, die wörtlich im YAML stehen (auch in Kommentaren): genaue Stelle, Feld davor.
  const funde = findeUnsichtbareZeichen(roh, { dateianfang: !istMdx });
  for (const f of funde.slice(0, HOECHSTENS_FUNDE)) {
    // Auf einer Kommentarzeile gehört das Zeichen zu keinem Feld.
    const zeile = roh.slice(roh.lastIndexOf('\n', f.index - 1) + 1, f.index);
    const feld = /^\s*#/.test(zeile) ? undefined : nachStelle()[feldIndex(f.index)];
    befunde.push({
      datei,
      ...stelleAn(f.index),
      regel: 'unsichtbare-zeichen',
      feld: feld ? feldPfad(feld.pfad) : undefined,
      meldung: `Hier steht ${zeichenArt(f)} ${umgebung(roh, f.index)}: ${zeichenText(f)}. ${zeichenGefahr(f)}`,
      hinweis: zeichenHinweis(f),
      ...mitSchwere(f),
    });
  }
  if (funde.length > HOECHSTENS_FUNDE) {
    befunde.push({
      datei,
      ...stelleAn(funde[HOECHSTENS_FUNDE]!.index),
      regel: 'unsichtbare-zeichen',
      ...weitereFunde(funde.length - HOECHSTENS_FUNDE),
    });
  }

  // Wörter mit lateinischen und kyrillischen oder griechischen Buchstaben, etwa in titel oder autoren.
  for (const f of findeGemischteSchrift(roh).slice(0, HOECHSTENS_FUNDE)) {
    const feld = nachStelle()[feldIndex(f.index)];
    befunde.push({
      datei,
      ...stelleAn(f.index),
      regel: 'gemischte-schrift',
      feld: feld ? feldPfad(feld.pfad) : undefined,
      ...schriftMeldung(f),
      ...(f.schwere === 'warnung' ? { schwere: 'warnung' as const } : {}),
    });
  }

  for (const { pfad, wert } of felder) {
    if (befunde.length > 2 * HOECHSTENS_FUNDE) break;
    const stelle = () => yaml.stelleVon(pfad);
    // 2. Zeichen, die erst eine Escape-Folge („\u202E“) in Anführungszeichen erzeugt.
    if (typeof wert === 'string') {
      const gesehen = new Set<number>();
      for (const f of findeUnsichtbareZeichen(wert)) {
        if (gesehen.has(f.codepunkt) || quelleVon(pfad).includes(String.fromCodePoint(f.codepunkt))) continue;
        gesehen.add(f.codepunkt);
        befunde.push({
          datei,
          ...stelle(),
          regel: 'unsichtbare-zeichen',
          feld: feldPfad(pfad),
          meldung: `Der Wert enthält als Escape-Folge („\\u…“) ${zeichenArt(f)}: ${zeichenText(f)}. ${zeichenGefahr(f)}`,
          hinweis: `Löschen Sie die Escape-Folge ${f.code.replace('U+', '\\u')} aus dem Wert.`,
          ...mitSchwere(f),
        });
      }
    }
    // 3. Adressen: quellen[].url, website, quelle.url im Glossar und jeder Wert, der mit https:// beginnt.
    const name = String(pfad.at(-1));
    if (
      typeof wert === 'string' &&
      (ADRESS_FELD.test(name) || /^\s*(?:https?:|mailto:|[/\\]{2})/i.test(wert)) &&
      !gefaehrlichesSchema(wert)
    ) {
      for (const p of pruefeAdresse(wert.trim())) {
        befunde.push({
          datei,
          ...stelle(),
          regel: 'taeuschende-url',
          feld: feldPfad(pfad),
          meldung: `${p.meldung} (Adresse: „${kurzeAdresse(wert.trim())}“)`,
          hinweis: p.hinweis,
        });
      }
    }
    // 4. Eine Quelle erscheint als Link mit ihrem Titel als Text: Nennt der Titel einen anderen Server, täuscht er.
    if (wert && typeof wert === 'object' && !Array.isArray(wert)) {
      const { titel, url } = wert as { titel?: unknown; url?: unknown };
      if (typeof titel === 'string' && typeof url === 'string') {
        const fremd = fremderHostImLinktext(titel, url.trim());
        if (fremd) {
          const titelPfad = [...pfad, 'titel'];
          const { meldung } = linktextMeldung(
            fremd.geschrieben,
            fremd.ziel,
            'Der Titel der Quelle erscheint als Linktext und',
          );
          const hinweis = `Schreiben Sie unter „titel“ den Titel der Seite, wie er auf ihr steht (ohne Adresse), oder tragen Sie unter „url“ die Adresse von „${fremd.geschrieben}“ ein.`;
          befunde.push({
            datei,
            ...yaml.stelleVon(titelPfad),
            regel: 'taeuschende-url',
            feld: feldPfad(titelPfad),
            meldung,
            hinweis,
          });
        }
      }
    }
  }
  return befunde;
}
