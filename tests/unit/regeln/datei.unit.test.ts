/** Regel „datei“ (src/pruefung/regeln/datei.ts): eine beim Aufruf genannte Datei gibt es nicht. */
import { describe, expect, it } from 'vitest';
import { starteSkript } from '../../helpers/prozess.ts';

const pruefen = (...argumente: string[]) => starteSkript('cli/pruefen.ts', '--format', 'json', ...argumente);

describe('datei', () => {
  it('meldet eine genannte Datei, die es nicht gibt, und bricht mit Fehler ab', () => {
    const { code, ausgabe } = pruefen('content/beitraege/gibt-es-nicht.mdx');
    expect(code).toBe(1);
    expect(JSON.parse(ausgabe)).toContainEqual(
      expect.objectContaining({ regel: 'datei', datei: 'content/beitraege/gibt-es-nicht.mdx' }),
    );
  });
  it('meldet eine vorhandene Datei nicht', () => {
    const { ausgabe } = pruefen('content/glossar.yaml');
    expect(JSON.parse(ausgabe).filter((b: { regel: string }) => b.regel === 'datei')).toEqual([]);
  });
});
