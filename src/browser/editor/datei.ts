/**
 * Macht aus dem Entwurf die vollständige .mdx-Datei (Front Matter und
 * Pflichtabschnitte) und merkt sich, in welcher Zeile jeder Abschnitt steht:
 * So zeigen Befunde der Prüfung auf den Abschnitt und die Zeile darin.
 * Wie „npm run neu“ steht in einem leeren Abschnitt der Platzhalter der Vorlage.
 */
import { slug } from '../../modell/slug.ts';
import { BEITRAG_ABSCHNITTE, PLATZHALTER } from '../../schemas/abschnitte.ts';
import { BEITRAG_ARTEN, type BeitragArt } from '../../schemas/index.ts';
import { SAMMLUNGEN } from '../../modell/sammlungen.ts';
import type { Entwurf } from './entwurf.ts';
import { kopfText } from './kopf.ts';

/**
 * Schlüssel des Textes vor dem ersten Abschnitt: Er steht wie ein Abschnitt im
 * Formular (eigenes Textfeld, Befunde mit Zeile), hat aber keine Überschrift.
 */
export const EINLEITUNG = 'Vor dem ersten Abschnitt';

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
  /** Ob die Datei einen Beitrag der Website ändert („Im Editor bearbeiten“), statt einen neuen anzulegen. */
  bearbeitet: boolean;
  abschnitte: AbschnittStelle[];
}

/** Die Pflichtabschnitte der gewählten Art; ohne (gültige) Art keine. */
export function abschnitteVon(entwurf: Pick<Entwurf, 'art'>): readonly string[] {
  return (BEITRAG_ARTEN as readonly string[]).includes(entwurf.art)
    ? BEITRAG_ABSCHNITTE[entwurf.art as BeitragArt]
    : [];
}

/** Was in einem leeren Abschnitt steht: der Platzhalter der Vorlage, wie bei „npm run neu“. */
export function platzhalter(titel: string): string {
  return `{/* ${PLATZHALTER} zu „${titel}“. */}`;
}

/** Dateiname aus dem Titel, wie „npm run neu“ ihn bildet (src/modell/slug.ts). */
export function dateiname(titel: string): string {
  return slug(titel) || 'beitrag';
}

/** Text eines Abschnitts ohne Leerzeilen am Rand; Windows-Zeilenenden werden zu „\n“. */
const bereinigt = (text: string | undefined) => (text ?? '').replace(/\r\n?/g, '\n').replace(/^\s*\n|\s+$/g, '');

/** Kennungen, die im Text als Fußnote zitiert sind, in der Reihenfolge ihres ersten Zitats. */
export function zitierteKennungen(text: string): string[] {
  return [...new Set([...text.matchAll(/\[\^([^\]\s]+)\](?!:)/g)].map((m) => m[1]!))];
}

/**
 * Die Fußnoten am Dokumentende: je zitierter Kennung eine Zeile mit der
 * Fundstelle (sonst dem Titel der Quelle). Die Autorin setzt nur [^kennung] in
 * den Text; die Zeile am Ende schreibt der Editor, damit nichts doppelt oder
 * verwaist steht. Steht eine Zeile „[^kennung]: …“ schon im Text, schreibt er
 * keine zweite. Die Reihenfolge ist die der geöffneten Datei, sonst die der Zitate.
 */
function fussnoten(entwurf: Entwurf): string[] {
  const text = [
    entwurf.einleitung ?? '',
    ...abschnitteVon(entwurf).map((titel) => entwurf.abschnitte[titel] ?? ''),
  ].join('\n');
  const definiert = new Set([...text.matchAll(/^\[\^([^\]\s]+)\]:/gm)].map((m) => m[1]!));
  const folge = entwurf.herkunft?.fussnoten ?? [];
  const rang = (id: string) => (folge.includes(id) ? folge.indexOf(id) : folge.length);
  const zitiert = zitierteKennungen(text)
    .filter((id) => !definiert.has(id))
    .map((id, i) => ({ id, i }))
    .sort((a, b) => rang(a.id) - rang(b.id) || a.i - b.i)
    .map(({ id }) => id);
  const zeilen: string[] = [];
  for (const id of zitiert) {
    const quelle = (entwurf.quellen ?? []).find((q) => q.id.trim() === id);
    const fundstelle = (quelle?.fundstelle.trim() || quelle?.titel.trim() || '').replace(/\s+/g, ' ');
    // Ohne passende Quelle bleibt die Fußnote ohne Zeile: Die Prüfung meldet sie dann am Satz.
    if (quelle && fundstelle) zeilen.push(`[^${id}]: ${fundstelle}`);
  }
  return zeilen.length ? ['', ...zeilen] : [];
}

/** Der Pfad einer Datei, die hier bearbeitet wird: content/beitraege/<kommune>/<name>.mdx. */
export const BEITRAG_PFAD = new RegExp(
  `^content/${SAMMLUNGEN.beitraege.ordner}/([a-z0-9]+(?:-[a-z0-9]+)*)/([a-z0-9]+(?:-[a-z0-9]+)*)\\.mdx$`,
);

/** Erzeugt die Datei aus dem Entwurf. */
export function erzeugeDatei(entwurf: Entwurf): BeitragDatei {
  const kommune = entwurf.kommune || 'kommune';
  // Eine Datei der Website behält beim Bearbeiten ihren Namen; eine neue heißt nach ihrem Titel.
  const bisher = BEITRAG_PFAD.exec(entwurf.herkunft?.pfad ?? '')?.[2];
  const name = `${bisher ?? dateiname(entwurf.titel)}.mdx`;
  const ordner = `content/${SAMMLUNGEN.beitraege.ordner}/${kommune}`;
  const kopf = `---\n${kopfText(entwurf)}---\n`;
  const zeilen = kopf.split('\n');
  zeilen.pop();
  const kopfEnde = zeilen.length;
  const abschnitte: AbschnittStelle[] = [];
  const einleitung = bereinigt(entwurf.einleitung);
  if (einleitung) {
    zeilen.push('');
    const start = zeilen.length + 1;
    zeilen.push(...einleitung.split('\n'));
    // Ohne Überschrift: Befunde in der Zeile davor (der Leerzeile) gehören noch zum Kopf.
    abschnitte.push({ titel: EINLEITUNG, ueberschrift: start, start, ende: zeilen.length, leer: false });
  }
  for (const titel of abschnitteVon(entwurf)) {
    const text = bereinigt(entwurf.abschnitte[titel]);
    const inhalt = text || platzhalter(titel);
    zeilen.push('', `## ${titel}`, '');
    const ueberschrift = zeilen.length - 1;
    const start = zeilen.length + 1;
    zeilen.push(...inhalt.split('\n'));
    abschnitte.push({ titel, ueberschrift, start, ende: zeilen.length, leer: !text });
  }
  zeilen.push(...fussnoten(entwurf));
  const pfad = `${ordner}/${name}`;
  return {
    id: `${kommune}/${name.slice(0, -'.mdx'.length)}`,
    ordner,
    name,
    pfad,
    text: `${zeilen.join('\n')}\n`,
    kopfEnde,
    bearbeitet: entwurf.herkunft?.pfad === pfad,
    abschnitte,
  };
}
