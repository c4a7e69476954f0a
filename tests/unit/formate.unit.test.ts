/** Ausgabeformate der Inhaltsprüfung für GitHub (Anmerkungen, Zusammenfassung) und GitLab (Code Quality). */
import { describe, expect, it } from 'vitest';
import type { Befund } from '../../src/pruefung/kern/befund.ts';
import {
  githubBefehle,
  githubZusammenfassung,
  maskiereDaten,
  maskiereEigenschaft,
} from '../../src/pruefung/node/formate/github.ts';
import { gitlabBericht } from '../../src/pruefung/node/formate/gitlab.ts';

const fehler: Befund = {
  datei: 'content/beitraege/a,b/x:y.mdx',
  zeile: 7,
  spalte: 3,
  regel: 'schema',
  feld: 'pilot[0].leistung',
  meldung: 'Der Wert fehlt (100 %).',
  hinweis: 'Tragen Sie die Leistung ein.\nZweite Zeile | mit Strich',
};
const warnung: Befund = {
  datei: 'content/kommunen/musterstadt.yaml',
  zeile: 2,
  spalte: 1,
  regel: 'quelle',
  meldung: 'Die Quelle hat kein Abrufdatum.',
  hinweis: 'Ergänzen Sie „abgerufen“.',
  schwere: 'warnung',
};

describe('GitHub-Anmerkungen', () => {
  it('maskiert nach den Regeln von GitHub: %, CR, LF, in Eigenschaften auch : und ,', () => {
    expect(maskiereDaten('50 %\r\nneu: a,b')).toBe('50 %25%0D%0Aneu: a,b');
    expect(maskiereEigenschaft('50 %\nneu: a,b')).toBe('50 %25%0Aneu%3A a%2Cb');
  });

  it('schreibt je Befund einen Befehl, Fehler als error, Warnungen als warning', () => {
    const befehle = githubBefehle([fehler, warnung]);
    expect(befehle).toEqual([
      '::error file=content/beitraege/a%2Cb/x%3Ay.mdx,line=7,col=3,title=Inhaltsprüfung%3A schema (Feld pilot[0].leistung)::' +
        'Der Wert fehlt (100 %25).%0ASo beheben: Tragen Sie die Leistung ein.%0AZweite Zeile | mit Strich',
      '::warning file=content/kommunen/musterstadt.yaml,line=2,col=1,title=Inhaltsprüfung%3A quelle::' +
        'Die Quelle hat kein Abrufdatum.%0ASo beheben: Ergänzen Sie „abgerufen“.',
    ]);
  });

  it('die Zusammenfassung nennt alle Befunde, auch über GitHubs Grenze von 10 je Art hinaus', () => {
    const viele = Array.from({ length: 12 }, (_, i) => ({ ...fehler, zeile: i + 1 }));
    const text = githubZusammenfassung([...viele, warnung]);
    expect(text).toContain('12 Fehler und 1 Warnung');
    expect(text).toContain('höchstens 10 Anmerkungen');
    const zeilen = text.split('\n').filter((z) => z.startsWith('| `'));
    expect(zeilen).toHaveLength(13);
    // Striche im Text zerreißen die Tabelle nicht, Zeilenumbrüche auch nicht.
    expect(zeilen[0]).toContain('Zweite Zeile \\| mit Strich');
    expect(zeilen.every((z) => z.split(/(?<!\\)\|/).length === 7)).toBe(true);
  });

  it('ohne Befunde sagt die Zusammenfassung das', () => {
    expect(githubZusammenfassung([])).toContain('Keine Probleme gefunden.');
    expect(githubBefehle([])).toEqual([]);
  });
});

describe('GitLab Code Quality', () => {
  it('liefert die Felder des Formats, major für Fehler, minor für Warnungen', () => {
    const bericht = gitlabBericht([fehler, warnung]);
    expect(bericht.map((e) => e.severity)).toEqual(['major', 'minor']);
    expect(bericht[0]).toMatchObject({
      check_name: 'schema',
      location: { path: fehler.datei, lines: { begin: 7 } },
    });
    expect(bericht[0]!.description).toBe(
      'Feld „pilot[0].leistung“: Der Wert fehlt (100 %). So beheben: Tragen Sie die Leistung ein.\nZweite Zeile | mit Strich',
    );
    expect(bericht[0]!.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('Fingerabdrücke sind stabil, auch wenn der Befund in eine andere Zeile rückt, und eindeutig', () => {
    const [a] = gitlabBericht([fehler]);
    const [b] = gitlabBericht([{ ...fehler, zeile: 20 }]);
    expect(b!.fingerprint).toBe(a!.fingerprint);
    const doppelt = gitlabBericht([fehler, { ...fehler, zeile: 9 }, warnung]);
    expect(new Set(doppelt.map((e) => e.fingerprint)).size).toBe(3);
  });
});
