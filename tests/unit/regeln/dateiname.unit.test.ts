/** Regel „dateiname“ (src/pruefung/regeln/dateiname.ts): ein Name, der kein Teil einer Webadresse sein kann. */
import { describe, expect, it } from 'vitest';
import { pruefeDateiname } from '../../../src/pruefung/regeln/dateiname.ts';
import { zuordnen } from '../../../src/modell/sammlungen.ts';

describe('dateiname', () => {
  it('meldet Großbuchstaben und Leerzeichen und schlägt einen Namen vor', () => {
    const befund = pruefeDateiname(
      'content/beitraege/teststadt/Mein Bericht.mdx',
      zuordnen('beitraege/teststadt/Mein Bericht.mdx')!,
    );
    expect(befund?.regel).toBe('dateiname');
    expect(befund?.hinweis).toContain('„mein-bericht“');
  });
  it('nimmt einen gültigen Namen an', () => {
    expect(
      pruefeDateiname('content/beitraege/teststadt/bericht.mdx', zuordnen('beitraege/teststadt/bericht.mdx')!),
    ).toBeUndefined();
  });
});
