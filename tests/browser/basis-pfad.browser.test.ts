/**
 * Die Website unter einem Pfad (ATLAS_BASE_PATH=/atlas/), wie eine
 * Projektseite auf GitHub Pages oder GitLab Pages: einmal gebaut in einen
 * eigenen Ordner, dann geprüft, dass jeder interne Link und jede Datei unter
 * /atlas/ liegt und dort existiert, dass Feed, Sitemap, robots.txt und offene
 * Daten den Pfad tragen, und im Browser, dass Suche und Diagramme laufen.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { browserTests } from '../helpers/browser.ts';
import { imEditorBearbeiten, playwrightBedienung } from './editor/rundweg.ts';

const BASIS = '/atlas/';
const SITE = 'https://atlas.example.org';
const ausgabe = mkdtempSync(join(tmpdir(), 'atlas-basis-'));
const bau = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', ausgabe], {
  env: {
    ...process.env,
    ATLAS_BASE_PATH: BASIS,
    ATLAS_SITE_URL: SITE,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
  },
  encoding: 'utf8',
});
afterAll(() => rmSync(ausgabe, { recursive: true, force: true }));

const dateien = () =>
  readdirSync(ausgabe, { recursive: true, encoding: 'utf8' })
    .map((d) => d.split(sep).join('/'))
    .filter((d) => statSync(join(ausgabe, d)).isFile())
    .sort();
const lies = (datei: string) => readFileSync(join(ausgabe, datei), 'utf8');
/** Adresse einer Seite aus ihrem Dateipfad, unter dem Pfad: „glossar/index.html“ → „/atlas/glossar/“. */
const adresseVon = (datei: string) => `${BASIS}${datei.replace(/(^|\/)index\.html$/, '$1')}`;

