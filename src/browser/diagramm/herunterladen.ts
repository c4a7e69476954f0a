/**
 * Speichert ein gezeichnetes Diagramm als eigenständige SVG-Datei: mit
 * XML-Kopf, fester Größe und den Farben, in denen es gerade zu sehen ist.
 */
import { slug } from '../../modell/slug.ts';

/** Macht aus dem SVG der Seite den Text einer eigenständigen SVG-Datei. */
export function alsSvgDatei(svg: SVGSVGElement): string {
  const kopie = svg.cloneNode(true) as SVGSVGElement;
  const { width, height } = svg.viewBox.baseVal ?? { width: 0, height: 0 };
  // Auf der Seite passt sich das Bild der Spalte an; als Datei hat es seine natürliche Größe.
  kopie.removeAttribute('style');
  if (width && height) {
    kopie.setAttribute('width', String(Math.ceil(width)));
    kopie.setAttribute('height', String(Math.ceil(height)));
  }
  kopie.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(kopie)}\n`;
}

/** Bietet das Diagramm als Datei „<titel>.svg“ zum Herunterladen an. */
export function herunterladen(svg: SVGSVGElement, titel: string): void {
  const url = URL.createObjectURL(new Blob([alsSvgDatei(svg)], { type: 'image/svg+xml;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: `${slug(titel) || 'diagramm'}.svg` });
  document.body.append(link);
  link.click();
  link.remove();
  // Der Download hat die Adresse beim Klick übernommen; danach wird sie nicht mehr gebraucht.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
