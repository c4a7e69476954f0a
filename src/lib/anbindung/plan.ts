/**
 * Was aus einem Anbindungsbogen für eine gewählte Variante folgt: Schritte,
 * Aufgaben je Rolle, nötige Werte und deren Prüfung, und der Plan über
 * mehrere Leistungen. Rein und ohne Astro: Seiten, Browser-Code und Tests
 * nutzen dieselben Funktionen.
 */
import { pruefeWert } from '../../schemas/anbindung-formate.ts';
import type { Anbindung } from '../../schemas/anbindung.ts';

type Schritt = Anbindung['schritte'][number];
type Wert = Anbindung['werte'][number];

/** Gilt ein Eintrag mit `varianten` für die gewählte Variante? Ohne Wahl oder ohne Liste: ja. */
export const giltFuer = (eintrag: { varianten?: readonly string[] | undefined }, variante?: string): boolean =>
  !variante || !eintrag.varianten?.length || eintrag.varianten.includes(variante);

/** Schritte der Variante in ihrer Reihenfolge. */
export const schritteFuer = (a: Anbindung, variante?: string): Schritt[] =>
  a.schritte.filter((s) => giltFuer(s, variante));

/** Werte, die für die Variante nötig sind. */
export const werteFuer = (a: Anbindung, variante?: string): Wert[] => a.werte.filter((w) => giltFuer(w, variante));

/** Schritte nach Rolle, Rollen in der Reihenfolge ihres ersten Schritts. */
export function nachRolle(schritte: readonly Schritt[]): Map<Schritt['rolle'], Schritt[]> {
  const karte = new Map<Schritt['rolle'], Schritt[]>();
  for (const s of schritte) karte.set(s.rolle, [...(karte.get(s.rolle) ?? []), s]);
  return karte;
}

/**
 * Prüft eingetragene Werte gegen Format und „für diese Variante nötig“.
 * Gibt je Wert-ID die deutsche Meldung zurück; leere, nicht nötige Werte sind in Ordnung.
 */
export function pruefeWerte(
  a: Anbindung,
  variante: string | undefined,
  werte: Record<string, string>,
): Map<string, string> {
  const meldungen = new Map<string, string>();
  for (const w of a.werte) {
    const wert = (werte[w.id] ?? '').trim();
    const noetig = variante !== undefined && giltFuer(w, variante);
    if (!wert) {
      if (noetig) meldungen.set(w.id, `„${w.label}“ ist für diesen Transportweg nötig.`);
      continue;
    }
    const fehler = pruefeWert(w.format, wert);
    if (fehler) meldungen.set(w.id, fehler);
  }
  return meldungen;
}

/** Eine Leistung im Plan: ihr Bogen und die gewählte Variante. */
export interface PlanAuswahl {
  leistung: string;
  titel: string;
  anbindung: Anbindung;
  variante?: string | undefined;
}

export interface GemeinsamerSchritt {
  art: NonNullable<Schritt['gemeinsam']>;
  titel: string;
  rolle: Schritt['rolle'];
  konzept?: string | undefined;
  /** Leistungen, die dieser Schritt freischaltet, in Reihenfolge der Auswahl. */
  leistungen: { leistung: string; titel: string }[];
}

/**
 * Der Plan über mehrere Leistungen: Arbeit, die Leistungen teilen (Zertifikat,
 * DVDV-Eintrag, PVOG, Zustellpunkt), steht einmal mit den Leistungen, die sie
 * freischaltet; danach die übrigen Schritte je Leistung.
 */
export function plan(auswahl: readonly PlanAuswahl[]): {
  gemeinsam: GemeinsamerSchritt[];
  jeLeistung: { leistung: string; titel: string; schritte: Schritt[] }[];
} {
  const gemeinsam = new Map<string, GemeinsamerSchritt>();
  const jeLeistung = auswahl.map(({ leistung, titel, anbindung, variante }) => {
    const eigene: Schritt[] = [];
    for (const s of schritteFuer(anbindung, variante)) {
      if (!s.gemeinsam) {
        eigene.push(s);
        continue;
      }
      const g = gemeinsam.get(s.gemeinsam) ?? {
        art: s.gemeinsam,
        titel: s.titel,
        rolle: s.rolle,
        konzept: s.konzept,
        leistungen: [],
      };
      if (!g.leistungen.some((l) => l.leistung === leistung)) g.leistungen.push({ leistung, titel });
      gemeinsam.set(s.gemeinsam, g);
    }
    return { leistung, titel, schritte: eigene };
  });
  return { gemeinsam: [...gemeinsam.values()], jeLeistung };
}
