/**
 * Ungültige Inhalte brechen `astro build` ab, bevor irgendein MDX kompiliert
 * wird, mit einer deutschen Meldung, die Datei und Feld nennt.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheOrdnerFuer } from '../../src/pruefung/node/cache-ordner.ts';
import { testinhalte, type Testinhalte } from '../../werkzeuge/testinhalte.ts';

let inhalte: Testinhalte | undefined;
afterEach(() => inhalte?.aufraeumen());

/** Baut mit `astro build` oder wie npm run build über scripts/build.ts (Astro, danach der Suchindex). */
function baue(ordner: string, skript = 'node_modules/astro/bin/astro.mjs'): { status: number | null; ausgabe: string } {
  const ausgabe = mkdtempSync(join(tmpdir(), 'atlas-dist-'));
  try {
    const befehl = skript.endsWith('astro.mjs') ? [skript, 'build'] : [skript];
    const ergebnis = spawnSync(process.execPath, [...befehl, '--outDir', ausgabe], {
      env: { ...process.env, ATLAS_CONTENT_DIR: ordner, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      encoding: 'utf8',
    });
    return { status: ergebnis.status, ausgabe: `${ergebnis.stdout}\n${ergebnis.stderr}` };
  } finally {
    rmSync(ausgabe, { recursive: true, force: true });
    rmSync(cacheOrdnerFuer(ordner), { recursive: true, force: true });
  }
}

describe('astro build mit ungültigen Inhalten', () => {
  it('npm run build (scripts/build.ts) endet mit Astros Exit-Code und der deutschen Meldung, ohne Suchindex', () => {
    inhalte = testinhalte();
    inhalte.ersetze('leistungen/testleistung/technisch.mdx', 'beschreibung:', 'beschriebung:');
    const { status, ausgabe } = baue(inhalte.ordner, 'scripts/build.ts');
    expect(status).toBe(1);
    expect(ausgabe).toContain('Unbekanntes Feld „beschriebung“');
    expect(ausgabe).toContain('Build abgebrochen');
    expect(ausgabe).not.toContain('Suchindex');
  });

  it('bricht bei einem vertippten Feld ab und nennt Datei, Zeile und Feld', () => {
    inhalte = testinhalte();
    inhalte.ersetze('leistungen/testleistung/technisch.mdx', 'beschreibung:', 'beschriebung:');
    const { status, ausgabe } = baue(inhalte.ordner);
    expect(status).not.toBe(0);
    expect(ausgabe).toContain('leistungen/testleistung/technisch.mdx:3:1');
    expect(ausgabe).toContain('Unbekanntes Feld „beschriebung“');
    expect(ausgabe).toContain('Meinten Sie „beschreibung“?');
    expect(ausgabe).toContain('Build abgebrochen');
    // Nur die deutsche Meldung, nicht Astros englische Zeile über den Hook davor.
    expect(ausgabe).not.toMatch(/unhandled error|An error occurred/i);
    // Abgebrochen vor dem Kompilieren: keine Seite wurde erzeugt.
    expect(ausgabe).not.toContain('generating static routes');
  });

  it('bricht bei einem Verweis auf eine fehlende Kommune ab', () => {
    inhalte = testinhalte();
    inhalte.entferne('kommunen/teststadt.yaml');
    const { status, ausgabe } = baue(inhalte.ordner);
    expect(status).not.toBe(0);
    expect(ausgabe).toContain('beitraege/teststadt/umsetzung.mdx:1:1');
    expect(ausgabe).toContain('Der Ordner „teststadt“ gehört zu keiner Kommune.');
  });

  it('bricht bei einem unlesbaren Mermaid-Diagramm ab, bevor eine Seite entsteht', () => {
    // Mermaid rechnet im Build weiter, während Astro bündelt; der Befund muss trotzdem vor den Seiten abbrechen.
    inhalte = testinhalte();
    inhalte.ersetze(
      'querschnitt/testbaustein.mdx',
      '---\n\n',
      '---\n\n```mermaid\nflowchart LR\n  accTitle: T\n  accDescr: D\n  A -->\n```\n\n',
    );
    const { status, ausgabe } = baue(inhalte.ordner);
    expect(status).not.toBe(0);
    expect(ausgabe).toContain('querschnitt/testbaustein.mdx:');
    expect(ausgabe).toContain('[mermaid]');
    expect(ausgabe).toContain('Build abgebrochen');
    expect(ausgabe).not.toMatch(/unhandled error|An error occurred/i);
    expect(ausgabe).not.toContain('generating static routes');
  });

  it('baut die gültigen Testinhalte', () => {
    inhalte = testinhalte();
    const { status, ausgabe } = baue(inhalte.ordner);
    expect(ausgabe).toMatch(/Inhalte geprüft: keine Probleme( \(\d+(\.\d+)? s\))?\./);
    expect(status).toBe(0);
  });
});
