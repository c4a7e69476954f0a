/**
 * Fragen am Terminal (node:readline) und die gemeinsame Regel aller Schritte:
 * Was als Angabe auf der Kommandozeile steht, wird geprüft und übernommen;
 * sonst wird gefragt, mit --yes die Vorgabe genommen.
 */
import { createInterface } from 'node:readline/promises';
import type { Frage, Kontext } from './kontext.ts';

/** Prüft eine Antwort gegen Auswahl und Prüffunktion der Frage; gibt den Wert oder eine Fehlermeldung zurück. */
export function bewerte(frage: Frage, antwort: string): { wert?: string; fehler?: string } {
  const eingabe = antwort.trim() || frage.standard || '';
  if (frage.optionen) {
    const nummer = Number(eingabe);
    const option =
      Number.isInteger(nummer) && nummer >= 1
        ? frage.optionen[nummer - 1]
        : frage.optionen.find((o) => o.wert === eingabe);
    if (!option)
      return { fehler: `„${eingabe}“ ist keine der Möglichkeiten: ${frage.optionen.map((o) => o.wert).join(', ')}.` };
    return { wert: option.wert };
  }
  const fehler = frage.pruefe?.(eingabe);
  return fehler ? { fehler } : { wert: eingabe };
}

/**
 * Fragt am Terminal, bis die Antwort passt. Liest Zeile für Zeile über den
 * Iterator von readline, damit auch umgeleitete Eingaben (printf … | npm run neu)
 * keine Zeile verlieren.
 */
export function terminalFragen(): { frage: (frage: Frage) => Promise<string>; schliessen: () => void } {
  const rl = createInterface({ input: process.stdin, terminal: process.stdin.isTTY });
  const zeilen = rl[Symbol.asyncIterator]();
  return {
    async frage(frage) {
      for (;;) {
        const liste = frage.optionen?.map((o, i) => `  ${i + 1}) ${o.name}`).join('\n');
        const vorgabe = frage.standard ? ` [${frage.standard}]` : '';
        process.stdout.write(`${frage.text}${liste ? `\n${liste}\n` : ''}${vorgabe}: `);
        const zeile = await zeilen.next();
        if (zeile.done) throw new Error('Die Eingabe endete, bevor alle Fragen beantwortet waren.');
        const { wert, fehler } = bewerte(frage, zeile.value);
        if (wert !== undefined) return wert;
        console.log(`  ${fehler}`);
      }
    },
    schliessen: () => rl.close(),
  };
}

/**
 * Holt eine Angabe: aus der Option `name` der Kommandozeile (geprüft), mit
 * --yes aus der Vorgabe, sonst durch eine Frage.
 */
export async function erfrage(kontext: Kontext, name: string, wert: string | undefined, frage: Frage): Promise<string> {
  if (wert !== undefined || kontext.optionen.yes) {
    if (wert === undefined && frage.standard === undefined) {
      return abbrechen(kontext, `Mit --yes fehlt die Angabe --${name} (${frage.text}).`);
    }
    const ergebnis = bewerte(frage, wert ?? '');
    if (ergebnis.wert !== undefined) return ergebnis.wert;
    return abbrechen(kontext, `--${name}: ${ergebnis.fehler}`);
  }
  return kontext.frage(frage);
}

/** Meldet einen Fehler und beendet mit Exit-Code 2 (falscher Aufruf). */
export function abbrechen(kontext: Kontext, meldung: string): never {
  kontext.ausgabe(`Fehler: ${meldung}`);
  return kontext.beenden(2);
}
