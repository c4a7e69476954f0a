/**
 * Das Tor hält im echten Build (Issue 20): Ein Beitrag, der das Front Matter
 * mit einem Zeilentrenner anders teilen will, und eine symbolische
 * Verknüpfung auf eine ungeprüfte MDX-Datei mit Code. `astro build` lehnt
 * beide mit Datei und Zeile ab, und der Code läuft nicht: Er legte sonst eine
 * Markierungsdatei an.
 */
import { existsSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baueFixture, type FixtureBuild } from '../../werkzeuge/fixture-build.ts';
import { testinhalte } from '../../werkzeuge/testinhalte.ts';

const inhalte = testinhalte();
const marke = join(inhalte.ordner, '..', `gelaufen-${process.pid}`);
const LAUF = `globalThis.process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marke)}, '1')`;
let build: FixtureBuild | undefined;
afterAll(() => {
  build?.aufraeumen();
  inhalte.aufraeumen();
});

const KOPF = inhalte.lies('beitraege/teststadt/umsetzung.mdx').split('\n---\n')[0]!.slice(4);

describe('astro build mit den kritischen Angriffen', () => {
  it('lehnt Zeilentrenner-Trick und Verknüpfung mit Datei und Zeile ab, ohne Code auszuführen', () => {
    // 1. Ein Kommentar im Kopf endet mit U+2028, dann „---“: ein regulärer Ausdruck mit Schalter m endete hier.
    inhalte.schreibe(
      'beitraege/teststadt/trenner.mdx',
      `---\n${KOPF}\n# Kommentar\u2028---\n----\nexport const x = ${LAUF}\n---\n\n## Ausgangslage\n\nText.\n`,
    );
    // 2. Eine Verknüpfung auf eine Datei außerhalb des Inhaltsordners, die die Prüfung nie sähe.
    const aussen = join(inhalte.ordner, '..', `boese-${process.pid}.mdx`);
    writeFileSync(aussen, `---\n${KOPF}\n---\n\nexport const y = ${LAUF}\n\n## Ausgangslage\n\nText.\n`);
    symlinkSync(aussen, join(inhalte.ordner, 'beitraege/teststadt/verknuepft.mdx'));

    build = baueFixture(inhalte.ordner);
    expect(build.status).not.toBe(0);
    expect(build.ausgabe).toMatch(/beitraege\/teststadt\/trenner\.mdx:\d+:\d+ {2}\[yaml\] .*Zeilentrenner/);
    expect(build.ausgabe).toContain('beitraege/teststadt/verknuepft.mdx:1:1  [verknuepfung]');
    expect(build.ausgabe).toContain('Build abgebrochen');
    expect(build.ausgabe).not.toMatch(/\n\s+at .*\.(js|ts):\d+/);
    expect(existsSync(marke)).toBe(false);
  });
});
