/** Was die offenen Daten aus dem Build brauchen: Atlas, git-Daten, Verwendung der Begriffe, Datum. */
import { heute } from '../../schemas/index.ts';
import { atlas } from '../atlas.ts';
import { begriffVerwendungen } from '../begriff-verwendung.ts';
import { historie } from '../git.ts';
import type { Grundlagen } from './datensaetze.ts';

export async function grundlagen(site: URL | undefined): Promise<Grundlagen> {
  if (!site) throw new Error('Offene Daten brauchen die Adresse der Website (site in astro.config.mjs).');
  const a = await atlas();
  const geschichte = historie();
  return {
    atlas: a,
    site,
    erzeugt: heute(),
    geaendert: (datei) => geschichte.aenderungen(datei)[0]?.datum,
    verwendungen: begriffVerwendungen(a),
  };
}

/** Antwort mit lesbar formatiertem JSON. */
export function jsonAntwort(daten: unknown, typ = 'application/json'): Response {
  return new Response(`${JSON.stringify(daten, null, 2)}\n`, { headers: { 'Content-Type': `${typ}; charset=utf-8` } });
}
