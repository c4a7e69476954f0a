/**
 * Druck eines Konzeptdokuments im echten Browser (Druckmedium): Kopf,
 * Navigation, Brotkrumen und Fuß verschwinden, die Diagramme stehen als
 * gezeichnete Bilder da, Links schreiben ihr Ziel aus, und auch aus dem
 * dunklen Schema wird schwarz auf weiß gedruckt.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { browserTests } from '../helpers/browser.ts';
import { adresseVon, htmlSeiten, seite } from '../helpers/dist.ts';
import { diagrammeZeichnen } from '../helpers/seiten.ts';

/**
 * Das Konzeptdokument (ohne Dossiers) mit den meisten Diagrammen, bei
 * Gleichstand das mit den meisten Links im Text: der härteste Fall für den Druck.
 */
function konzeptMitDiagrammen(): string {
  const [erstes] = htmlSeiten()
    .filter((datei) => /^leistungen\/[^/]+\/(?!dossier\/)[^/]+\/index\.html$/.test(datei))
    .map((datei) => ({
      datei,
      zahl: seite(datei).querySelectorAll('figure[data-diagramm]').length,
      links: seite(datei)
        .querySelectorAll('.prosa a[href]')
        .filter((a) => !a.classList.contains('begriff')).length,
    }))
    .sort((x, y) => y.zahl - x.zahl || y.links - x.links);
  if (!erstes?.zahl) throw new Error('Kein Konzeptdokument mit Diagramm in dist/.');
  return adresseVon(erstes.datei);
}

/** Ein Konzeptdokument mit Belegen (Fußnoten), das mit den meisten. */
function konzeptMitBelegen(): string {
  const [erstes] = htmlSeiten()
    .filter((datei) => /^leistungen\/[^/]+\/(?!dossier\/)[^/]+\/index\.html$/.test(datei))
    .map((datei) => ({ datei, zahl: seite(datei).querySelectorAll('section.belege li').length }))
    .sort((x, y) => y.zahl - x.zahl);
  if (!erstes?.zahl) throw new Error('Kein Konzeptdokument mit Belegen in dist/.');
  return adresseVon(erstes.datei);
}

/** Das Konzeptdokument mit dem breitesten Diagramm (nach der Schätzung im Build, --diagramm-breite). */
function konzeptMitBreitemDiagramm(): string {
  const breite = (datei: string) =>
    Math.max(
      0,
      ...seite(datei)
        .querySelectorAll('figure[data-diagramm]')
        .map((f) => parseFloat(/--diagramm-breite:\s*([\d.]+)/.exec(f.getAttribute('style') ?? '')?.[1] ?? '0')),
    );
  const [erstes] = htmlSeiten()
    .filter((datei) => /^leistungen\/[^/]+\/(?!dossier\/)[^/]+\/index\.html$/.test(datei))
    .sort((x, y) => breite(y) - breite(x));
  return adresseVon(erstes!);
}

/** Zeichnet die Diagramme wie vor dem Drucken und schaltet auf das Druckmedium. */
async function drucken(page: Page): Promise<void> {
  await diagrammeZeichnen(page);
  await page.emulateMedia({ media: 'print' });
}

