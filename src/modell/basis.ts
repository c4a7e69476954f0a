/**
 * Der Pfad, unter dem die Website liegt (ATLAS_BASE_PATH, Astros `base`), und
 * wie er vor Adressen kommt. Ein eigenes Modul ohne weitere Abhängigkeiten:
 * Browser-Code wie die Suche braucht nur das und soll nicht mit dem Rest von
 * urls.ts (und dessen Abhängigkeiten) Code mit den Diagrammen teilen.
 */

/** „/atlas“, „atlas/“ → „/atlas/“; leer → „/“. */
export function normalisiereBasis(basis: string): string {
  const teile = basis.split('/').filter(Boolean);
  return teile.length ? `/${teile.join('/')}/` : '/';
}

declare const __ATLAS_BASIS__: string | undefined;

/**
 * Der Pfad der Website im Build und im Browser, von astro.config.mjs über
 * Vites `define` eingesetzt (derselbe Wert wie Astros `base`). Nicht aus
 * import.meta.env.BASE_URL: Das liest Astro beim Rendern aus process.env, wo
 * eine fremde Variable BASE_URL (etwa von Vitest) ihn überdecken würde. Ohne
 * Vite (npm run pruefen, npm run neu, Unit-Tests) gilt „/“; dort zählt nur die
 * Form ohne Pfad.
 */
export const BASIS: string = normalisiereBasis(typeof __ATLAS_BASIS__ === 'string' ? __ATLAS_BASIS__ : '/');

/**
 * Setzt den Pfad der Website vor eine Adresse, die mit „/“ beginnt:
 * „/glossar/“ → „/atlas/glossar/“. Adressen mit Schema („https:“, „mailto:“),
 * „//host“, Anker und relative Pfade bleiben unverändert; ebenso eine Adresse,
 * die den Pfad schon trägt.
 */
export function mitBasis(adresse: string, basis: string = BASIS): string {
  const b = normalisiereBasis(basis);
  if (b === '/' || !adresse.startsWith('/') || adresse.startsWith('//')) return adresse;
  if (adresse.startsWith(b) || adresse === b.slice(0, -1)) return adresse;
  return b + adresse.slice(1);
}

declare const __ATLAS_INDEX_HTML__: boolean | undefined;

/**
 * Ob Links auf Seiten auf „index.html“ enden (ATLAS_INDEX_HTML=1, von
 * astro.config.mjs über Vites `define` gesetzt): für Server, die ein
 * Verzeichnis nicht zu seiner index.html auflösen, etwa GitLabs Ansicht
 * von Job-Artefakten (Vorschau im Merge-Request).
 */
export const INDEX_HTML: boolean = typeof __ATLAS_INDEX_HTML__ !== 'undefined' && __ATLAS_INDEX_HTML__ === true;

/** „/atlas/glossar/#a“ → „/atlas/glossar/index.html#a“; Dateien und fremde Adressen bleiben. */
export function mitIndexHtml(adresse: string): string {
  if (!adresse.startsWith('/') || adresse.startsWith('//')) return adresse;
  const ende = adresse.search(/[?#]/);
  const pfad = ende < 0 ? adresse : adresse.slice(0, ende);
  return pfad.endsWith('/') ? `${pfad}index.html${adresse.slice(pfad.length)}` : adresse;
}
