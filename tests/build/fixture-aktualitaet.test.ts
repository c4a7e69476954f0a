/**
 * Aktualität mit Testinhalten, die ihre eigene Versionsgeschichte haben:
 * Ein Dokument mit verstrichener Prüfung zeigt „Prüfung überfällig“ und steht
 * oben auf /redaktion/; „Änderungen“ listet die Commits der Datei; in einem
 * flachen Klon sagt die Seite, dass die Geschichte fehlt, statt zu scheitern.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baueFixture, git, type FixtureBuild } from '../../werkzeuge/fixture-build.ts';
import { GUELTIGE_INHALTE } from '../../werkzeuge/testinhalte.ts';

const TECHNISCH = 'content/leistungen/testleistung/technisch.mdx';
const BUILD_ZEIT = 180_000;

/**
 * Ein eigenes Repository mit den gültigen Testinhalten unter content/, wie im
 * Projekt (git liegt neben, nicht in dem Inhaltsordner).
 */
function repository() {
  const wurzel = mkdtempSync(join(tmpdir(), 'atlas-repo-'));
  cpSync(GUELTIGE_INHALTE, join(wurzel, 'content'), { recursive: true });
  git(wurzel, 'init', '-q');
  return {
    wurzel,
    inhalte: join(wurzel, 'content'),
    ersetze(datei: string, alt: string, neu: string) {
      const text = readFileSync(join(wurzel, datei), 'utf8');
      if (!text.includes(alt)) throw new Error(`Testaufbau: „${alt}“ steht nicht in ${datei}`);
      writeFileSync(join(wurzel, datei), text.replace(alt, neu));
    },
    aufraeumen: () => rmSync(wurzel, { recursive: true, force: true }),
  };
}

describe('Testinhalte mit Versionsgeschichte und überfälliger Prüfung', () => {
  let repo: ReturnType<typeof repository>;
  let build: FixtureBuild;

  beforeAll(() => {
    repo = repository();
    repo.ersetze(
      TECHNISCH,
      'zuletzt: 2026-05-01\n  naechste: 2027-05-01',
      'zuletzt: 2020-01-01\n  naechste: 2021-01-01',
    );
    git(repo.wurzel, 'add', '.');
    git(repo.wurzel, 'commit', '-q', '-m', 'Erste Fassung der Testinhalte');
    repo.ersetze(TECHNISCH, '### Unterabschnitt', '### Unterabschnitt mit neuem Titel');
    git(repo.wurzel, 'commit', '-q', '-am', 'Technisches Testkonzept: Unterabschnitt umbenannt');
    build = baueFixture(repo.inhalte);
  }, BUILD_ZEIT);
  afterAll(() => {
    build?.aufraeumen();
    repo?.aufraeumen();
  });

  it('baut', () => {
    expect(build.status, build.ausgabe).toBe(0);
  });

  it('das überfällige Dokument sagt „Prüfung überfällig“, die anderen nicht', () => {
    const hinweis = build
      .seite('leistungen/testleistung/technisch/index.html')
      .querySelector('[data-pruefung-ueberfaellig]');
    expect(hinweis?.text).toContain('Prüfung überfällig');
    expect(hinweis?.text).toContain('1. Januar 2021');
    expect(
      build.seite('leistungen/testleistung/checkliste/index.html').querySelector('[data-pruefung-ueberfaellig]'),
    ).toBeNull();
  });

  it('das überfällige Dokument steht oben auf /redaktion/, mit Abzeichen', () => {
    const dom = build.seite('redaktion/index.html');
    const zeilen = dom.querySelectorAll('tr[data-dokument]');
    expect(zeilen.map((z) => z.getAttribute('data-dokument'))).toEqual([
      'testleistung/technisch',
      'testbaustein',
      'testleistung/checkliste',
    ]);
    expect(zeilen[0]!.text).toContain('Prüfung überfällig');
    expect(zeilen[1]!.text).not.toContain('Prüfung überfällig');
    expect(dom.querySelector('[data-anzahl-ueberfaellig]')?.getAttribute('data-anzahl-ueberfaellig')).toBe('1');
  });

  it('„Änderungen“ listet die Commits der Datei, neueste zuerst', () => {
    const technisch = build
      .seite('leistungen/testleistung/technisch/index.html')
      .querySelectorAll('[data-aenderungen] li')
      .map((li) => li.text);
    expect(technisch).toHaveLength(2);
    expect(technisch[0]).toContain('Technisches Testkonzept: Unterabschnitt umbenannt');
    expect(technisch[1]).toContain('Erste Fassung der Testinhalte');
    const checkliste = build
      .seite('leistungen/testleistung/checkliste/index.html')
      .querySelectorAll('[data-aenderungen] li');
    expect(checkliste.map((li) => li.text.includes('Erste Fassung'))).toEqual([true]);
  });

  it('das Dossier enthält Leistung und beide Konzeptdokumente in Reihenfolge, mit Hinweis', () => {
    const dom = build.seite('leistungen/testleistung/dossier/index.html');
    expect(dom.querySelectorAll('[data-dossier-dokument]').map((s) => s.getAttribute('data-dossier-dokument'))).toEqual(
      ['testleistung', 'testleistung/technisch', 'testleistung/checkliste'],
    );
    expect(
      dom.querySelector('[data-dossier-dokument="testleistung/technisch"] [data-pruefung-ueberfaellig]'),
    ).not.toBeNull();
    // Der Link im Text auf das Glossar bleibt, der Anker in der Seite bekommt das Präfix des Dokuments.
    expect(dom.querySelector('#dossier-technisch--unterabschnitt-mit-neuem-titel')).not.toBeNull();
  });
});

describe('flacher Klon', () => {
  let repo: ReturnType<typeof repository>;
  let eltern: string;
  let build: FixtureBuild;

  beforeAll(() => {
    repo = repository();
    git(repo.wurzel, 'add', '.');
    git(repo.wurzel, 'commit', '-q', '-m', 'Erste Fassung');
    git(repo.wurzel, 'commit', '-q', '--allow-empty', '-m', 'Zweite Fassung');
    eltern = mkdtempSync(join(tmpdir(), 'atlas-klon-'));
    const klon = join(eltern, 'repo');
    git(eltern, 'clone', '-q', '--depth', '1', `file://${repo.wurzel}`, klon);
    expect(git(klon, 'rev-parse', '--is-shallow-repository').trim()).toBe('true');
    build = baueFixture(join(klon, 'content'));
  }, BUILD_ZEIT);
  afterAll(() => {
    build?.aufraeumen();
    repo?.aufraeumen();
    if (eltern) rmSync(eltern, { recursive: true, force: true });
  });

  it('baut und sagt auf jedem Dokument, dass die Versionsgeschichte nicht verfügbar ist', () => {
    expect(build.status, build.ausgabe).toBe(0);
    for (const pfad of [
      'leistungen/testleistung/technisch/index.html',
      'querschnitt/testbaustein/index.html',
      'beitraege/teststadt/umsetzung/index.html',
    ]) {
      const abschnitt = build.seite(pfad).querySelector('[data-aenderungen]');
      expect(abschnitt?.querySelector('[data-historie="nicht-verfuegbar"]')?.text, pfad).toContain('nicht verfügbar');
      expect(abschnitt?.querySelectorAll('li'), pfad).toHaveLength(0);
    }
  });

  it('„Zuletzt geändert“ fällt auf den Stand im Dokument zurück', () => {
    expect(build.seite('leistungen/testleistung/technisch/index.html').text).toContain(
      'Stand laut Dokument; Versionsgeschichte nicht verfügbar',
    );
  });
});
