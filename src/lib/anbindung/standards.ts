/**
 * Die Standards aller Anbindungsbögen als eine Liste: je Standard und Version
 * eine Zeile mit den Leistungen, die davon abhängen, der Quelle und ihrem
 * Zustand am Stichtag. Für die Seite /standards/, die offenen Daten und CSV.
 */
import { NICHT_VERIFIZIERT, type Anbindung } from '../../schemas/index.ts';

export interface BogenMitLeistung {
  leistung: string;
  titel: string;
  leistungsschluessel: readonly string[];
  anbindung: Anbindung;
}

export type StandardZustand = 'gueltig' | 'abgelaufen' | 'pruefung-ueberfaellig';

export interface StandardZeile {
  name: string;
  version: string;
  gueltigAb?: string | undefined;
  gueltigBis?: string | undefined;
  /** Das früheste Prüfdatum der Bögen, die den Standard nennen. */
  pruefenBis: string;
  zustand: StandardZustand;
  leistungen: { id: string; titel: string; leistungsschluessel: string[] }[];
  /** Quellen, wie die Bögen sie nennen; leer heißt „nicht verifiziert“. */
  quellen: { titel: string; url: string; abgerufen: string }[];
}

/** Zustand am Stichtag: abgelaufen vor überfällig, sonst gültig. */
export function zustandVon(
  s: { gueltigBis?: string | undefined; pruefenBis: string },
  stichtag: string,
): StandardZustand {
  if (s.gueltigBis && s.gueltigBis < stichtag) return 'abgelaufen';
  if (s.pruefenBis < stichtag) return 'pruefung-ueberfaellig';
  return 'gueltig';
}

export function standardsListe(boegen: readonly BogenMitLeistung[], stichtag: string): StandardZeile[] {
  const zeilen = new Map<string, StandardZeile>();
  for (const b of boegen) {
    for (const s of b.anbindung.standards) {
      const schluessel = `${s.name}\u0000${s.version}`;
      const zeile = zeilen.get(schluessel) ?? {
        name: s.name,
        version: s.version,
        gueltigAb: s.gueltigAb,
        gueltigBis: s.gueltigBis,
        pruefenBis: s.pruefenBis,
        zustand: 'gueltig' as StandardZustand,
        leistungen: [],
        quellen: [],
      };
      if (s.pruefenBis < zeile.pruefenBis) zeile.pruefenBis = s.pruefenBis;
      if (!zeile.leistungen.some((l) => l.id === b.leistung)) {
        zeile.leistungen.push({ id: b.leistung, titel: b.titel, leistungsschluessel: [...b.leistungsschluessel] });
      }
      const q = s.beleg === NICHT_VERIFIZIERT ? undefined : b.anbindung.quellen.find((x) => x.id === s.beleg);
      if (q && !zeile.quellen.some((x) => x.url === q.url))
        zeile.quellen.push({ titel: q.titel, url: q.url, abgerufen: q.abgerufen });
      zeile.zustand = zustandVon(zeile, stichtag);
      zeilen.set(schluessel, zeile);
    }
  }
  return [...zeilen.values()].sort(
    (a, b) => a.name.localeCompare(b.name, 'de') || a.version.localeCompare(b.version, 'de'),
  );
}

/** Eine CSV-Zeile nach RFC 4180 mit Semikolon (so öffnen deutsche Tabellenkalkulationen sie direkt). */
export function csvZeile(felder: readonly (string | number | undefined)[]): string {
  return felder
    .map((f) => {
      const text = f === undefined ? '' : String(f);
      return /[;"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(';');
}

/** CSV mit Byte-Order-Mark: Ohne ihn liest Excel UTF-8 als Windows-1252, und aus „ü“ wird „Ã¼“. */
export function csv(kopf: readonly string[], zeilen: readonly (readonly (string | number | undefined)[])[]): string {
  return `\uFEFF${[kopf, ...zeilen].map(csvZeile).join('\r\n')}\r\n`;
}
