/**
 * Der Bauplan (docs/architektur.md, „Schichten“) wird durchgesetzt:
 * `npm run schichten` meldet jeden Verstoß in einem absichtlich falschen Baum
 * (tests/fixtures/schichten/) und keinen im Projekt. Als eigener Prozess, weil
 * tests/ nicht aus scripts/ importieren darf.
 */
import { describe, expect, it } from 'vitest';
import { starteSkript } from '../helpers/prozess.ts';

const schichten = (...argumente: string[]) => starteSkript('scripts/schichten.ts', ...argumente);

describe('Schichtenprüfung', () => {
  it('meldet im falschen Baum jeden geplanten Verstoß und endet mit 1', () => {
    const { code, ausgabe } = schichten('--wurzel', 'tests/fixtures/schichten');
    expect(code).toBe(1);
    for (const erwartet of [
      'src/pruefung/kern/kern.ts → src/pruefung/node/rand.ts: pruefung-kern-unten',
      'src/lib/f.ts → src/lib/g.ts: kein-kreis',
      'src/components/Karte.astro → src/pages/seite.astro: komponenten-unter-seiten',
      'scripts/skript.ts → tests/hilfe.ts: skripte-nicht-tests',
      'Ordner im Kreis: src/a ↔ src/b: ordner-kreis',
      'src/browser/start.ts erreicht zur Laufzeit src/lib/datei.ts',
    ]) {
      expect(ausgabe).toContain(erwartet);
    }
    // Die .astro-Datei wurde gelesen, nicht übersprungen.
    expect(ausgabe).toMatch(/\(2 \.astro\)/);
  });

  it('findet im Projekt keinen Verstoß und liest auch die .astro-Dateien', () => {
    const { code, ausgabe } = schichten();
    expect(ausgabe).toMatch(/\b\d{3,} Module geprüft \(\d{2,} \.astro\), 0 Verstöße\./);
    expect(code).toBe(0);
  });
});
