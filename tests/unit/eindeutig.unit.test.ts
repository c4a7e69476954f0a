/**
 * IDs zählen je Seite: Rendert Astro mehrere Seiten zugleich, bekommt jede
 * Seite trotzdem dieselben IDs wie beim Rendern nacheinander.
 */
import { describe, expect, it } from 'vitest';
import { eindeutigeId } from '../../src/lib/eindeutig.ts';

describe('eindeutigeId', () => {
  it('zählt je Seite von 1 an, auch wenn Aufrufe zweier Seiten sich abwechseln', () => {
    const seiteA = {};
    const seiteB = {};
    expect(eindeutigeId(seiteA, 'begriff-tipp')).toBe('begriff-tipp-1');
    expect(eindeutigeId(seiteB, 'begriff-tipp')).toBe('begriff-tipp-1');
    expect(eindeutigeId(seiteA, 'begriff-tipp')).toBe('begriff-tipp-2');
    expect(eindeutigeId(seiteB, 'begriff-tipp')).toBe('begriff-tipp-2');
    expect(eindeutigeId(seiteB, 'begriff-tipp')).toBe('begriff-tipp-3');
  });
});
