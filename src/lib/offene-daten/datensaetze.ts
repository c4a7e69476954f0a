/**
 * Die Datensätze der offenen Daten aus dem Atlas: Inhalte wie in content/,
 * dazu IDs, absolute Adressen und Verknüpfungen. Jede Datei wird vor der
 * Ausgabe gegen ihr eigenes Schema geprüft; was hinausgeht, entspricht also
 * dem veröffentlichten JSON-Schema.
 */
import { t } from '../../i18n/de.ts';
import type { Atlas } from '../atlas.ts';
import { ersterTeil } from '../atlas.ts';
import { absolut, url } from '../../modell/urls.ts';
import { heute } from '../../schemas/index.ts';
import { standardsListe } from '../anbindung/standards.ts';
import { API_VERSION, DATEI_NAMEN, DATEIEN, dateiSchema, indexSchema, type DateiName } from './schemas.ts';

export interface Grundlagen {
  atlas: Atlas;
  /** Öffentliche Adresse der Website. */
  site: URL | string;
  /** Datum des Builds (JJJJ-MM-TT). */
  erzeugt: string;
  /** Letzte Änderung einer Datei laut git (JJJJ-MM-TT), sonst undefined. */
  geaendert: (datei: string) => string | undefined;
  /** Seiten je Glossar-ID, die den Begriff verwenden. */
  verwendungen: ReadonlyMap<string, { href: string }[]>;
}

export const adressen = {
  datei: (name: DateiName | 'index') => url.apiDatei(`${name}.json`),
  schema: (name: DateiName | 'index' | 'anbindungsbogen') => url.apiDatei(`schemas/${name}.schema.json`),
  csv: (name: 'standards' | 'anbindung-werte') => url.apiDatei(`${name}.csv`),
};

/** Nur gesetzte Felder: `geaendert` fehlt lieber, als `null` zu sein. */
const mitAenderung = (datei: string | undefined, g: Grundlagen) => {
  const datum = datei ? g.geaendert(datei) : undefined;
  return datum ? { geaendert: datum } : {};
};

function datensaetze(name: DateiName, g: Grundlagen): unknown[] {
  const a = g.atlas;
  const abs = (pfad: string) => absolut(pfad, g.site);
  switch (name) {
    case 'leistungen':
      return a.leistungen.map((l) => ({
        ...l.data,
        id: l.id,
        url: abs(url.leistung(l.id)),
        dossier: abs(url.dossier(l.id)),
        konzepte: a.konzepteVon(l.id).map((k) => k.id),
        kommunen: a.pilotenVon(l.id).map((p) => p.kommune.id),
      }));
    case 'konzepte':
      return a.konzepte.map((k) => ({
        ...k.data,
        id: k.id,
        leistung: ersterTeil(k.id),
        url: abs(url.konzept(k.id)),
        ...mitAenderung(k.filePath, g),
      }));
    case 'bausteine':
      return a.querschnitt.map((q) => ({
        ...q.data,
        id: q.id,
        url: abs(url.querschnitt(q.id)),
        leistungen: a.leistungenMitBaustein(q.id).map((l) => l.id),
        ...mitAenderung(q.filePath, g),
      }));
    case 'kommunen':
      return a.kommunen.map((k) => ({ ...k.data, id: k.id, url: abs(url.kommune(k.id)) }));
    case 'beitraege':
      return a.beitraege.map((b) => ({
        ...b.data,
        id: b.id,
        kommune: ersterTeil(b.id),
        url: abs(url.beitrag(b.id)),
        ...mitAenderung(b.filePath, g),
      }));
    case 'anbindungen':
      return a.anbindungen.map((b) => ({
        ...b.data,
        id: b.id,
        leistungsschluessel: a.leistung(b.id).data.leistungsschluessel,
        url: abs(url.anbindung(b.id)),
      }));
    case 'standards':
      return standardsListe(boegen(a), g.erzeugt || heute());
    case 'glossar':
      return a.glossar.map((e) => ({
        ...e.data,
        id: e.id,
        url: abs(url.begriff(e.data.begriff)),
        verwendetIn: (g.verwendungen.get(e.id) ?? []).map((s) => abs(s.href)),
      }));
  }
}

/** Die Anbindungsbögen mit Titel und Leistungsschlüsseln ihrer Leistung. */
export function boegen(a: Atlas) {
  return a.anbindungen.map((b) => {
    const l = a.leistung(b.id);
    return { leistung: b.id, titel: l.data.titel, leistungsschluessel: l.data.leistungsschluessel, anbindung: b.data };
  });
}

function kopf(name: DateiName | 'index', g: Grundlagen) {
  return {
    $schema: absolut(adressen.schema(name), g.site),
    version: API_VERSION,
    erzeugt: g.erzeugt,
    quelle: absolut(url.start(), g.site),
    hinweis: t('offene-daten.hinweis'),
  };
}

/** Inhalt einer Datei unter /api/v1/, geprüft gegen ihr Schema. */
export function datei(name: DateiName, g: Grundlagen) {
  const daten = datensaetze(name, g);
  const ergebnis = dateiSchema(name).safeParse({ ...kopf(name, g), anzahl: daten.length, daten });
  if (!ergebnis.success) {
    throw new Error(`Offene Daten: ${name}.json passt nicht zu seinem Schema:\n${ergebnis.error.message}`, {
      cause: ergebnis.error,
    });
  }
  return ergebnis.data;
}

/** Das Verzeichnis /api/v1/index.json. */
export function verzeichnis(g: Grundlagen) {
  return indexSchema.parse({
    ...kopf('index', g),
    dateien: DATEI_NAMEN.map((name) => ({
      name,
      titel: DATEIEN[name].titel,
      url: absolut(adressen.datei(name), g.site),
      schema: absolut(adressen.schema(name), g.site),
      anzahl: datensaetze(name, g).length,
    })),
    feed: absolut(url.feed(), g.site),
    dokumentation: absolut(url.api(), g.site),
  });
}
