/** Texte für Meldungen im Browser, aus src/i18n/de.ts (dort stehen alle Texte der Oberfläche). */
import { t } from '../../i18n/de.ts';

export const TEXTE = {
  fehlerAnzahl: (n: number) => t('anbindung.fehler.anzahl', { n }),
  fehlerKeine: t('anbindung.fehler.keine'),
  exportOk: (datei: string) => t('anbindung.export.ok', { datei }),
  importOk: (n: number) => t('anbindung.import.ok', { n }),
  importFehler: (fehler: string) => t('anbindung.import.fehler', { fehler }),
  importLeistung: t('anbindung.import.leistung'),
  geloescht: t('anbindung.geloescht'),
};
