/**
 * Export und Import der Eingaben als JSON-Datei (Schema: src/schemas/anbindung-export.ts)
 * und ihr Speicher im localStorage. Nur Browser-APIs, kein Netz: Die Datei
 * entsteht im Browser und wird nirgends hochgeladen.
 */
import '../editor/zod-ohne-eval.ts';
import { anbindungExportSchema, EXPORT_FORMAT, heute, type AnbindungExport } from '../../schemas/index.ts';

export type Eintrag = AnbindungExport['leistungen'][number];

/** Zustand einer Seite: Kommune und je Leistung Variante und Werte. */
export interface Zustand {
  kommune?: string | undefined;
  leistungen: Eintrag[];
}

const SCHLUESSEL = (seite: string) => `atlas-anbindung-${seite}`;

/** Liest den gespeicherten Zustand; Unlesbares (alte oder fremde Daten) wird ignoriert. */
export function lade(seite: string): Zustand | undefined {
  try {
    const roh = localStorage.getItem(SCHLUESSEL(seite));
    if (!roh) return undefined;
    const ergebnis = anbindungExportSchema.safeParse(JSON.parse(roh));
    return ergebnis.success ? { kommune: ergebnis.data.kommune, leistungen: ergebnis.data.leistungen } : undefined;
  } catch {
    return undefined;
  }
}

export function speichere(seite: string, zustand: Zustand): void {
  try {
    localStorage.setItem(SCHLUESSEL(seite), JSON.stringify(alsExport(zustand)));
  } catch {
    // Privater Modus oder voller Speicher: Die Seite funktioniert weiter, nur ohne Gedächtnis.
  }
}

export function loesche(seite: string): void {
  try {
    localStorage.removeItem(SCHLUESSEL(seite));
  } catch {
    // siehe speichere
  }
}

/** Die Exportdatei: nur gesetzte Werte, damit sie lesbar bleibt. */
export function alsExport(zustand: Zustand): AnbindungExport {
  return {
    format: EXPORT_FORMAT,
    version: 1,
    erstellt: heute(),
    ...(zustand.kommune ? { kommune: zustand.kommune } : {}),
    leistungen: zustand.leistungen.map((l) => ({
      leistung: l.leistung,
      ...(l.variante ? { variante: l.variante } : {}),
      werte: Object.fromEntries(Object.entries(l.werte).filter(([, w]) => w.trim() !== '')),
    })),
  };
}

/** Bietet die Datei zum Herunterladen an. */
export function herunterladen(name: string, zustand: Zustand): void {
  const blob = new Blob([`${JSON.stringify(alsExport(zustand), null, 2)}\n`], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** Liest eine importierte Datei; wirft mit deutscher Meldung, wenn sie nicht zum Schema passt. */
export async function leseImport(datei: File): Promise<Zustand> {
  let json: unknown;
  try {
    json = JSON.parse(await datei.text());
  } catch {
    throw new Error('Die Datei ist kein gültiges JSON.');
  }
  const ergebnis = anbindungExportSchema.safeParse(json);
  if (!ergebnis.success) {
    const p = ergebnis.error.issues[0];
    throw new Error(`${p?.path.join('.') || 'Datei'}: ${p?.message ?? 'unbekannter Fehler'}`);
  }
  return { kommune: ergebnis.data.kommune, leistungen: ergebnis.data.leistungen };
}
