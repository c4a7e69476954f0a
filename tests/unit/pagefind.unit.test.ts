/**
 * Die Integration für den Suchindex mit einer Attrappe der Pagefind-API:
 * Sie schreibt nach dist/pagefind, meldet Fehler auf Deutsch mit der
 * Ursache und beendet Pagefind in jedem Fall.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import suchindex, {
  baueSuchindex,
  SUCHINDEX_DANACH,
  SuchindexFehler,
  type PagefindApi,
} from '../../src/integrations/pagefind.ts';

interface Antworten {
  anlegen?: string[];
  lesen?: { errors: string[]; page_count: number };
  schreiben?: string[];
  wirft?: Error;
}

function attrappe(a: Antworten = {}) {
  const index = {
    addDirectory: vi.fn(async () => a.lesen ?? { errors: [], page_count: 22 }),
    writeFiles: vi.fn(async ({ outputPath }: { outputPath: string }) => ({ errors: a.schreiben ?? [], outputPath })),
  };
  const api = {
    createIndex: vi.fn(async () => {
      if (a.wirft) throw a.wirft;
      return { errors: a.anlegen ?? [], index };
    }),
    close: vi.fn(async () => null),
  };
  return { api: api as unknown as PagefindApi & typeof api, index };
}

const logger = { info: vi.fn() };

describe('baueSuchindex', () => {
  it('indexiert den Ausgabeordner auf Deutsch und schreibt nach <ordner>/pagefind', async () => {
    const { api, index } = attrappe();
    await expect(baueSuchindex('/bau/dist', logger, api)).resolves.toBe(22);
    expect(api.createIndex).toHaveBeenCalledWith(expect.objectContaining({ forceLanguage: 'de' }));
    expect(index.addDirectory).toHaveBeenCalledWith({ path: '/bau/dist' });
    expect(index.writeFiles).toHaveBeenCalledWith({ outputPath: '/bau/dist/pagefind' });
    expect(api.close).toHaveBeenCalledOnce();
    expect(logger.info).toHaveBeenCalledWith(expect.stringContaining('22 Seiten'));
  });

  it('meldet Fehler beim Lesen mit Schritt, Ordner und Ursache und beendet Pagefind', async () => {
    const { api } = attrappe({ lesen: { errors: ['kaputt.html: unlesbar'], page_count: 0 } });
    const fehler = await baueSuchindex('/bau/dist', logger, api).catch((e: unknown) => e);
    expect(fehler).toBeInstanceOf(SuchindexFehler);
    expect((fehler as Error).message).toMatch(
      /nicht aus den Seiten gelesen werden \(Ordner \/bau\/dist\): kaputt\.html/,
    );
    expect((fehler as Error).cause).toEqual(['kaputt.html: unlesbar']);
    expect(api.close).toHaveBeenCalledOnce();
  });

  it('bricht ab, wenn keine Seite für den Index markiert ist', async () => {
    const { api } = attrappe({ lesen: { errors: [], page_count: 0 } });
    await expect(baueSuchindex('/bau/dist', logger, api)).rejects.toThrow(
      /keine Seite für den Suchindex.*data-pagefind-body/,
    );
    expect(api.close).toHaveBeenCalledOnce();
  });

  it('meldet Fehler beim Anlegen und Schreiben', async () => {
    await expect(baueSuchindex('/d', logger, attrappe({ anlegen: ['x'] }).api)).rejects.toThrow(
      /nicht angelegt werden/,
    );
    await expect(baueSuchindex('/d', logger, attrappe({ schreiben: ['voll'] }).api)).rejects.toThrow(
      /nicht geschrieben werden \(Ordner \/d\/pagefind\): voll/,
    );
  });

  it('ordnet unerwartete Fehler ein und hängt sie als Ursache an', async () => {
    const ursache = new Error('spawn ENOENT');
    const { api } = attrappe({ wirft: ursache });
    const fehler = await baueSuchindex('/d', logger, api).catch((e: unknown) => e);
    expect((fehler as Error).message).toMatch(/Pagefind ist beim Bauen des Suchindex für \/d gescheitert/);
    expect((fehler as Error).cause).toBe(ursache);
    expect(api.close).toHaveBeenCalledOnce();
  });
});

describe('Integration im Hook astro:build:done', () => {
  const leer = mkdtempSync(join(tmpdir(), 'atlas-pagefind-'));
  afterEach(() => vi.unstubAllEnvs());
  afterAll(() => rmSync(leer, { recursive: true, force: true }));
  const hook = (logger: { info: ReturnType<typeof vi.fn> }) =>
    (suchindex().hooks['astro:build:done'] as (o: unknown) => Promise<void>)({
      dir: pathToFileURL(`${leer}/`),
      logger,
    });

  it('baut den Index bei astro build allein (ein leerer Ordner scheitert mit der deutschen Meldung)', async () => {
    vi.stubEnv('ATLAS_SUCHINDEX', undefined);
    await expect(hook({ info: vi.fn() })).rejects.toThrow(/keine Seite für den Suchindex/);
  });

  it('überlässt ihn unter npm run build scripts/build.ts und sagt das im Protokoll', async () => {
    vi.stubEnv('ATLAS_SUCHINDEX', SUCHINDEX_DANACH);
    const info = vi.fn();
    await expect(hook({ info })).resolves.toBeUndefined();
    expect(info).toHaveBeenCalledWith(expect.stringContaining('scripts/build.ts'));
  });
});
