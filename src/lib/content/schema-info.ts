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

/** Ähnlichster Name nach Editierdistanz, wenn er nah genug ist (Tippfehler). */
export function aehnlichster(name: string, kandidaten: readonly string[]): string | undefined {
  let bester: string | undefined;
  let besteDistanz = Infinity;
  for (const k of kandidaten) {
    const d = distanz(name.toLowerCase(), k.toLowerCase());
    if (d < besteDistanz) [bester, besteDistanz] = [k, d];
  }
  return besteDistanz <= Math.max(2, Math.floor(name.length / 3)) ? bester : undefined;
}

function distanz(a: string, b: string): number {
  let vorher = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const jetzt = [i];
    for (let j = 1; j <= b.length; j++) {
      jetzt[j] = Math.min(vorher[j]! + 1, jetzt[j - 1]! + 1, vorher[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    vorher = jetzt;
  }
  return vorher[b.length]!;
}
