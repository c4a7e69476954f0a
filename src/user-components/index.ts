/**
 * Die Komponenten, die Autorinnen und Autoren in MDX verwenden dürfen. Seiten
 * reichen sie als `components` an den Inhalt weiter; importieren müssen (und
 * dürfen) Autoren nichts.
 */
import Begriff from './Begriff.astro';
import Hinweis from './Hinweis.astro';

export const mdxKomponenten = { Begriff, Hinweis };
