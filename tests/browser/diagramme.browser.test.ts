/**
 * Diagramme in einem echten Browser (Chromium über playwright-core) auf der
 * gebauten Website mit den echten Inhalten: gezeichnet in beiden Farbschemata,
 * mit Namen, neu gezeichnet beim Wechsel, Zoom-Dialog per Tastatur, Download.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { slug } from '../../src/modell/slug.ts';
import { browserTests } from '../helpers/browser.ts';
import { adresseVon, htmlSeiten, seite } from '../helpers/dist.ts';

/** Seiten mit Diagrammen, aus dist/ gelesen: Adresse und Titel je Diagramm. */
function diagrammSeiten(): { adresse: string; titel: string[]; sofort: boolean }[] {
  return htmlSeiten()
    .map((pfad) => ({
      adresse: adresseVon(pfad),
      titel: seite(pfad)
        .querySelectorAll('figure[data-diagramm]')
        // Vorlagen im <template> (Beitragseditor) sind keine Diagramme der Seite.
        .filter((figur) => !figur.closest('template'))
        .map((figur) => figur.getAttribute('data-titel') ?? ''),
      /** Seite zum Drucken (Dossier): zeichnet alle Diagramme gleich beim Laden. */
      sofort: seite(pfad).querySelector('[data-diagramme-sofort]') !== null,
    }))
    .filter(({ titel }) => titel.length > 0);
}

/** Die erste Seite mit Diagramm (für Tests, denen eine genügt). */
function ersteDiagrammSeite(): { adresse: string; titel: string } {
  const [erste] = diagrammSeiten();
  if (!erste) throw new Error('Keine Seite mit Diagramm in dist/.');
  return { adresse: erste.adresse, titel: erste.titel[0]! };
}

/** Hält Skriptfehler einer Seite fest, damit ein Test an ihnen scheitern kann. */
function fehlerSammeln(page: Page): string[] {
  const fehler: string[] = [];
  page.on('pageerror', (fehlerObjekt) => fehler.push(fehlerObjekt.message));
  page.on('console', (meldung) => {
    if (meldung.type() === 'error') fehler.push(meldung.text());
  });
  return fehler;
}

/** Scrollt jedes Diagramm ins Bild und wartet, bis alle gezeichnet (oder gescheitert) sind. */
async function alleZeichnen(page: Page): Promise<void> {
  for (const figur of await page.locator('figure[data-diagramm]').all()) {
    await figur.scrollIntoViewIfNeeded();
    await page.waitForFunction(
      (element) => !['wartet', 'zeichnet'].includes((element as HTMLElement).dataset.zustand ?? ''),
      await figur.elementHandle(),
      { timeout: 30_000 },
    );
  }
}

/** Die Flächenfarbe des aktuellen Schemas kommt in jedem SVG vor (als Hex, wie in global.css). */
async function farbenPassen(page: Page): Promise<boolean[]> {
  return page.evaluate(() => {
    const flaeche = getComputedStyle(document.documentElement).getPropertyValue('--farbe-flaeche').trim().toLowerCase();
    return [...document.querySelectorAll('figure[data-diagramm] svg')].map((svg) =>
      svg.outerHTML.toLowerCase().includes(flaeche),
    );
  });
}

/**
 * Wörter ab zwölf Buchstaben aus dem Quelltext jedes Diagramms, die im Bild
 * stehen, und ob eine Zeile sie ganz enthält (Umlaute und Komposita dürfen
 * nicht mitten im Wort umbrechen).
 */