/** Die Datei, die eine Adresse unter /atlas/ ausliefert (wie der Server: Verzeichnis → index.html). */
function dateiFuer(adresse: string): string | undefined {
  const pfad = decodeURIComponent(adresse.split(/[?#]/)[0]!);
  if (!pfad.startsWith(BASIS)) return undefined;
  const rest = pfad.slice(BASIS.length);
  for (const k of rest === '' || rest.endsWith('/') ? [`${rest}index.html`] : [rest, `${rest}/index.html`]) {
    const absolut = join(ausgabe, k);
    if (existsSync(absolut) && statSync(absolut).isFile()) return relative(ausgabe, absolut).split(sep).join('/');
  }
  return undefined;
}

/** Alle Adressen in einer Seite: href, src, srcset, action, und was <meta http-equiv="refresh"> nennt. */
function adressenIn(html: string): string[] {
  const dom = parse(html);
  const werte: string[] = [];
  for (const element of dom.querySelectorAll('[href], [src], [srcset], [action], [data-src]')) {
    for (const attribut of ['href', 'src', 'action', 'data-src']) {
      const wert = element.getAttribute(attribut);
      if (wert !== undefined) werte.push(wert);
    }
    const srcset = element.getAttribute('srcset');
    if (srcset) werte.push(...srcset.split(',').map((teil) => teil.trim().split(/\s+/)[0]!));
  }
  return werte;
}

describe(`Website unter ${BASIS} (ATLAS_BASE_PATH)`, () => {
  it('baut', () => {
    expect(bau.status, `${bau.stdout}\n${bau.stderr}`).toBe(0);
  });

  it('jede Seite verweist nur unter /atlas/, und jeder interne Link und jede Datei ist dort vorhanden', () => {
    const seiten = dateien().filter((d) => d.endsWith('.html'));
    expect(seiten.length).toBeGreaterThan(20);
    const fehler: string[] = [];
    for (const datei of seiten) {
      const seite = new URL(adresseVon(datei), SITE);
      for (const wert of adressenIn(lies(datei))) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(wert) || wert.startsWith('#') || wert === '') continue; // fremd, mailto:, Anker
        if (wert.startsWith('/') && !wert.startsWith(BASIS)) {
          fehler.push(`${datei}: „${wert}“ liegt außerhalb von ${BASIS}`);
          continue;
        }
        const ziel = new URL(wert, seite);
        if (ziel.origin !== SITE) continue; // //host: fremd
        if (!dateiFuer(ziel.pathname)) fehler.push(`${datei}: „${wert}“ führt ins Leere`);
      }
    }
    expect(fehler).toEqual([]);
  });

  it('Links, die Autorinnen in Inhalten mit „/“ schreiben, tragen den Pfad', () => {
    // content/ schreibt Links ohne Pfad (/querschnitt/…); mindestens einer steht in einem Beitrag oder Konzept.
    const links = dateien()
      .filter((d) => /^(beitraege|leistungen)\/.+\/index\.html$/.test(d))
      .flatMap((d) =>
        parse(lies(d))
          .querySelectorAll('main a')
          .map((a) => a.getAttribute('href') ?? ''),
      )
      .filter((h) => h.startsWith(`${BASIS}querschnitt/`));
    expect(links.length).toBeGreaterThan(0);
  });

  it('Stylesheets laden Schriften und Bilder unter /atlas/', () => {
    for (const datei of dateien().filter((d) => d.endsWith('.css'))) {
      for (const [, wert] of lies(datei).matchAll(/url\(\s*["']?(\/[^)"']*)/g)) {
        expect(wert!.startsWith(BASIS), `${datei}: ${wert}`).toBe(true);
        expect(dateiFuer(wert!), `${datei}: ${wert}`).toBeDefined();
      }
    }
  });

  it('Feed, Sitemap, robots.txt und offene Daten nennen Adressen unter /atlas/', () => {
    const unter = `${SITE}${BASIS}`;
    const feed = lies('feed.xml');
    const feedAdressen = [...feed.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    expect(feedAdressen.length).toBeGreaterThan(2);
    for (const a of feedAdressen) expect(a.startsWith(unter), a).toBe(true);
    expect(lies('robots.txt')).toContain(`Sitemap: ${unter}sitemap-index.xml`);
    expect(lies('sitemap-index.xml')).toContain(`<loc>${unter}sitemap-0.xml</loc>`);
    const orte = [...lies('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(orte.length).toBeGreaterThan(20);
    for (const ort of orte) {
      expect(ort.startsWith(unter), ort).toBe(true);
      expect(dateiFuer(new URL(ort).pathname), ort).toBeDefined();
    }
    const index = JSON.parse(lies('api/v1/index.json')) as Record<string, unknown>;
    const adressen = JSON.stringify(index).match(/https?:\/\/[^"]+/g) ?? [];
    expect(adressen.length).toBeGreaterThan(2);
    for (const a of adressen.filter((x) => x.startsWith(SITE))) {
      expect(a.startsWith(unter), a).toBe(true);
      expect(dateiFuer(new URL(a).pathname), a).toBeDefined();
    }
  });

  it('die Fehlerseite verweist mit vollem Pfad (sie wird unter jeder Adresse ausgeliefert)', () => {
    const links = adressenIn(lies('404.html')).filter((w) => !w.startsWith('#') && !/^[a-z]+:/i.test(w));
    expect(links.length).toBeGreaterThan(3);
    for (const l of links) expect(l.startsWith(BASIS), l).toBe(true);
  });
});

browserTests(
  `Suche und Diagramme unter ${BASIS}`,
  (umgebung) => {
    it('die Suche findet und ihre Treffer öffnen Seiten unter /atlas/', async () => {
      const kontext = await umgebung().kontext();
      const seite = await kontext.newPage();
      const fehler: string[] = [];
      seite.on('pageerror', (e) => fehler.push(e.message));
      seite.on('console', (m) => m.type() === 'error' && fehler.push(m.text()));
      await seite.goto(`${BASIS}suche/`);
      await seite.locator('[data-suche][data-bereit]').waitFor();
      await seite.locator('#suche-q').pressSequentially('Wohngeld');
      await expect.poll(() => seite.locator('.treffer-titel').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      const href = await seite.locator('.treffer-titel a').first().getAttribute('href');
      expect(href?.startsWith(BASIS), href ?? '').toBe(true);
      const antwort = await seite.goto(href!);
      expect(antwort?.status()).toBe(200);
      expect(fehler).toEqual([]);
      await kontext.close();
    });

    it('Diagramme werden gezeichnet (Mermaid lädt seine Teile unter /atlas/)', async () => {
      // Eine Seite mit einer Diagramm-Figur; der Text „data-diagramm“ steht auch im Druckskript jeder Seite.
      const datei = dateien().find((d) => d.endsWith('.html') && /<figure[^>]*data-diagramm/.test(lies(d)));
      expect(datei).toBeDefined();
      const kontext = await umgebung().kontext();
      const seite = await kontext.newPage();
      const fehler: string[] = [];
      const ausserhalb: string[] = [];
      seite.on('pageerror', (e) => fehler.push(e.message));
      seite.on('console', (m) => m.type() === 'error' && fehler.push(m.text()));
      seite.on('request', (r) => {
        const pfad = new URL(r.url()).pathname;
        if (!pfad.startsWith(BASIS)) ausserhalb.push(pfad);
      });
      await seite.goto(adresseVon(datei!));
      const figur = seite.locator('figure[data-diagramm]').first();
      await figur.scrollIntoViewIfNeeded();
      await expect
        .poll(() => figur.getAttribute('data-zustand'), { timeout: 30_000 })
        .not.toMatch(/^(wartet|zeichnet)$/);
      expect(await figur.getAttribute('data-zustand')).not.toBe('fehler');
      expect(await figur.locator('svg').count()).toBeGreaterThan(0);
      expect(fehler).toEqual([]);
      expect(ausserhalb).toEqual([]);
      await kontext.close();
    });
  },
  { wurzel: () => ausgabe, praefix: BASIS },
);

browserTests(
  `Beitragseditor unter ${BASIS}`,
  (umgebung) => {
    it(
      '„Im Editor bearbeiten“ lädt die Datei unter /atlas/ und öffnet sie unverändert',
      { timeout: 120_000 },
      async () => {
        const kontext = await umgebung().kontext();
        const seite = await kontext.newPage();
        const fehler: string[] = [];
        const ausserhalb: string[] = [];
        seite.on('pageerror', (e) => fehler.push(e.message));
        seite.on('console', (m) => m.type() === 'error' && fehler.push(m.text()));
        seite.on('request', (r) => {
          const pfad = new URL(r.url()).pathname;
          if (!pfad.startsWith(BASIS)) ausserhalb.push(pfad);
        });
        try {
          await imEditorBearbeiten(playwrightBedienung(seite), 'beispieltal/routing-ueber-ars', BASIS.slice(0, -1));
          expect(fehler).toEqual([]);
          expect(ausserhalb).toEqual([]);
        } finally {
          await kontext.close();
        }
      },
    );
  },
  { wurzel: () => ausgabe, praefix: BASIS },
);
