/**
 * Felder eines Datensatzes aus seinem JSON-Schema, für die Beschreibung der
 * Schnittstelle auf /api/: Die Dokumentation kommt aus denselben Schemas wie
 * die Daten und kann nicht veralten.
 */

interface JsonSchema {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
}

/** Art eines Feldes, sprachneutral; die Seite übersetzt sie. */
export type FeldArt =
  'text' | 'datum' | 'adresse' | 'email' | 'zahl' | 'ganzzahl' | 'wahrheitswert' | 'objekt' | 'liste' | 'auswahl';

export interface Feld {
  name: string;
  art: FeldArt;
  /** Bei Listen: die Art der Elemente. */
  elemente?: FeldArt | undefined;
  /** Erlaubte Werte einer Auswahl. */
  werte?: string[] | undefined;
  pflicht: boolean;
  beschreibung: string;
  /** Felder eines Objekts (eine Ebene tiefer). */
  unterfelder?: Feld[] | undefined;
}

function artVon(s: JsonSchema): FeldArt {
  if (s.enum || s.const !== undefined) return 'auswahl';
  const typ = Array.isArray(s.type) ? s.type[0] : s.type;
  if (typ === 'string') {
    if (s.format === 'date') return 'datum';
    if (s.format === 'uri') return 'adresse';
    if (s.format === 'email') return 'email';
    return 'text';
  }
  if (typ === 'integer') return 'ganzzahl';
  if (typ === 'number') return 'zahl';
  if (typ === 'boolean') return 'wahrheitswert';
  if (typ === 'array') return 'liste';
  return 'objekt';
}

/** Die Felder eines Objekt-Schemas, in der Reihenfolge des Schemas; Objekte mit ihren Unterfeldern. */
export function felderAus(schema: JsonSchema): Feld[] {
  const pflicht = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, s]) => {
    const art = artVon(s);
    const auswahl =
      art === 'auswahl' ? s : art === 'liste' && s.items && artVon(s.items) === 'auswahl' ? s.items : undefined;
    const objekt = art === 'objekt' ? s : art === 'liste' && s.items?.properties ? s.items : undefined;
    return {
      name,
      art,
      elemente: art === 'liste' && s.items ? artVon(s.items) : undefined,
      werte: auswahl ? (auswahl.enum ?? [auswahl.const]).map(String) : undefined,
      pflicht: pflicht.has(name),
      beschreibung: s.description ?? s.items?.description ?? '',
      unterfelder: objekt?.properties ? felderAus(objekt) : undefined,
    };
  });
}
