/**
 * Die Prüfsteine können scheitern: Eine Fixture-Seite mit je einem bekannten
 * Mangel (tests/fixtures/pruefsteine/kaputt.html) wird unter der Adresse der
 * Website ausgeliefert, mit der Content-Security-Policy, die der Build in jede
 * Seite schreibt. Dieselben Prüfungen wie für die echte Website müssen die
 * Barriere (axe), das Bild vom fremden Server (Netz) und das eingeschleuste
 * Skript (CSP) finden.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { axePruefen } from '../helpers/axe.ts';
import { browserTests } from '../helpers/browser.ts';
import { seite } from '../helpers/dist.ts';
import { protokolliere } from '../helpers/protokoll.ts';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'pruefsteine', 'kaputt.html');
const ADRESSE = '/__pruefsteine/kaputt/';

/** Die Fixture mit dem CSP-<meta> der Startseite aus dist/ an der markierten Stelle. */
function fixtureMitCsp(): string {
  const meta = seite('index.html').querySelector('meta[http-equiv="content-security-policy"]');
  if (!meta) throw new Error('dist/index.html hat keine Content-Security-Policy (security.csp in astro.config.mjs).');
  const html = readFileSync(FIXTURE, 'utf8');
  if (!html.includes('<!-- CSP DER WEBSITE -->')) throw new Error(`${FIXTURE}: Markierung für die CSP fehlt.`);
  return html.replace('<!-- CSP DER WEBSITE -->', meta.toString());
}

browserTests('Prüfsteine finden die Mängel der Fixture-Seite', (umgebung) => {
  /** Öffnet die Fixture in einem frischen Kontext mit Protokoll; `ohneCsp` wie eine Website, deren CSP gelockert wurde. */
  async function oeffneFixture(ohneCsp = false) {
    const kontext = await umgebung().kontext({ bypassCSP: ohneCsp });
    const protokoll = await protokolliere(kontext, umgebung().basis);
    // Nach dem Protokoll angemeldet, also zuerst gefragt: Diese eine Adresse liefert die Fixture.
    await kontext.route(`${umgebung().basis}${ADRESSE}`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixtureMitCsp() }),
    );
    const page = await kontext.newPage();
    await page.goto(ADRESSE, { waitUntil: 'networkidle' });
    return { kontext, protokoll, page };
  }

  it('axe meldet das Bild ohne Textalternative', async () => {
    const { kontext, page } = await oeffneFixture();
    try {
      const befunde = await axePruefen(page);
      expect(befunde.map((b) => b.regel)).toEqual(['image-alt']);
    } finally {
      await kontext.close();
    }
  });

  it('die CSP blockiert das eingeschleuste Skript und das fremde Bild und meldet beides', async () => {
    const { kontext, protokoll, page } = await oeffneFixture();
    try {
      await expect.poll(() => protokoll.csp.length).toBeGreaterThanOrEqual(2);
      expect(protokoll.csp.some((v) => v.startsWith('script-src-elem blockiert inline'))).toBe(true);
      expect(protokoll.csp.some((v) => v.startsWith('img-src blockiert https://bilder.example/'))).toBe(true);
      expect(await page.evaluate(() => 'eingeschleust' in window)).toBe(false);
      // Was die CSP abfängt, fragt der Browser gar nicht erst an.
      expect(protokoll.fremd).toEqual([]);
    } finally {
      await kontext.close();
    }
  });

  it('das Netzprotokoll meldet das fremde Bild auch dann, wenn die CSP es nicht mehr abfinge', async () => {
    const { kontext, protokoll, page } = await oeffneFixture(true);
    try {
      expect(protokoll.fremd).toEqual(['https://bilder.example/zaehlpixel.png']);
      // Ohne CSP liefe auch das Skript: Die CSP-Prüfung oben ist also keine Selbstverständlichkeit.
      expect(await page.evaluate(() => 'eingeschleust' in window)).toBe(true);
    } finally {
      await kontext.close();
    }
  });
});