async function langeWoerter(page: Page): Promise<{ wort: string; ganz: boolean }[]> {
  const befunde = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('figure[data-diagramm]')].map((figur) => {
      const svg = figur.querySelector('svg')!;
      // Eine Zeile ist ein äußeres tspan (umbrochene Beschriftung) oder ein ganzes <text>.
      const zeilen = [...svg.querySelectorAll('text')].flatMap((text) => {
        const aeussere = [...text.querySelectorAll(':scope > tspan.text-outer-tspan')];
        return (aeussere.length ? aeussere : [text]).map((zeile) => zeile.textContent ?? '');
      });
      const woerter = (figur.dataset.quelle ?? '')
        .split('\n')
        .filter((zeile) => !/^\s*acc(Title|Descr)/.test(zeile))
        .join(' ')
        .match(/[A-Za-zÄÖÜäöüß]{12,}/g);
      const alles = zeilen.join('').replace(/\s/g, '');
      return [...new Set(woerter ?? [])]
        .filter((wort) => alles.includes(wort))
        .map((wort) => ({ wort, ganz: zeilen.some((zeile) => zeile.includes(wort)) }));
    }),
  );
  return befunde.flat();
}

/** Tests, die jede Diagrammseite öffnen, laden mermaid je Seite neu; das dauert. */
const UEBER_ALLE_SEITEN = { timeout: 240_000 };

