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
