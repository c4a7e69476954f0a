/**
 * Bedienung nur mit der Tastatur, mit sichtbarem Fokus (WCAG 2.1.1, 2.4.1,
 * 2.4.7): Sprunglink, Navigation samt Menü auf schmalen Bildschirmen,
 * Farbschema, Suche im Kopf und auf /suche/, Zoom-Dialog der Diagramme.
 * Dazu Umbruch ohne waagerechtes Scrollen bei 320 px Breite und bei 200 %
 * Schriftgröße (WCAG 1.4.4, 1.4.10) und reduzierte Bewegung (2.3.3).
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { THEMA_SCHLUESSEL } from '../../src/lib/thema.ts';
import { browserTests } from '../helpers/browser.ts';
import { alleAdressen, diagrammeZeichnen, parallel, seitenJeArt } from '../helpers/seiten.ts';

interface Fokus {
  /** Kurzbeschreibung des fokussierten Elements für Fehlermeldungen. */
  was: string;
  /** Rahmen (outline) von mindestens 2 px oder, beim Sprunglink, ein Rand. */
  sichtbar: boolean;
  /** Ganz oder teilweise im sichtbaren Bereich. */
  imBild: boolean;
}

/** Beschreibt das fokussierte Element und ob sein Fokus zu sehen ist. */
function fokus(page: Page): Promise<Fokus> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { was: 'body', sichtbar: false, imBild: false };
    const stil = getComputedStyle(element);
    const rahmen = stil.outlineStyle !== 'none' && parseFloat(stil.outlineWidth) >= 2;
    const rand = stil.borderStyle !== 'none' && parseFloat(stil.borderWidth) >= 2;
    const box = element.getBoundingClientRect();
    const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40);
    return {
      was: `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}> „${text}“`,
      sichtbar: rahmen || rand,
      imBild: box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth && box.width > 0,
    };
  });
}

/** Drückt Tab, bis `passt` für das fokussierte Element zutrifft; scheitert nach `hoechstens` Schritten. */
async function tabBis(page: Page, passt: string, hoechstens = 200): Promise<void> {
  for (let i = 0; i < hoechstens; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((auswahl) => document.activeElement?.matches(auswahl) ?? false, passt)) return;
  }
  throw new Error(`Nach ${hoechstens}× Tab kein Fokus auf ${passt}.`);
}

/** Ob die Seite waagerecht scrollt (Breite des Inhalts über der des Fensters). */
function scrolltWaagerecht(page: Page): Promise<{ breite: number; fenster: number }> {
  return page.evaluate(() => {
    const wurzel = document.scrollingElement ?? document.documentElement;
    return { breite: wurzel.scrollWidth, fenster: wurzel.clientWidth };
  });
}