browserTests('Diagramme im Browser', (umgebung) => {
  // Im hellen Schema prüft derselbe Durchgang auch die Umbrüche (jede Seite einmal statt zweimal öffnen).
  it.each(['light', 'dark'] as const)(
    'zeichnet jedes Diagramm der Website als SVG mit Namen (%s); hell: bricht Umlaute und lange Wörter nicht auseinander',
    UEBER_ALLE_SEITEN,
    async (schema) => {
      const kontext = await umgebung().kontext({ colorScheme: schema });
      try {
        const seiten = diagrammSeiten();
        expect(seiten.length).toBeGreaterThan(0);
        const arten = new Set<string>();
        const umbruchGeprueft: string[] = [];
        for (const { adresse, titel } of seiten) {
          const page = await kontext.newPage();
          const fehler = fehlerSammeln(page);
          await page.goto(adresse);
          expect(await page.getAttribute('html', 'data-theme'), adresse).toBe(schema);
          await alleZeichnen(page);
          const figuren = page.locator('figure[data-diagramm]');
          for (const [i, name] of titel.entries()) {
            const figur = figuren.nth(i);
            expect(await figur.getAttribute('data-zustand'), `${adresse}: „${name}“`).toBe('fertig');
            await expect
              .poll(() => figur.getByRole('img', { name, exact: true }).count(), { message: `${adresse}: „${name}“` })
              .toBe(1);
            await expect.poll(() => figur.getByRole('button', { name: /^Vergrößern/ }).isVisible()).toBe(true);
            arten.add((await figur.getAttribute('data-art')) ?? '');
          }
          expect(await farbenPassen(page), `${adresse}: Farben des Schemas ${schema}`).not.toContain(false);
          if (schema === 'light') {
            for (const { wort, ganz } of await langeWoerter(page)) {
              expect(ganz, `${adresse}: „${wort}“ ist mitten im Wort umbrochen`).toBe(true);
              umbruchGeprueft.push(wort);
            }
          }
          expect(fehler, adresse).toEqual([]);
          await page.close();
        }
        if (schema === 'light') {
          expect(
            umbruchGeprueft.some((wort) => /[äöüß]/.test(wort)),
            `auf Umbruch geprüft: ${umbruchGeprueft.join(', ')}`,
          ).toBe(true);
        }
        // Das Beispiel-Material deckt die drei wichtigsten Arten ab.
        expect([...arten]).toEqual(expect.arrayContaining(['flowchart', 'sequenceDiagram', 'stateDiagram-v2']));
      } finally {
        await kontext.close();
      }
    },
  );

  it('zeichnet beim Wechsel des Farbschemas neu, ohne dass das Bild verschwindet', async () => {
    const kontext = await umgebung().kontext({ colorScheme: 'light' });
    try {
      const { adresse } = ersteDiagrammSeite();
      const page = await kontext.newPage();
      await page.goto(adresse);
      await alleZeichnen(page);
      expect(await farbenPassen(page)).not.toContain(false);
      // Jeden Moment festhalten, in dem eine Figur kein Bild hätte (Aufblitzen von Quelltext oder Leere).
      await page.evaluate(() => {
        const fenster = window as unknown as { ohneBild: number };
        fenster.ohneBild = 0;
        new MutationObserver(() => {
          for (const bild of document.querySelectorAll('[data-diagramm-bild]'))
            if (!bild.querySelector('svg')) fenster.ohneBild++;
        }).observe(document.body, { subtree: true, childList: true });
      });
      const vorher = await page.locator('figure[data-diagramm] svg').first().getAttribute('id');
      await page.locator('[data-thema-umschalter]').first().click();
      expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
      await expect.poll(() => farbenPassen(page), { timeout: 15_000 }).not.toContain(false);
      expect(await page.locator('figure[data-diagramm] svg').first().getAttribute('id')).not.toBe(vorher);
      expect(await page.evaluate(() => (window as unknown as { ohneBild: number }).ohneBild)).toBe(0);
    } finally {
      await kontext.close();
    }
  });

  it('öffnet den Zoom-Dialog per Tastatur, zoomt und verschiebt mit Tasten und schließt mit Escape', async () => {
    const kontext = await umgebung().kontext();
    try {
      const { adresse, titel } = ersteDiagrammSeite();
      const page = await kontext.newPage();
      await page.goto(adresse);
      await alleZeichnen(page);
      const knopf = page
        .locator('figure[data-diagramm]')
        .first()
        .getByRole('button', { name: /^Vergrößern/ });
      await knopf.focus();
      await page.keyboard.press('Enter');

      const dialog = page.getByRole('dialog', { name: titel });
      await expect.poll(() => dialog.isVisible()).toBe(true);
      expect(await dialog.getByRole('img', { name: titel, exact: true }).count()).toBe(1);
      const buehne = dialog.getByRole('group');
      expect(await buehne.evaluate((element) => element === document.activeElement)).toBe(true);

      const ansicht = () =>
        dialog.locator('.diagramm-dialog-inhalt').evaluate((inhalt) => {
          const matrix = new DOMMatrix(getComputedStyle(inhalt).transform);
          return { massstab: matrix.a, x: matrix.e, y: matrix.f };
        });
      const eingepasst = await ansicht();
      await page.keyboard.press('+');
      await page.keyboard.press('+');
      const groesser = await ansicht();
      expect(groesser.massstab).toBeCloseTo(eingepasst.massstab * 1.25 * 1.25, 3);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowDown');
      const verschoben = await ansicht();
      expect(verschoben.x).toBeLessThan(groesser.x);
      expect(verschoben.y).toBeLessThan(groesser.y);
      await page.keyboard.press('-');
      expect((await ansicht()).massstab).toBeCloseTo(groesser.massstab / 1.25, 3);
      await page.keyboard.press('0');
      expect(await ansicht()).toEqual(eingepasst);
      expect(await dialog.locator('output').textContent()).toBe(`${Math.round(eingepasst.massstab * 100)} %`);

      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.isVisible()).toBe(false);
      expect(await knopf.evaluate((element) => element === document.activeElement)).toBe(true);
      // Noch einmal öffnen geht (der Dialog wird wiederverwendet) und „Schließen“ schließt auch.
      await page.keyboard.press('Enter');
      await expect.poll(() => dialog.isVisible()).toBe(true);
      await dialog.getByRole('button', { name: 'Schließen' }).click();
      await expect.poll(() => dialog.isVisible()).toBe(false);
    } finally {
      await kontext.close();
    }
  });

  it('zeichnet auch das Bild im offenen Dialog neu, wenn das System das Farbschema wechselt', async () => {
    const kontext = await umgebung().kontext({ colorScheme: 'light' });
    try {
      const { adresse, titel } = ersteDiagrammSeite();
      const page = await kontext.newPage();
      await page.goto(adresse);
      await alleZeichnen(page);
      await page
        .locator('figure[data-diagramm]')
        .first()
        .getByRole('button', { name: /^Vergrößern/ })
        .click();
      const dialog = page.getByRole('dialog', { name: titel });
      await expect.poll(() => dialog.isVisible()).toBe(true);
      const bildImDialog = () =>
        dialog.locator('svg').evaluate((svg) => {
          const flaeche = getComputedStyle(document.documentElement).getPropertyValue('--farbe-flaeche').trim();
          return svg.outerHTML.toLowerCase().includes(flaeche.toLowerCase());
        });
      expect(await bildImDialog()).toBe(true);
      // Der Umschalter liegt hinter dem modalen Dialog; das System kann trotzdem wechseln.
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect.poll(() => page.getAttribute('html', 'data-theme')).toBe('dark');
      await expect.poll(bildImDialog, { timeout: 15_000 }).toBe(true);
      expect(await dialog.isVisible()).toBe(true);
    } finally {
      await kontext.close();
    }
  });

  it('lädt das Diagramm als eigenständige SVG-Datei herunter', async () => {
    const kontext = await umgebung().kontext();
    try {
      const { adresse, titel } = ersteDiagrammSeite();
      const page = await kontext.newPage();
      await page.goto(adresse);
      await alleZeichnen(page);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page
          .locator('figure[data-diagramm]')
          .first()
          .getByRole('button', { name: /^Als SVG herunterladen/ })
          .click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${slug(titel)}.svg`);
      const datei = await download.path();
      const { readFile } = await import('node:fs/promises');
      const text = await readFile(datei, 'utf8');
      expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
      const pruefung = await page.evaluate((svgText) => {
        const dokument = new DOMParser().parseFromString(svgText, 'image/svg+xml');
        const svg = dokument.documentElement;
        return {
          wohlgeformt: !dokument.querySelector('parsererror'),
          titel: svg.querySelector('title')?.textContent,
          breite: Number(svg.getAttribute('width')),
        };
      }, text);
      expect(pruefung).toEqual({ wohlgeformt: true, titel, breite: expect.any(Number) });
      expect(pruefung.breite).toBeGreaterThan(0);
    } finally {
      await kontext.close();
    }
  });

  it(
    'lädt mermaid erst, wenn ein Diagramm in die Nähe kommt, und zeichnet vor dem Drucken alle',
    UEBER_ALLE_SEITEN,
    async () => {
      const kontext = await umgebung().kontext({ viewport: { width: 1280, height: 300 } });
      try {
        // Die Seite, deren erstes Diagramm am tiefsten liegt; ohne Dossiers, die zum Drucken gleich beim Laden zeichnen.
        const seiten = diagrammSeiten().filter(({ sofort }) => !sofort);
        const page = await kontext.newPage();
        let tiefste = { adresse: seiten[0]!.adresse, oben: 0 };
        for (const { adresse } of seiten) {
          await page.goto(adresse);
          const oben = await page
            .locator('figure[data-diagramm]')
            .first()
            .evaluate((f) => f.getBoundingClientRect().top);
          if (oben > tiefste.oben) tiefste = { adresse, oben };
        }
        expect(tiefste.oben, 'kein Diagramm liegt weit genug unten für diesen Test').toBeGreaterThan(1_000);

        const anfragen: string[] = [];
        page.on('request', (anfrage) => anfragen.push(anfrage.url()));
        await page.goto(tiefste.adresse, { waitUntil: 'networkidle' });
        expect(anfragen.filter((url) => url.includes('/_mermaid/'))).toEqual([]);
        expect(await page.locator('figure[data-diagramm][data-zustand="wartet"]').count()).toBeGreaterThan(0);

        await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
        await page.waitForFunction(
          () =>
            [...document.querySelectorAll<HTMLElement>('figure[data-diagramm]')].every(
              (figur) => figur.dataset.zustand === 'fertig',
            ),
          null,
          { timeout: 30_000 },
        );
        expect(anfragen.some((url) => url.includes('/_mermaid/'))).toBe(true);
      } finally {
        await kontext.close();
      }
    },
  );

  it('zeigt bei einem kaputten Diagramm den Quelltext und einen Hinweis statt nichts', async () => {
    const kontext = await umgebung().kontext();
    try {
      const { adresse } = ersteDiagrammSeite();
      const page = await kontext.newPage();
      // Das erste Diagramm wird vor dem Zeichnen kaputt gemacht (wie ein Fehler, den die Prüfung übersähe).
      await page.addInitScript(() => {
        new MutationObserver((_, beobachter) => {
          const figur = document.querySelector<HTMLElement>('figure[data-diagramm]');
          if (!figur) return;
          figur.dataset.quelle = 'flowchart TD\n  A -->';
          beobachter.disconnect();
        }).observe(document, { subtree: true, childList: true });
      });
      await page.goto(adresse);
      const figur = page.locator('figure[data-diagramm]').first();
      await figur.scrollIntoViewIfNeeded();
      await expect.poll(() => figur.getAttribute('data-zustand'), { timeout: 30_000 }).toBe('fehler');
      expect(await figur.locator('pre').textContent()).toBe('flowchart TD\n  A -->');
      expect(await figur.locator('.diagramm-fehler').textContent()).toContain('konnte nicht gezeichnet werden');
      expect(await figur.getByRole('button', { name: /^Vergrößern/ }).isVisible()).toBe(false);
    } finally {
      await kontext.close();
    }
  });

  it('lässt Diagramme keinen Code ausführen und keine Einstellungen umgehen (securityLevel strict)', async () => {
    const kontext = await umgebung().kontext();
    try {
      const { adresse } = ersteDiagrammSeite();
      const page = await kontext.newPage();
      const boeseQuelle = [
        '%%{init: {"securityLevel": "loose", "htmlLabels": true, "themeCSS": "svg { display: none }"}}%%',
        'flowchart TD',
        '  accTitle: Angriff',
        '  A["<img src=x onerror=window.angriff=1>Bürgeramt"] --> B["<script>window.angriff=2</script>Fachverfahren"]',
        '  click A call angreifen()',
        '  click B href "javascript:window.angriff=3"',
      ].join('\n');
      await page.addInitScript((quelle) => {
        (window as unknown as { angreifen: () => void }).angreifen = () => {
          (window as unknown as { angriff: number }).angriff = 4;
        };
        new MutationObserver((_, beobachter) => {
          const figur = document.querySelector<HTMLElement>('figure[data-diagramm]');
          if (!figur) return;
          figur.dataset.quelle = quelle;
          beobachter.disconnect();
        }).observe(document, { subtree: true, childList: true });
      }, boeseQuelle);
      await page.goto(adresse);
      const figur = page.locator('figure[data-diagramm]').first();
      await figur.scrollIntoViewIfNeeded();
      await expect.poll(() => figur.getAttribute('data-zustand'), { timeout: 30_000 }).toBe('fertig');
      const svg = figur.locator('svg');
      expect(await svg.isVisible()).toBe(true);
      expect(await svg.locator('img, script, foreignObject, a[href^="javascript"]').count()).toBe(0);
      await svg.locator('text', { hasText: 'Bürgeramt' }).first().click();
      expect(await page.evaluate(() => (window as unknown as { angriff?: number }).angriff)).toBeUndefined();
    } finally {
      await kontext.close();
    }
  });

  it('zeigt ohne JavaScript den beschrifteten Quelltext', async () => {
    const kontext = await umgebung().kontext({ javaScriptEnabled: false });
    try {
      const { adresse } = ersteDiagrammSeite();
      const page = await kontext.newPage();
      await page.goto(adresse);
      const figur = page.locator('figure[data-diagramm]').first();
      const quelle = await figur.getAttribute('data-quelle');
      expect(await figur.locator('pre').isVisible()).toBe(true);
      expect(await figur.locator('pre').textContent()).toBe(quelle);
      expect(await figur.locator('pre').getAttribute('aria-labelledby')).toBeTruthy();
      expect(await figur.locator('figcaption').isVisible()).toBe(true);
      expect(await figur.getByRole('button').count()).toBe(0);
    } finally {
      await kontext.close();
    }
  });
});
