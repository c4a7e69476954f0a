/**
 * Liest aus einem Zod-Schema, was Autorinnen über ein Feld wissen müssen: die
 * Beschreibung (aus .describe()) und die erlaubten Feldnamen. So stammen
 * Hinweise in Fehlermeldungen aus derselben Quelle wie die Regeln selbst.
 */
import type { z } from 'astro/zod';

interface Def {
  type: string;
  innerType?: z.ZodType;
  out?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
}

const def = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Hüllen (optional, default, preprocess …) eine nach der anderen, außen zuerst. */
function* huellen(schema: z.ZodType | undefined): Generator<z.ZodType> {
  while (schema) {
    yield schema;
    const d = def(schema);
    schema = d.innerType ?? (d.type === 'pipe' ? (def(d.in!).type === 'transform' ? d.out : d.in) : undefined);
  }
}

/** Das Teilschema an einem Feldpfad, z. B. ["pilot", 0, "phase"]. */
export function teilschema(schema: z.ZodType, pfad: readonly PropertyKey[]): z.ZodType | undefined {
  let aktuell: z.ZodType | undefined = schema;
  for (const teil of pfad) {
    let naechstes: z.ZodType | undefined;
    for (const h of huellen(aktuell)) {
      const d = def(h);
      if (d.type === 'object' && typeof teil === 'string') naechstes = d.shape?.[teil];
      if (d.type === 'array' && typeof teil === 'number') naechstes = d.element;
      if (naechstes) break;
    }
    if (!naechstes) return undefined;
    aktuell = naechstes;
  }
  return aktuell;
}

/** Die erste Beschreibung, von außen nach innen. */
export function beschreibungVon(schema: z.ZodType | undefined): string | undefined {
  for (const h of huellen(schema)) if (h.description) return h.description;
  return undefined;
}

/** Feldnamen eines Objektschemas an einem Pfad. */
export function erlaubteFelder(schema: z.ZodType, pfad: readonly PropertyKey[]): string[] {
  for (const h of huellen(teilschema(schema, pfad))) {
    const d = def(h);
    if (d.type === 'object') return Object.keys(d.shape ?? {});
  }
  return [];
}

/**
 * Ähnlichster Name nach Editierdistanz, wenn er nah genug ist (Tippfehler).
 * Begrenzt, weil Namen und Anker aus Beiträgen kommen: Kandidaten, deren Länge
 * schon weiter abweicht als erlaubt, werden übersprungen, und sehr lange
 * Namen sind keine Tippfehler (ein Korpusfall mit 80-KB-Ankern brauchte sonst
 * eine halbe Minute, Issue 20).
 */
export function aehnlichster(name: string, kandidaten: readonly string[]): string | undefined {
  if (name.length > MAX_NAME) return undefined;
  const grenze = Math.max(2, Math.floor(name.length / 3));
  let bester: string | undefined;
  let besteDistanz = grenze + 1;
  for (const k of kandidaten) {
    if (Math.abs(k.length - name.length) >= besteDistanz || k.length > MAX_NAME) continue;
    const d = distanz(name.toLowerCase(), k.toLowerCase(), besteDistanz);
    if (d < besteDistanz) [bester, besteDistanz] = [k, d];
  }
  return bester;
}

/** Längster Name, für den ein Vorschlag gesucht wird; Felder, Anker und Begriffe im Atlas sind viel kürzer. */
const MAX_NAME = 200;

/** Editierdistanz; bricht ab, sobald sie `hoechstens` erreicht (dann ist der Kandidat ohnehin zu weit weg). */
function distanz(a: string, b: string, hoechstens = Infinity): number {
  let vorher = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const jetzt = [i];
    let kleinste = i;
    for (let j = 1; j <= b.length; j++) {
      jetzt[j] = Math.min(vorher[j]! + 1, jetzt[j - 1]! + 1, vorher[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      kleinste = Math.min(kleinste, jetzt[j]!);
    }
    if (kleinste >= hoechstens) return hoechstens;
    vorher = jetzt;
  }
  return vorher[b.length]!;
}
