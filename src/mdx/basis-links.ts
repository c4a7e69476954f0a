/**
 * Sätteri-Plugin (hast): Links und Bilder, die Autorinnen in MDX mit „/“
 * beginnen („[FIT-Connect](/querschnitt/fit-connect/)“), bekommen beim Build
 * den Pfad der Website davor (ATLAS_BASE_PATH, z. B. „/atlas/“). In den
 * Inhalten bleiben sie ohne Pfad: So funktionieren sie unter jeder Adresse, und
 * die Link-Prüfung (npm run pruefen) vergleicht sie mit src/modell/urls.ts `pfad`.
 */
import type { Element } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { mitBasis, mitIndexHtml, normalisiereBasis } from '../modell/urls.ts';

/** Attribute, die eine Adresse tragen, je Element. */
const ADRESS_ATTRIBUTE: Record<string, string> = { a: 'href', img: 'src', source: 'src' };

/**
 * Das Element mit Pfad der Website vor seiner Adresse (und mit `indexHtml`
 * „index.html“ am Ende von Seitenadressen, wie src/modell/urls.ts), oder
 * undefined, wenn nichts zu ändern ist.
 */
export function setzeBasis(node: Element, basis: string, indexHtml = false): Element | undefined {
  const attribut = ADRESS_ATTRIBUTE[node.tagName];
  const wert = attribut ? node.properties?.[attribut] : undefined;
  if (typeof wert !== 'string') return undefined;
  const neu = indexHtml ? mitIndexHtml(mitBasis(wert, basis)) : mitBasis(wert, basis);
  return neu === wert ? undefined : { ...node, properties: { ...node.properties, [attribut!]: neu } };
}

/** Das Plugin für `satteri({ hastPlugins: [basisLinks(base)] })`; bei „/“ (ohne `indexHtml`) tut es nichts. */
export function basisLinks(basis: string, indexHtml = false): HastPluginDefinition {
  const b = normalisiereBasis(basis);
  return {
    name: 'nachnutzungsatlas:basis-links',
    element: {
      filter: Object.keys(ADRESS_ATTRIBUTE),
      visit(node) {
        return b === '/' && !indexHtml ? undefined : setzeBasis(node, b, indexHtml);
      },
    },
  };
}
