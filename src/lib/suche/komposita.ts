/**
 * Deutsche Zusammensetzungen für die Suche. Pagefind findet Wörter nur über
 * ihren Anfang: „Redaktionssystem“ findet „Landesredaktionssystem“ nicht, und
 * „Auftragsverarbeitungsvertrag“ nicht die Seiten, die von „Auftragsverarbeitung“
 * und „Verträgen“ sprechen. Für jede bekannte Zusammensetzung bekommt eine
 * Seite deshalb unsichtbar, was ihr fehlt: steht das ganze Wort im Text, seine
 * Teile; stehen alle Teile im Text, das ganze Wort. Rein, zur Build-Zeit.
 */
import { kommtVor } from './synonyme.ts';

/** Eine Zusammensetzung und die Teile, unter denen Leser sie auch suchen. */
export interface Kompositum {
  wort: string;
  /** Teile in Grundform; „Vertrag|Verträge“: Formen mit Umlaut, die `kommtVor` nicht ableitet, die erste zählt. */
  teile: string[];
}

const kommtEineFormVor = (text: string, teil: string) => teil.split('|').some((form) => kommtVor(text, form));
const grundform = (teil: string) => teil.split('|')[0]!;

/**
 * Zusammensetzungen, die in den Inhalten oder in Anfragen von Lesern
 * vorkommen. Neue Einträge: das ganze Wort und seine sinntragenden Teile in
 * Grundform; Fugen-s und Endungen gleicht `kommtVor` aus.
 */
export const KOMPOSITA: Kompositum[] = [
  { wort: 'Auftragsverarbeitungsvertrag', teile: ['Auftragsverarbeitung', 'Vertrag|Verträge'] },
  { wort: 'Landesredaktionssystem', teile: ['Redaktionssystem'] },
  { wort: 'Zuständigkeitsfinder', teile: ['Zuständigkeit'] },
  { wort: 'Anbindungskosten', teile: ['Anbindung', 'Kosten'] },
  { wort: 'Betriebskosten', teile: ['Betrieb', 'Kosten'] },
  { wort: 'Transaktionskosten', teile: ['Kosten'] },
  { wort: 'Kostenübernahme', teile: ['Kosten'] },
  { wort: 'Datenschutzkonzept', teile: ['Datenschutz', 'Konzept'] },
  { wort: 'Sicherheitskonzept', teile: ['Sicherheit', 'Konzept'] },
  { wort: 'Integrationskonzept', teile: ['Konzept'] },
  { wort: 'Baugenehmigungsverfahren', teile: ['Baugenehmigung', 'Verfahren'] },
  { wort: 'Meldebehörde', teile: ['Behörde'] },
  { wort: 'Wohngeldbehörde', teile: ['Wohngeld', 'Behörde'] },
  { wort: 'Einbürgerungsbehörde', teile: ['Einbürgerung', 'Behörde'] },
  { wort: 'Bauaufsichtsbehörde', teile: ['Bauaufsicht', 'Behörde'] },
  { wort: 'Sachbearbeiterschulung', teile: ['Sachbearbeitung', 'Schulung'] },
  { wort: 'Zahlungsabgleich', teile: ['Zahlung'] },
  { wort: 'Bezahlkomponente', teile: ['Bezahlung'] },
];

/**
 * Was eine Seite zusätzlich durchsuchbar macht: die Teile der Zusammensetzungen
 * in ihrem Text und die Zusammensetzungen, deren Teile alle im Text stehen –
 * jeweils nur, was nicht schon dasteht.
 */
export function kompositaFuer(text: string, komposita: readonly Kompositum[] = KOMPOSITA): string[] {
  const dazu = new Set<string>();
  for (const { wort, teile } of komposita) {
    const ganz = kommtVor(text, wort);
    if (ganz) for (const teil of teile) if (!kommtEineFormVor(text, teil)) dazu.add(grundform(teil));
    if (!ganz && teile.length > 1 && teile.every((teil) => kommtEineFormVor(text, teil))) dazu.add(wort);
  }
  return [...dazu].sort((a, b) => a.localeCompare(b, 'de'));
}
