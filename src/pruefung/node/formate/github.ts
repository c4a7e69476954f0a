/**
 * Befunde für GitHub Actions: ein Workflow-Befehl je Befund (`::error …::`),
 * den GitHub als Anmerkung an der Zeile im Pull-Request zeigt, und eine
 * Zusammenfassung in Markdown für `$GITHUB_STEP_SUMMARY`. GitHub zeigt je
 * Schritt höchstens 10 Anmerkungen je Art und verwirft den Rest still; die
 * Zusammenfassung nennt deshalb alle Befunde.
 * Format: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import { sortiereBefunde, type Befund } from '../../kern/befund.ts';

/** So viele Anmerkungen je Art (Fehler, Warnung) zeigt GitHub je Schritt. */
export const GITHUB_ANMERKUNGEN_JE_ART = 10;

/** Maskiert den Text nach „::“ wie @actions/core: %, CR und LF. */
export function maskiereDaten(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Maskiert einen Eigenschaftswert (file=, title= …): zusätzlich „:“ und „,“, die Trenner der Eigenschaften. */
export function maskiereEigenschaft(text: string): string {
  return maskiereDaten(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const istWarnung = (b: Befund) => b.schwere === 'warnung';

/** Ein Workflow-Befehl je Befund, sortiert nach Datei und Stelle. */
export function githubBefehle(befunde: readonly Befund[]): string[] {
  return sortiereBefunde([...befunde]).map((b) => {
    const eigenschaften = [
      `file=${maskiereEigenschaft(b.datei)}`,
      `line=${b.zeile}`,
      `col=${b.spalte}`,
      `title=${maskiereEigenschaft(`Inhaltsprüfung: ${b.regel}${b.feld ? ` (Feld ${b.feld})` : ''}`)}`,
    ].join(',');
    const text = `${b.meldung}\nSo beheben: ${b.hinweis}`;
    return `::${istWarnung(b) ? 'warning' : 'error'} ${eigenschaften}::${maskiereDaten(text)}`;
  });
}

/** Zelle einer Markdown-Tabelle: „|“ maskiert, Zeilenumbrüche als Leerzeichen. */
const zelle = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** Zusammenfassung auf Deutsch in Markdown: alle Befunde als Tabelle, auch die, für die GitHub keine Anmerkung zeigt. */
export function githubZusammenfassung(befunde: readonly Befund[]): string {
  const titel = '## Inhaltsprüfung (npm run pruefen)';
  if (befunde.length === 0) return `${titel}\n\nKeine Probleme gefunden.\n`;
  const fehler = befunde.filter((b) => !istWarnung(b)).length;
  const warnungen = befunde.length - fehler;
  const zahl = (n: number, eins: string, mehr: string) => `${n} ${n === 1 ? eins : mehr}`;
  const zeilen = [
    titel,
    '',
    `${zahl(fehler, 'Fehler', 'Fehler')} und ${zahl(warnungen, 'Warnung', 'Warnungen')}. ` +
      (fehler
        ? 'Fehler verhindern die Aufnahme, bis sie behoben sind; Warnungen sind Hinweise.'
        : 'Warnungen sind Hinweise und halten die Prüfung nicht an.'),
    '',
  ];
  if (fehler > GITHUB_ANMERKUNGEN_JE_ART || warnungen > GITHUB_ANMERKUNGEN_JE_ART) {
    zeilen.push(
      `GitHub zeigt im Pull-Request höchstens ${GITHUB_ANMERKUNGEN_JE_ART} Anmerkungen je Art an der Zeile; diese Liste nennt alle.`,
      '',
    );
  }
  zeilen.push('| Stelle | Art | Regel | Problem | So beheben |', '| --- | --- | --- | --- | --- |');
  for (const b of sortiereBefunde([...befunde])) {
    const feld = b.feld ? `Feld „${b.feld}“: ` : '';
    zeilen.push(
      `| \`${zelle(`${b.datei}:${b.zeile}:${b.spalte}`)}\` | ${istWarnung(b) ? 'Warnung' : 'Fehler'} | ${zelle(b.regel)} | ${zelle(feld + b.meldung)} | ${zelle(b.hinweis)} |`,
    );
  }
  return `${zeilen.join('\n')}\n`;
}
