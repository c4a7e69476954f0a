/**
 * Das Profil einer neuen Kommune (content/kommunen/<kommune>.yaml): Wer im
 * Editor den ersten Beitrag einer Kommune schreibt, die es auf der Website
 * noch nicht gibt, legt ihr Profil gleich mit an. Beide Dateien prüft derselbe
 * Treiber zusammen (pruefung.ts), und beide werden zusammen eingereicht.
 */
import { stringify } from 'yaml';
import { SAMMLUNGEN } from '../../modell/sammlungen.ts';
import { kommuneId } from '../../modell/slug.ts';
import type { KommuneEntwurf } from './entwurf.ts';

/** Wert der Auswahl „Kommune“ für eine Kommune, deren Profil im Editor entsteht (keine ID hat ein „+“). */
export const NEUE_KOMMUNE = '+neu';

export interface KommuneDatei {
  /** Name in der Webadresse, zugleich ID in der Sammlung „kommunen“. */
  id: string;
  /** Ordner im Repository: „content/kommunen“. */
  ordner: string;
  /** Dateiname, z. B. „neustadt.yaml“. */
  name: string;
  /** Pfad im Repository: ordner/name. */
  pfad: string;
  text: string;
}

/** Ein leeres Profil; das Land ist Thüringen, wo der Atlas entsteht. */
export function leereKommune(): KommuneEntwurf {
  return {
    id: '',
    name: '',
    typ: '',
    land: 'Thüringen',
    ags: '',
    ars: '',
    einwohner: '',
    website: '',
    fiktiv: false,
    kontakt: '',
    pilot: [],
  };
}

/** Der Name in der Webadresse: selbst eingetragen, sonst aus dem Namen gebildet. */
export function idVon(k: KommuneEntwurf): string {
  return (k.idSelbst ? k.id.trim() : kommuneId(k.name)) || 'kommune';
}

/** Eine ganze Zahl, wenn es eine ist; sonst der Text, damit das Schema ihn meldet. */
function zahl(wert: string): number | string {
  const n = Number(wert.replace(/[.\s]/g, ''));
  return Number.isFinite(n) && /\d/.test(wert) ? n : wert;
}

/** Die Daten des Profils in der Reihenfolge des Schemas; leere Pflichtfelder bleiben stehen, damit die Prüfung sie meldet. */
export function kommuneDaten(k: KommuneEntwurf): Record<string, unknown> {
  const daten: Record<string, unknown> = { name: k.name.trim(), typ: k.typ, land: k.land };
  if (k.ags.trim()) daten.ags = k.ags.trim();
  if (k.ars.trim()) daten.ars = k.ars.trim();
  if (k.einwohner.trim()) daten.einwohner = zahl(k.einwohner.trim());
  if (k.website.trim()) daten.website = k.website.trim();
  daten.fiktiv = k.fiktiv;
  daten.kontakt = k.kontakt.trim();
  daten.pilot = k.pilot.map((p) => ({ leistung: p.leistung, phase: p.phase, seit: p.seit }));
  return daten;
}

export function erzeugeKommuneDatei(k: KommuneEntwurf): KommuneDatei {
  const id = idVon(k);
  const ordner = `content/${SAMMLUNGEN.kommunen.ordner}`;
  const name = `${id}.yaml`;
  return { id, ordner, name, pfad: `${ordner}/${name}`, text: stringify(kommuneDaten(k), { lineWidth: 0 }) };
}