browserTests('Bedienung mit der Tastatur, Zoom und reduzierte Bewegung', (umgebung) => {
  it('der erste Tab zeigt den Sprunglink sichtbar; Enter springt in den Inhalt', async () => {
    const kontext = await umgebung().kontext();
    try {
      const page = await kontext.newPage();
      await page.goto('/leistungen/wohngeld/');
      await page.keyboard.press('Tab');
      const erster = await fokus(page);
      expect(erster.was).toContain('Zum Inhalt springen');
      expect(erster).toMatchObject({ sichtbar: true, imBild: true });
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhalt');
      // Der nächste Tab landet im Inhalt, nicht wieder im Kopf.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    } finally {
      await kontext.close();
    }
  });

  it('jedes Ziel beim Tabben hat einen sichtbaren Fokusrahmen und liegt im Bild', { timeout: 120_000 }, async () => {
    const kontext = await umgebung().kontext();
    try {
      const fehler: string[] = [];
      const seiten = seitenJeArt();
      await parallel([...seiten.values()], 2, async (adresse) => {
        const page = await kontext.newPage();
        // Erst wenn nichts mehr nachlädt (Suche, Diagramme), verschiebt sich nichts mehr unter dem Fokus.
        await page.goto(adresse, { waitUntil: 'networkidle' });
        if (adresse.startsWith('/suche/')) await page.locator('[data-suche][data-bereit]').waitFor();
        await diagrammeZeichnen(page);
        // Die ersten 60 Ziele: Kopf, Navigation und ein gutes Stück Inhalt; am Ende der Seite geht der Fokus an den Browser.
        for (let i = 0; i < 60; i++) {
          await page.keyboard.press('Tab');
          const f = await fokus(page);
          if (f.was === 'body') break;
          if (!f.sichtbar || !f.imBild)
            fehler.push(`${adresse}: ${f.was} ${f.sichtbar ? 'nicht im Bild' : 'ohne Fokusrahmen'}`);
        }
        await page.close();
      });
      expect(fehler, fehler.join('\n')).toEqual([]);
    } finally {
      await kontext.close();
    }
  });

  it('das Menü auf schmalen Bildschirmen öffnet und schließt per Tastatur', async () => {
    const kontext = await umgebung().kontext({ viewport: { width: 320, height: 640 } });
    try {
      const page = await kontext.newPage();
      await page.goto('/glossar/');
      const navigation = page.getByRole('navigation', { name: 'Hauptnavigation' });
      expect(await navigation.isVisible()).toBe(false);
      await tabBis(page, '.menue-knopf');
      expect(await fokus(page)).toMatchObject({ sichtbar: true, imBild: true });
      await page.keyboard.press('Enter');
      expect(await page.getAttribute('.menue-knopf', 'aria-expanded')).toBe('true');
      expect(await navigation.isVisible()).toBe(true);
      await page.keyboard.press('Tab');
      const link = await fokus(page);
      expect(link.was).toContain('Leistungen');
      expect(link).toMatchObject({ sichtbar: true, imBild: true });
      await page.keyboard.press('Escape');
      expect(await navigation.isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.classList.contains('menue-knopf'))).toBe(true);
      // Der aktuelle Punkt ist auch im Menü ausgezeichnet.
      await page.keyboard.press('Enter');
      expect(await navigation.getByRole('link', { name: 'Glossar' }).getAttribute('aria-current')).toBe('page');
    } finally {
      await kontext.close();
    }
  });

  it('das Farbschema wechselt per Tastatur und bleibt beim nächsten Besuch', async () => {
    const kontext = await umgebung().kontext({ colorScheme: 'light' });
    try {
      const page = await kontext.newPage();
      await page.goto('/');
      await tabBis(page, '[data-thema-umschalter]');
      expect(await fokus(page)).toMatchObject({ sichtbar: true, imBild: true });
      const umschalter = page.locator('[data-thema-umschalter]').first();
      // Der Name sagt, was ein Druck tut, in beiden Zuständen (Issue 24: vorher immer „Dunkles Farbschema“).
      expect(await umschalter.getAttribute('aria-pressed')).toBeNull();
      await expect
        .poll(() => umschalter.evaluate((k) => (k as HTMLElement).innerText.trim()))
        .toBe('Dunkles Farbschema einschalten');
      await page.keyboard.press('Space');
      expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
      expect(await umschalter.evaluate((k) => (k as HTMLElement).innerText.trim())).toBe(
        'Helles Farbschema einschalten',
      );
      expect(await page.getByRole('button', { name: 'Helles Farbschema einschalten' }).count()).toBeGreaterThan(0);
      expect(await page.evaluate((k) => localStorage.getItem(k), THEMA_SCHLUESSEL)).toBe('dark');
      await page.goto('/leistungen/');
      expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
      await tabBis(page, '[data-thema-umschalter]');
      await page.keyboard.press('Enter');
      expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    } finally {
      await kontext.close();
    }
  });

  it('Suche per Tastatur: Kopffeld, Trefferliste auf /suche/, Treffer öffnen', async () => {
    const kontext = await umgebung().kontext();
    try {
      const page = await kontext.newPage();
      await page.goto('/querschnitt/');
      await tabBis(page, '#kopf-suche');
      expect(await fokus(page)).toMatchObject({ sichtbar: true, imBild: true });
      await page.keyboard.type('Zustellpunkt');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/suche\/\?q=Zustellpunkt$/);
      await page.locator('[data-suche][data-bereit]').waitFor();
      await page.locator('.treffer a').first().waitFor();
      // Von der Suchseite aus mit Tab zum ersten Treffer und mit Enter hinein.
      await page.locator('#suche-q').focus();
      await tabBis(page, '.treffer a');
      const treffer = await fokus(page);
      expect(treffer).toMatchObject({ sichtbar: true, imBild: true });
      const ziel = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname);
      await page.keyboard.press('Enter');
      await page.waitForURL((adresse) => adresse.pathname === ziel);
    } finally {
      await kontext.close();
    }
  });

  it('auf /suche/ führt ein Sprunglink vor den Filtern zu den Treffern: höchstens 8 Tabs bis zum ersten', async () => {
    const kontext = await umgebung().kontext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await kontext.newPage();
      await page.goto('/suche/?q=Zustellpunkt');
      await page.locator('[data-suche][data-bereit]').waitFor();
      await page.locator('.treffer a').first().waitFor();
      let tabs = 0;
      const weg: string[] = [];
      const tab = async (auswahl: string) => {
        for (let i = 0; i < 60; i++) {
          await page.keyboard.press('Tab');
          tabs++;
          weg.push((await fokus(page)).was);
          if (await page.evaluate((a) => document.activeElement?.matches(a) ?? false, auswahl)) return;
        }
        throw new Error(`kein Fokus auf ${auswahl}`);
      };
      // Sprunglink der Seite in den Inhalt, dann Suchfeld, Suchen, Sortierung, Sprunglink zu den Treffern.
      await tab('.sprunglink');
      await page.keyboard.press('Enter');
      await tab('[data-sprung-ergebnisse]');
      expect(await fokus(page)).toMatchObject({ sichtbar: true, imBild: true });
      await page.keyboard.press('Enter');
      await tab('.treffer a');
      const erster = await page.evaluate(() => document.querySelector('.treffer a') === document.activeElement);
      expect(erster).toBe(true);
      // Vorher 39 Tabs (24 Filterkästchen lagen dazwischen).
      expect(tabs, weg.join(' → ')).toBeLessThanOrEqual(8);
    } finally {
      await kontext.close();
    }
  });

  it('der Zoom-Dialog hält den Fokus, zeigt ihn und gibt ihn beim Schließen zurück', async () => {
    const kontext = await umgebung().kontext();
    try {
      const page = await kontext.newPage();
      const adresse = alleAdressen().find((a) => a.endsWith('/technisch/'))!;
      await page.goto(adresse);
      await diagrammeZeichnen(page);
      await tabBis(page, '[data-diagramm-aktion="vergroessern"]', 400);
      expect(await fokus(page)).toMatchObject({ sichtbar: true, imBild: true });
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      for (let i = 0; i < 8; i++) {
        await page.keyboard.press('Tab');
        const imDialog = await page.evaluate(() => document.activeElement?.closest('dialog[open]') !== null);
        // Chromium lässt den Fokus nach dem letzten Element kurz in die Browser-Oberfläche (body); zurück kommt er in den Dialog.
        const f = await fokus(page);
        if (f.was === 'body') continue;
        expect(imDialog, f.was).toBe(true);
        expect(f, f.was).toMatchObject({ sichtbar: true, imBild: true });
      }
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.matches('[data-diagramm-aktion="vergroessern"]'))).toBe(
        true,
      );
    } finally {
      await kontext.close();
    }
  });

  it.each([
    { fall: '320 px Breite', breite: 320, schrift: '100%' },
    { fall: '200 % Schriftgröße bei 640 px', breite: 640, schrift: '200%' },
  ])('keine Seitenart scrollt waagerecht bei $fall', { timeout: 120_000 }, async ({ breite, schrift }) => {
    const kontext = await umgebung().kontext({ viewport: { width: breite, height: 800 } });
    try {
      // Wie die Schriftgröße im Browser: die Grundgröße, an der alle rem und em hängen.
      // Das Init-Skript läuft, bevor es <html> gibt: sobald es da ist, die Größe setzen.
      await kontext.addInitScript((groesse) => {
        new MutationObserver((_, beobachter) => {
          if (!document.documentElement) return;
          document.documentElement.style.fontSize = groesse;
          beobachter.disconnect();
        }).observe(document, { childList: true });
      }, schrift);
      const adressen = [...seitenJeArt().values(), '/suche/?q=Wohngeld'];
      const zuBreit = await parallel(adressen, 2, async (adresse) => {
        const page = await kontext.newPage();
        await page.goto(adresse);
        await diagrammeZeichnen(page);
        if (adresse.startsWith('/suche/?')) await page.locator('.treffer').first().waitFor();
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(
          `${16 * (parseFloat(schrift) / 100)}px`,
        );
        const { breite: inhalt, fenster } = await scrolltWaagerecht(page);
        await page.close();
        return inhalt > fenster ? `${adresse}: ${inhalt} px Inhalt bei ${fenster} px Fenster` : undefined;
      });
      expect(zuBreit.filter(Boolean), zuBreit.filter(Boolean).join('\n')).toEqual([]);
    } finally {
      await kontext.close();
    }
  });

  it('mit reduzierter Bewegung gibt es keine Übergänge, Animationen oder weiches Scrollen', async () => {
    const kontext = await umgebung().kontext({ reducedMotion: 'reduce', viewport: { width: 390, height: 800 } });
    try {
      const page = await kontext.newPage();
      const adresse = alleAdressen().find((a) => a.endsWith('/technisch/'))!;
      await page.goto(adresse);
      await diagrammeZeichnen(page);
      // Bedienen, was sich bewegen könnte: Menü, Farbschema, Zoom-Dialog.
      await page.getByRole('button', { name: 'Menü' }).click();
      await page.locator('[data-thema-umschalter]').click();
      await page
        .getByRole('button', { name: /^Vergrößern/ })
        .first()
        .click();
      await page.getByRole('dialog').waitFor();
      // Ein Element mit Übergang, wie es eine künftige Komponente mitbringen könnte: Die globale Regel greift auch dort.
      await page.evaluate(() => {
        const probe = document.createElement('div');
        probe.id = 'bewegungs-probe';
        probe.style.transition = 'opacity 2s';
        probe.style.animation = 'irgendwas 3s infinite';
        document.body.append(probe);
      });
      const befund = await page.evaluate(() => {
        const lang = (wert: string) =>
          wert.split(',').some((dauer) => parseFloat(dauer) * (dauer.includes('ms') ? 1 : 1000) > 1);
        const bewegt = [...document.querySelectorAll<Element>('*')]
          .filter((element) => {
            const stil = getComputedStyle(element);
            return lang(stil.transitionDuration) || (stil.animationName !== 'none' && lang(stil.animationDuration));
          })
          .map((element) => element.tagName.toLowerCase() + (element.id ? `#${element.id}` : ''));
        return {
          bewegt,
          scrollen: getComputedStyle(document.documentElement).scrollBehavior,
          // Übergänge von 0,01 ms dürfen kurz „laufen“; länger oder endlos darf keine Animation sein.
          lang: document
            .getAnimations()
            .map((a) => a.effect?.getComputedTiming())
            .filter((t) => Number(t?.duration) > 1 || t?.iterations === Infinity).length,
        };
      });
      expect(befund).toEqual({ bewegt: [], scrollen: 'auto', lang: 0 });
    } finally {
      await kontext.close();
    }
  });
});
