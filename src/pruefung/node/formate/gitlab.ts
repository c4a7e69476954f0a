/**
 * Befunde als GitLab-Code-Quality-Bericht (JSON-Liste), den GitLab im
 * Merge-Request und in der Änderungsansicht an der Zeile zeigt
 * (`artifacts: reports: codequality`).
 * Format: https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format
 */
import { createHash } from 'node:crypto';
import { sortiereBefunde, type Befund } from '../../kern/befund.ts';

export interface CodeQualityEintrag {
  description: string;
  check_name: string;
  /** Eindeutig je Befund und stabil über Läufe: GitLab erkennt daran neue und behobene Befunde. */
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number } };
}

/**
 * Der Bericht. Der Fingerabdruck hängt an Datei, Regel, Feld und Meldung, nicht
 * an der Zeile: Rückt ein Befund durch eine Änderung darüber nach unten, bleibt
 * er derselbe. Gleiche Befunde in einer Datei zählt eine laufende Nummer auseinander.
 */
export function gitlabBericht(befunde: readonly Befund[]): CodeQualityEintrag[] {
  const gesehen = new Map<string, number>();
  return sortiereBefunde([...befunde]).map((b) => {
    const schluessel = [b.datei, b.regel, b.feld ?? '', b.meldung].join('\u0000');
    const nummer = gesehen.get(schluessel) ?? 0;
    gesehen.set(schluessel, nummer + 1);
    const fingerprint = createHash('sha256').update(`${schluessel}\u0000${nummer}`).digest('hex');
    const feld = b.feld ? `Feld „${b.feld}“: ` : '';
    return {
      description: `${feld}${b.meldung} So beheben: ${b.hinweis}`,
      check_name: b.regel,
      fingerprint,
      severity: b.schwere === 'warnung' ? 'minor' : 'major',
      location: { path: b.datei, lines: { begin: b.zeile } },
    };
  });
}
