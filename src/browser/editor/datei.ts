/**
 * Macht aus dem Entwurf die vollständige .mdx-Datei (Front Matter und
 * Pflichtabschnitte) und merkt sich, in welcher Zeile jeder Abschnitt steht:
 * So zeigen Befunde der Prüfung auf den Abschnitt und die Zeile darin.
 * Wie „npm run neu“ steht in einem leeren Abschnitt der Platzhalter der Vorlage.
 */
import { stringify } from 'yaml';
import { slug } from '../../modell/slug.ts';
import { BEITRAG_ABSCHNITTE, PLATZHALTER } from '../../schemas/abschnitte.ts';
import { SAMMLUNGEN } from '../../modell/sammlungen.ts';
import { STECKBRIEF_FELDER, STECKBRIEF_ZAHLEN, type Entwurf } from './entwurf.ts';

/** Wo ein Abschnitt in der Datei steht (Zeilen 1-basiert). */
export interface AbschnittStelle {
  titel: string;
  /** Zeile der Überschrift „## …“. */
  ueberschrift: number;
  /** Erste Zeile des Textes unter der Überschrift. */
  start: number;
  /** Letzte Zeile des Textes. */
  ende: number;
  /** Ob der Abschnitt noch leer ist (dann steht der Platzhalter darin). */
  leer: boolean;
}

export interface BeitragDatei {
  /** ID wie in der Sammlung „beitraege“: „kommune/slug“. */
  id: string;
  /** Ordner im Repository, z. B. „content/beitraege/musterstadt“. */
  ordner: string;
  /** Dateiname, z. B. „umsetzung-wohngeld.mdx“. */
  name: string;
  /** Pfad im Repository: ordner/name. */
  pfad: string;
  text: string;
  /** Letzte Zeile des Front Matters (die schließende „---“). */
  kopfEnde: number;
  abschnitte: AbschnittStelle[];
}

/** Die Pflichtabschnitte der gewählten Art; ohne Art keine. */
export function abschnitteVon(entwurf: Entwurf): readonly string[] {
  return entwurf.art ? BEITRAG_ABSCHNITTE[entwurf.art] : [];
}

/** Dateiname aus dem Titel, wie „npm run neu“ ihn bildet (src/modell/slug.ts). */
export function dateiname(titel: string): string {
  return slug(titel) || 'beitrag';
}

/** Ein Zahlenfeld: Zahl, wenn es eine ist; sonst der Text, damit das Schema ihn meldet. */
function zahl(wert: string): number | string {
  const n = Number(wert.replace(',', '.'));
  return wert.trim() !== '' && Number.isFinite(n) ? n : wert;
}

/** Das Front Matter als Objekt, Felder in der Reihenfolge des Schemas; leere Pflichtfelder bleiben stehen, damit die Prüfung sie meldet. */
export function frontMatter(entwurf: Entwurf): Record<string, unknown> {
  const daten: Record<string, unknown> = {
    titel: entwurf.titel.trim(),
    beschreibung: entwurf.beschreibung.trim(),
    leistung: entwurf.leistung,
    art: entwurf.art,
    datum: entwurf.datum,
    autoren: entwurf.autoren
      .split('\n')
      .map((a) => a.trim())
      .filter(Boolean),
    status: entwurf.status,
  };
  if (entwurf.bezug) daten.bezug = entwurf.bezug;
  const quellen = (entwurf.quellen ?? []).filter((q) => Object.values(q).some((w) => w.trim() !== ''));
  if (quellen.length) {
    // Leere Angaben bleiben weg; fehlt etwas Nötiges, meldet es die Prüfung.
    daten.quellen = quellen.map((q) =>
      Object.fromEntries(
        (['id', 'titel', 'url', 'art', 'abgerufen'] as const)
          .map((k) => [k, q[k].trim()] as const)
          .filter(([, w]) => w !== ''),
      ),
    );
  }
  if (entwurf.art === 'umsetzung') {
    const steckbrief: Record<string, unknown> = {};
    for (const feld of STECKBRIEF_FELDER) {
      const wert = entwurf.steckbrief[feld]?.trim() ?? '';
      if (STECKBRIEF_ZAHLEN.includes(feld)) {
        if (wert) steckbrief[feld] = zahl(wert);
      } else {
        steckbrief[feld] = wert;
      }
    }
    daten.steckbrief = steckbrief;
  }
  return daten;
}

/** Text eines Abschnitts ohne Leerzeilen am Rand; Windows-Zeilenenden werden zu „\n“. */
const bereinigt = (text: string | undefined) => (text ?? '').replace(/\r\n?/g, '\n').replace(/^\s*\n|\s+$/g, '');

/**
 * Die Fußnoten am Dokumentende: je zitierter Kennung eine Zeile mit der
 * Fundstelle (sonst dem Titel der Quelle). Die Autorin setzt nur [^kennung] in
 * den Text; die Zeile am Ende schreibt der Editor, damit nichts doppelt oder
 * verwaist steht.
 */
function fussnoten(entwurf: Entwurf): string[] {
  const text = abschnitteVon(entwurf)
    .map((titel) => entwurf.abschnitte[titel] ?? '')
    .join('\n');
  const zitiert = new Set([...text.matchAll(/\[\^([^\]\s]+)\](?!:)/g)].map((m) => m[1]!));
  const zeilen: string[] = [];
  for (const id of zitiert) {
    const quelle = (entwurf.quellen ?? []).find((q) => q.id.trim() === id);
    const fundstelle = (quelle?.fundstelle.trim() || quelle?.titel.trim() || '').replace(/\s+/g, ' ');
    // Ohne passende Quelle bleibt die Fußnote ohne Zeile: Die Prüfung meldet sie dann am Satz.
    if (quelle && fundstelle) zeilen.push(`[^${id}]: ${fundstelle}`);
  }
  return zeilen.length ? ['', ...zeilen] : [];
}

/** Erzeugt die Datei aus dem Entwurf. */
export function erzeugeDatei(entwurf: Entwurf): BeitragDatei {
  const kommune = entwurf.kommune || 'kommune';
  const name = `${dateiname(entwurf.titel)}.mdx`;
  const ordner = `content/${SAMMLUNGEN.beitraege.ordner}/${kommune}`;
  const kopf = `---\n${stringify(frontMatter(entwurf), { lineWidth: 0 })}---\n`;
  const zeilen = kopf.split('\n');
  zeilen.pop();
  const kopfEnde = zeilen.length;
  const abschnitte: AbschnittStelle[] = [];
  for (const titel of abschnitteVon(entwurf)) {
    const text = bereinigt(entwurf.abschnitte[titel]);
    const inhalt = text || `{/* ${PLATZHALTER} zu „${titel}“. */}`;
    zeilen.push('', `## ${titel}`, '');
    const ueberschrift = zeilen.length - 1;
    const start = zeilen.length + 1;
    zeilen.push(...inhalt.split('\n'));
    abschnitte.push({ titel, ueberschrift, start, ende: zeilen.length, leer: !text });
  }
  zeilen.push(...fussnoten(entwurf));
  return {
    id: `${kommune}/${name.slice(0, -'.mdx'.length)}`,
    ordner,
    name,
    pfad: `${ordner}/${name}`,
    text: `${zeilen.join('\n')}\n`,
    kopfEnde,
    abschnitte,
  };
}
