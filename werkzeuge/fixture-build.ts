/**
 * Baut die Website mit einem anderen Inhaltsordner (ATLAS_CONTENT_DIR) in
 * einem Kindprozess in einen temporären Ordner und gibt Zugriff auf die
 * gebauten Seiten. Wie in tests/build/build-bricht-ab.test.ts, nur dass die
 * Ausgabe bis `aufraeumen()` bleibt.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { cacheOrdnerFuer } from '../src/pruefung/node/cache-ordner.ts';

export interface FixtureBuild {
  status: number | null;
  ausgabe: string;
  /** Der Ausgabeordner (für einen Server in Browsertests). */
  dist: string;
  /** Liest eine gebaute Datei, z. B. „redaktion/index.html“. */
  datei(pfad: string): string;
  seite(pfad: string): HTMLElement;
  aufraeumen(): void;
}

export function baueFixture(inhaltsOrdner: string): FixtureBuild {
  const dist = mkdtempSync(join(tmpdir(), 'atlas-dist-'));
  const ergebnis = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], {
    env: { ...process.env, ATLAS_CONTENT_DIR: inhaltsOrdner, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  const datei = (pfad: string) => readFileSync(join(dist, pfad), 'utf8');
  return {
    status: ergebnis.status,
    ausgabe: `${ergebnis.stdout}\n${ergebnis.stderr}`,
    dist,
    datei,
    seite: (pfad) => parse(datei(pfad)),
    aufraeumen: () => {
      rmSync(dist, { recursive: true, force: true });
      rmSync(cacheOrdnerFuer(inhaltsOrdner), { recursive: true, force: true });
    },
  };
}

/** git in einem Ordner, unabhängig von der Konfiguration des Rechners (kein Signieren, feste Identität). */
export function git(ordner: string, ...args: string[]): string {
  const ergebnis = spawnSync(
    'git',
    [
      '-C',
      ordner,
      '-c',
      'commit.gpgsign=false',
      '-c',
      'init.defaultBranch=main',
      '-c',
      'core.hooksPath=/dev/null',
      ...args,
    ],
    {
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Test',
        GIT_AUTHOR_EMAIL: 'test@example.invalid',
        GIT_COMMITTER_NAME: 'Test',
        GIT_COMMITTER_EMAIL: 'test@example.invalid',
      },
    },
  );
  if (ergebnis.status !== 0) throw new Error(`git ${args.join(' ')}: ${ergebnis.stderr}`);
  return ergebnis.stdout;
}