browserTests('Konzeptdokument im Druck', (umgebung) => {
  it('blendet Kopf, Navigation, Brotkrumen, Fuß und Diagramm-Knöpfe aus', async () => {
    const kontext = await umgebung().kontext();
    try {
      const page = await kontext.newPage();
      await page.goto(konzeptMitDiagrammen());
      const vorher = await page.locator('#hauptnavigation').isVisible();
      await drucken(page);
      expect(vorher).toBe(true);
      for (const auswahl of [
        'header.kopf',
        '#hauptnavigation',
        'nav.brotkrumen',
        'footer',
        '[data-diagramm-aktionen]',
      ]) {
        expect(await page.locator(auswahl).first().isVisible(), auswahl).toBe(false);
      }
      expect(await page.locator('main h1').isVisible()).toBe(true);
    } finally {
      await kontext.close();
    }
  });

  it('zeigt jedes Diagramm als gezeichnetes Bild mit Titel, ganz auf dem Papier', async () => {
    // So breit wie eine A4-Seite bei 96 dpi.
    const kontext = await umgebung().kontext({ viewport: { width: 794, height: 1123 } });
    try {
      const page = await kontext.newPage();
      for (const adresse of new Set([konzeptMitDiagrammen(), konzeptMitBreitemDiagramm()])) {
        await page.emulateMedia({ media: 'screen' });
        await page.goto(adresse);
        await drucken(page);
        const figuren = await page.locator('figure[data-diagramm]').all();
        expect(figuren.length).toBeGreaterThan(0);
        for (const figur of figuren) {
          expect(await figur.getAttribute('data-zustand')).toBe('fertig');
          const svg = figur.locator('svg[role="img"]');
          expect(await svg.isVisible()).toBe(true);
          // Im Druck zeichnet die Seite Diagramme in den Druckfarben neu; bis dahin steht das alte Bild.
          await expect.poll(async () => (await svg.boundingBox())?.height ?? 0).toBeGreaterThan(50);
          // Ganz auf dem Papier: nicht breiter als die Spalte (Papier scrollt nicht).
          const [bild, spalte] = await Promise.all([svg.boundingBox(), page.locator('main').boundingBox()]);
          expect(bild!.x + bild!.width, (await figur.getAttribute('data-titel')) ?? '').toBeLessThanOrEqual(
            spalte!.x + spalte!.width + 1,
          );
          expect(await figur.locator('figcaption').isVisible()).toBe(true);
        }
      }
    } finally {
      await kontext.close();
    }
  });

  it('schreibt hinter Links im Text ihr Ziel (nicht bei Glossarbegriffen) und druckt die Adressen der Quellen', async () => {
    const kontext = await umgebung().kontext();
    try {
      const page = await kontext.newPage();
      await page.goto(konzeptMitDiagrammen());
      await drucken(page);
      const links = await page.locator('.prosa a[href]').evaluateAll((alle) =>
        alle.map((a) => ({
          href: a.getAttribute('href') ?? '',
          // Belege: Sprünge in der Seite und Quellen, deren Adresse ausgeschrieben darunter steht.
          begriff: a.classList.contains('begriff') || a.classList.contains('beleg-link'),
          nachher: getComputedStyle(a, '::after').content,
        })),
      );
      const ziele = links.filter((l) => !l.begriff && !l.href.startsWith('#'));
      expect(ziele.length, 'Links im Text außer Glossarbegriffen').toBeGreaterThan(0);
      for (const link of ziele) expect(link.nachher, link.href).toBe(`" (${link.href})"`);
      expect(links.some((l) => l.begriff)).toBe(true);
      for (const link of links.filter((l) => l.begriff)) expect(link.nachher, link.href).toBe('none');
      // Quellen verlinken nach außen; ihre Adresse steht sichtbar darunter, auch auf Papier:
      // zitierte am Beleg (src/mdx/belege.ts), die übrigen in der Quellenliste.
      const quellen = await page.locator('.quellen li, .belege .beleg-quelle').all();
      expect(quellen.length).toBeGreaterThan(0);
      for (const quelle of quellen) {
        const href = await quelle.locator('a').getAttribute('href');
        expect(href).toMatch(/^https?:\/\//);
        expect(await quelle.locator('.adresse').isVisible()).toBe(true);
        expect(await quelle.locator('.adresse').textContent()).toBe(href);
      }
    } finally {
      await kontext.close();
    }
  });

  it('druckt die Belege: Zahl im Text, Liste mit Quelle und Abrufdatum, ohne Rücksprünge', async () => {
    const kontext = await umgebung().kontext();
    try {
      const page = await kontext.newPage();
      await page.goto(konzeptMitBelegen());
      await drucken(page);
      const verweise = page.locator('.prosa a[data-footnote-ref]');
      expect(await verweise.count()).toBeGreaterThan(0);
      expect(await verweise.first().isVisible()).toBe(true);
      expect(await page.locator('section.belege h2').isVisible()).toBe(true);
      for (const beleg of await page.locator('section.belege li').all()) {
        expect(await beleg.isVisible()).toBe(true);
        expect(await beleg.locator('a[data-footnote-backref]').first().isVisible()).toBe(false);
        const quelle = beleg.locator('.beleg-quelle');
        if ((await quelle.count()) === 0) continue;
        expect(await quelle.textContent()).toMatch(/abgerufen am \d{1,2}\. \p{L}+ \d{4}/u);
        expect(await quelle.locator('.adresse').isVisible()).toBe(true);
      }
    } finally {
      await kontext.close();
    }
  });

  it('druckt auch aus dem dunklen Schema schwarz auf weiß, Diagramme hell', async () => {
    const kontext = await umgebung().kontext({ colorScheme: 'dark' });
    try {
      const page = await kontext.newPage();
      await page.goto(konzeptMitDiagrammen());
      expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
      await drucken(page);
      const farben = await page.evaluate(() => ({
        text: getComputedStyle(document.body).color,
        grund: getComputedStyle(document.documentElement).backgroundColor,
        bild: getComputedStyle(document.querySelector('figure[data-diagramm] svg')!).filter,
      }));
      expect(farben).toEqual({
        text: 'rgb(0, 0, 0)',
        grund: 'rgb(255, 255, 255)',
        bild: 'invert(1) hue-rotate(180deg)',
      });
    } finally {
      await kontext.close();
    }
  });
});
