/**
 * Die Pflichtseiten sagen, was die Website tut: Datenschutz nennt den einzigen
 * Speicherschlüssel und verspricht keine Cookies und keine Dritten (was
 * tests/browser/datenschutz-sicherheit.browser.test.ts prüft), die Erklärung
 * zur Barrierefreiheit hat Feedback und Durchsetzungsverfahren in Thüringen,
 * und solange Platzhalter für die betreibende Stelle offen sind, steht oben
 * der Hinweis „Vorlage“.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { THEMA_SCHLUESSEL } from '../../src/lib/thema.ts';
import { pruefeDist, seite } from '../helpers/dist.ts';

const text = (pfad: string) => seite(pfad).querySelector('main')!.textContent.replace(/\s+/g, ' ');

describe('Impressum, Datenschutz und Erklärung zur Barrierefreiheit', () => {
  beforeAll(pruefeDist);

  it('Datenschutz: keine Cookies, keine Dritten, nur der Schlüssel des Farbschemas', () => {
    const datenschutz = text('datenschutz/index.html');
    expect(datenschutz).toContain('keine Cookies');
    expect(datenschutz).toContain('nichts von Dritten');
    expect(datenschutz).toContain(`unter dem Namen ${THEMA_SCHLUESSEL}`);
    expect(datenschutz).toMatch(/Server-Protokolle.*\[von der betreibenden Stelle einzutragen/);
  });

  it('Barrierefreiheit: Stand, Feedback und Durchsetzungsverfahren mit Link zur Landesdurchsetzungsstelle', () => {
    const dom = seite('barrierefreiheit/index.html');
    const ueberschriften = dom.querySelectorAll('main h2').map((h) => h.textContent.trim());
    expect(ueberschriften).toEqual(
      expect.arrayContaining(['Stand der Vereinbarkeit', 'Feedback und Kontakt', 'Durchsetzungsverfahren']),
    );
    expect(
      dom.querySelector('a[href="https://tlmb-thueringen.de/themen/barrierefreiheit/landesdurchsetzungsstelle"]'),
    ).not.toBeNull();
    const erklaerung = text('barrierefreiheit/index.html');
    expect(erklaerung).toContain('teilweise vereinbar');
    expect(erklaerung).toContain('noch nicht stattgefunden');
  });

  it('Impressum nennt § 5 DDG', () => {
    expect(text('impressum/index.html')).toContain('§ 5 Digitale-Dienste-Gesetz (DDG)');
  });

  it.each(['impressum', 'datenschutz', 'barrierefreiheit'])(
    '%s: offene Platzhalter nur mit dem Hinweis „Vorlage“',
    (name) => {
      const platzhalter = text(`${name}/index.html`).match(/\[[^\]]{3,}\]/g) ?? [];
      if (platzhalter.length === 0) return;
      expect(text(`${name}/index.html`), `Platzhalter: ${platzhalter.join(', ')}`).toMatch(/Vorlage/);
    },
  );

  it('Mitwirken: ohne Adresse der Redaktion (ATLAS_REDAKTION_EMAIL) der Hinweis „Vorlage“ statt eines Platzhalters', () => {
    const mitwirken = text('mitwirken/index.html');
    expect(mitwirken).not.toContain('[Funktionsadresse');
    expect(mitwirken).toMatch(/Vorlage ?Die Adresse der Redaktion für Beiträge ohne Git ist noch nicht eingetragen/);
    expect(seite('mitwirken/index.html').querySelector('main a[href^="mailto:"]')).toBeNull();
  });
});
