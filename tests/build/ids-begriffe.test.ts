/**
 * Über alle Seiten in dist/: Jede ID ist auf ihrer Seite eindeutig (das Dossier
 * setzt viele Dokumente auf eine Seite), jeder <Begriff> hat seine Erklärung
 * als Tooltip, und das Glossar nennt genau die Seiten, die einen Begriff verlinken.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { adresseVon, htmlSeiten, pruefeDist, seite } from '../helpers/dist.ts';

beforeAll(pruefeDist);

describe('IDs', () => {
  it('jede ID kommt auf ihrer Seite nur einmal vor', () => {
    const doppelt: string[] = [];
    for (const datei of htmlSeiten()) {
      const gesehen = new Set<string>();
      for (const el of seite(datei).querySelectorAll('[id]')) {
        const id = el.getAttribute('id')!;
        if (gesehen.has(id)) doppelt.push(`${datei}: ${id}`);
        gesehen.add(id);
      }
    }
    expect(doppelt).toEqual([]);
  });

  it('jeder Verweis über aria-labelledby, aria-describedby und for trifft eine ID der Seite', () => {
    const kaputt: string[] = [];
    for (const datei of htmlSeiten()) {
      const dom = seite(datei);
      for (const el of dom.querySelectorAll('[aria-labelledby], [aria-describedby], [for], [aria-controls]')) {
        for (const attr of ['aria-labelledby', 'aria-describedby', 'for', 'aria-controls']) {
          for (const id of (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean)) {
            if (!dom.getElementById(id)) kaputt.push(`${datei}: ${attr}="${id}"`);
          }
        }
      }
    }
    expect(kaputt).toEqual([]);
  });
});

describe('Begriffe', () => {
  it('jeder Begriff-Link bleibt ein Link ins Glossar und wird von seinem Tooltip beschrieben', () => {
    let gezaehlt = 0;
    for (const datei of htmlSeiten()) {
      const dom = seite(datei);
      for (const a of dom.querySelectorAll('a.begriff')) {
        gezaehlt++;
        expect(a.getAttribute('href'), datei).toMatch(/^\/glossar\/#[a-z0-9-]+$/);
        const tipp = dom.getElementById(a.getAttribute('aria-describedby') ?? '');
        expect(tipp?.getAttribute('role'), `${datei}: ${a.text}`).toBe('tooltip');
        expect(tipp?.text.length).toBeGreaterThan(10);
      }
    }
    expect(gezaehlt).toBeGreaterThan(50);
  });

  it('das Glossar nennt je Begriff genau die Seiten, die ihn verlinken', () => {
    const verlinkt = new Map<string, Set<string>>();
    for (const datei of htmlSeiten()) {
      // Das Dossier wiederholt nur Einzelseiten und steht darum nicht in „Verwendet in“.
      if (datei === 'glossar/index.html' || datei.endsWith('/dossier/index.html')) continue;
      for (const a of seite(datei).querySelectorAll('a.begriff')) {
        // Vorlagen des Beitragseditors (<template>) sind keine Links, nur Markup für die Vorschau.
        if (a.closest('template')) continue;
        const id = a.getAttribute('href')!.split('#')[1]!;
        verlinkt.set(id, (verlinkt.get(id) ?? new Set()).add(adresseVon(datei)));
      }
    }
    const glossar = seite('glossar/index.html');
    for (const eintrag of glossar.querySelectorAll('dl.begriffe > div[id]')) {
      const id = eintrag.getAttribute('id')!;
      const genannt = eintrag.querySelectorAll('[data-verwendet-in] a').map((a) => a.getAttribute('href'));
      expect(genannt.sort(), id).toEqual([...(verlinkt.get(id) ?? [])].sort());
    }
    expect(verlinkt.size).toBeGreaterThan(10);
  });
});
