/**
 * Macht aus einem deutschen Begriff eine ID für URLs und Anker:
 * „Zuständigkeitsfinder (XZuFi)“ → „zustaendigkeitsfinder-xzufi“.
 */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Name einer Kommune in Webadresse und Dateiname, wie „npm run neu“ und der
 * Beitragseditor ihn vorschlagen: „Stadt Neustadt“ → „neustadt“ (ohne die Art
 * der Kommune am Anfang).
 */
export function kommuneId(name: string): string {
  return slug(name.replace(/^(Stadt|Gemeinde|Landkreis|Kreis|Markt)\s+/i, ''));
}
