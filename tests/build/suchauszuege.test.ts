/**
 * Auszüge in der Trefferliste: keine zusammengeklebten Wörter aus Tabellen
 * („SteckbriefLeistungsschlüssel“, „KommuneMerkmalStadt“) und keine Einträge
 * der Versionsgeschichte („Änderungen. 1. Dezember 2026 – …“).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/de.ts';
import { ladePagefind } from '../helpers/pagefind.ts';

const KOPFZELLEN = [
  t('leistung.steckbrief'),
  t('leistung.leistungsschluessel'),
  t('leistung.themenfeld'),
  t('leistung.vollzug'),
  t('leistung.vergleich.merkmal'),
  t('steckbrief.zustellweg'),
  t('steckbrief.fachverfahren'),
];

let auszuege: { url: string; text: string }[];

beforeAll(async () => {
  const pagefind = await ladePagefind();
  auszuege = [];
  for (const q of [...KOPFZELLEN, 'Änderungen', 'Dezember']) {
    for (const treffer of (await pagefind.search(q, {}))?.results ?? []) {
      const daten = await treffer.data();
      auszuege.push({ url: daten.url, text: daten.excerpt.replace(/<\/?mark>/g, '') });
    }
  }
});

describe('Auszüge der Suche', () => {
  it('kleben Kopfzellen von Tabellen nicht an ihre Nachbarn', () => {
    expect(auszuege.length).toBeGreaterThan(0);
    for (const wort of KOPFZELLEN) {
      const geklebt = new RegExp(`[\\p{L})]${wort}|${wort}[\\p{Lu}(]`, 'u');
      for (const a of auszuege) expect(a.text, `${a.url}: „${wort}“`).not.toMatch(geklebt);
    }
  });

  it('zeigen keine Einträge der Versionsgeschichte', () => {
    const eintrag = new RegExp(`${t('aenderungen.titel')}\\.? \\d{1,2}\\. \\p{L}+ \\d{4} –`, 'u');
    for (const a of auszuege) expect(a.text, a.url).not.toMatch(eintrag);
  });
});
