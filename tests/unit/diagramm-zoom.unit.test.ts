import { describe, expect, it } from 'vitest';
import { alsTransform, einpassen, GRENZEN, verschieben, zoomen } from '../../src/browser/diagramm/zoom.ts';

describe('einpassen', () => {
  it('passt ein breites Diagramm in die Breite und zentriert es senkrecht', () => {
    const ansicht = einpassen({ breite: 2000, hoehe: 500 }, { breite: 1000, hoehe: 800 }, 0);
    expect(ansicht).toEqual({ massstab: 0.5, x: 0, y: 275 });
  });

  it('vergrößert kleine Diagramme höchstens auf das Doppelte', () => {
    expect(einpassen({ breite: 100, hoehe: 50 }, { breite: 1000, hoehe: 800 }).massstab).toBe(2);
  });
});

describe('zoomen', () => {
  it('hält den Punkt unter dem Zeiger fest', () => {
    const vorher = { massstab: 1, x: 10, y: 20 };
    const punkt = { x: 300, y: 200 };
    const nachher = zoomen(vorher, 2, punkt);
    // Derselbe Diagrammpunkt liegt vor und nach dem Zoomen unter dem Zeiger.
    const imDiagramm = { x: (punkt.x - vorher.x) / vorher.massstab, y: (punkt.y - vorher.y) / vorher.massstab };
    expect(imDiagramm.x * nachher.massstab + nachher.x).toBeCloseTo(punkt.x);
    expect(imDiagramm.y * nachher.massstab + nachher.y).toBeCloseTo(punkt.y);
    expect(nachher.massstab).toBe(2);
  });

  it('bleibt in den Grenzen und verschiebt dann auch nicht', () => {
    const ganzGross = { massstab: GRENZEN.max, x: 5, y: 5 };
    expect(zoomen(ganzGross, 2, { x: 100, y: 100 })).toEqual(ganzGross);
    expect(zoomen({ massstab: 0.2, x: 0, y: 0 }, 0.1, { x: 0, y: 0 }).massstab).toBe(GRENZEN.min);
  });
});

describe('verschieben und alsTransform', () => {
  it('verschiebt um Bildpunkte und schreibt eine CSS-Transformation', () => {
    const ansicht = verschieben({ massstab: 1.5, x: 10, y: 10 }, -48, 20);
    expect(ansicht).toEqual({ massstab: 1.5, x: -38, y: 30 });
    expect(alsTransform(ansicht)).toBe('translate(-38.0px, 30.0px) scale(1.5000)');
  });
});
