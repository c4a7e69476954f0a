/** Regel „verknuepfung“ (src/pruefung/regeln/verknuepfung.ts): eine symbolische Verknüpfung im Inhaltsordner. */
import { describe, expect, it } from 'vitest';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ladeInhalte } from '../../../src/pruefung/node/laden.ts';
import { testinhalte } from '../../../werkzeuge/testinhalte.ts';

describe('verknuepfung', () => {
  it('meldet eine Verknüpfung auf eine Datei außerhalb, ohne ihr zu folgen', () => {
    const inhalte = testinhalte();
    symlinkSync('/etc/hostname', join(inhalte.ordner, 'beitraege/teststadt/fremd.mdx'));
    const befunde = ladeInhalte(inhalte.ordner, inhalte.ordner).befunde.filter((b) => b.regel === 'verknuepfung');
    expect(befunde.map((b) => b.datei)).toEqual(['beitraege/teststadt/fremd.mdx']);
    inhalte.aufraeumen();
  });
  it('gewöhnliche Dateien sind keine Verknüpfung', () => {
    const inhalte = testinhalte();
    expect(ladeInhalte(inhalte.ordner, inhalte.ordner).befunde.filter((b) => b.regel === 'verknuepfung')).toEqual([]);
    inhalte.aufraeumen();
  });
});
