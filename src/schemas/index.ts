/** Alle Schemas an einem Ort: die Website (src/content.config.ts) und die Autorenwerkzeuge importieren von hier. */
import './zod-deutsch.ts';
export * from './common.ts';
export * from './dokument.ts';
export * from './leistung.ts';
export * from './konzept.ts';
export * from './querschnitt.ts';
export * from './kommune.ts';
export * from './beitrag.ts';
export * from './glossar.ts';
export * from './seite.ts';
export * from './abschnitte.ts';
export * from './anbindung-formate.ts';
export * from './anbindung.ts';
export * from './anbindung-export.ts';
