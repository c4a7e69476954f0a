/**
 * Rechnen für Zoom und Verschieben im Diagramm-Dialog, ohne DOM, damit es
 * sich einzeln testen lässt. Eine Ansicht bildet einen Punkt p des Diagramms
 * auf p · massstab + (x, y) in der Bühne ab.
 */

export interface Ansicht {
  massstab: number;
  x: number;
  y: number;
}

export interface Groesse {
  breite: number;
  hoehe: number;
}

/** Kleinster und größter Maßstab; darüber hinaus hilft Zoomen nicht mehr beim Lesen. */
export const GRENZEN = { min: 0.1, max: 8 } as const;

/** Ein Zoomschritt (Taste, Knopf); das Mausrad nutzt kleinere Schritte. */
export const ZOOM_SCHRITT = 1.25;

const begrenzt = (massstab: number) => Math.min(GRENZEN.max, Math.max(GRENZEN.min, massstab));

/** Passt das Diagramm mittig in die Bühne, höchstens in Originalgröße mal `maximal`. */
export function einpassen(inhalt: Groesse, buehne: Groesse, rand = 16, maximal = 2): Ansicht {
  const breite = Math.max(buehne.breite - 2 * rand, 1);
  const hoehe = Math.max(buehne.hoehe - 2 * rand, 1);
  const massstab = begrenzt(Math.min(breite / inhalt.breite, hoehe / inhalt.hoehe, maximal));
  return {
    massstab,
    x: (buehne.breite - inhalt.breite * massstab) / 2,
    y: (buehne.hoehe - inhalt.hoehe * massstab) / 2,
  };
}

/** Zoomt um `faktor`; der Bühnenpunkt `um` bleibt dabei an seiner Stelle. */
export function zoomen(ansicht: Ansicht, faktor: number, um: { x: number; y: number }): Ansicht {
  const massstab = begrenzt(ansicht.massstab * faktor);
  const wirklich = massstab / ansicht.massstab;
  return { massstab, x: um.x - (um.x - ansicht.x) * wirklich, y: um.y - (um.y - ansicht.y) * wirklich };
}

/** Verschiebt die Ansicht um dx, dy Bildpunkte der Bühne. */
export function verschieben(ansicht: Ansicht, dx: number, dy: number): Ansicht {
  return { ...ansicht, x: ansicht.x + dx, y: ansicht.y + dy };
}

/** CSS-transform für eine Ansicht (Ursprung oben links). */
export function alsTransform({ massstab, x, y }: Ansicht): string {
  return `translate(${x.toFixed(1)}px, ${y.toFixed(1)}px) scale(${massstab.toFixed(4)})`;
}
