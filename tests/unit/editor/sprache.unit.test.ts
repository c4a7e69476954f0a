/**
 * Die Meldungen im Editor sprechen die Sprache des Formulars: keine Feldnamen
 * der Datei, keine IDs, kein Front Matter, keine Kommentare, kein npm, keine
 * internen Werte wie „erfahrungsbericht“, sondern die Beschriftungen und die
 * Texte der Auswahllisten.
 */
import { beforeAll, expect, it } from 'vitest';
import { editorDaten, type EditorDaten } from '../../../src/pruefung/node/editor-daten.ts';
import { erzeugeDatei } from '../../../src/browser/editor/datei.ts';
import { leererEntwurf, type Entwurf } from '../../../src/browser/editor/entwurf.ts';
import { mdxKontext, pruefeDatei } from '../../../src/browser/editor/pruefung.ts';
import { umformuliere } from '../../../src/browser/editor/sprache.ts';
import { ordneZu } from '../../../src/browser/editor/zuordnung.ts';

/** Wörter, die eine Autorin im Formular nie sieht. */
const INTERN =
  /Front Matter|Kopfbereich|YAML|npm|\bID\b|Kommentar|Platzhalter|status:|content\/|erfahrungsbericht|in-abstimmung|fit-connect, osci-xta|„titel“|„beschreibung“/;

/** Beschriftungen, wie sie auf der Seite stehen (Stichprobe). */
const BESCHRIFTUNG: Record<string, string> = {
  kommune: 'Kommune',
  leistung: 'Leistung',
  art: 'Art des Beitrags',
  titel: 'Titel',
  beschreibung: 'Kurzbeschreibung',
  autoren: 'Autorinnen und Autoren',
  'steckbrief.zustellweg': 'Zustellweg',
};

let daten: EditorDaten;
beforeAll(() => {
  daten = editorDaten('content');
});

async function meldungen(entwurf: Entwurf): Promise<string[]> {
  const datei = erzeugeDatei(entwurf);
  const { befunde } = await pruefeDatei(datei, daten, mdxKontext(daten), async () => ({}));
  return befunde.map((b) => {
    const ort = ordneZu(b, datei);
    const schluessel = ort.art === 'feld' ? ort.feld : '';
    const wert = schluessel.startsWith('steckbrief.')
      ? (entwurf.steckbrief[schluessel.slice(11) as keyof Entwurf['steckbrief']] ?? '')
      : String((entwurf as unknown as Record<string, unknown>)[schluessel] ?? '');
    const feld = BESCHRIFTUNG[schluessel]
      ? {
          schluessel,
          beschriftung: BESCHRIFTUNG[schluessel],
          leer: wert.trim() === '',
          auswahl: ['kommune', 'leistung', 'art', 'steckbrief.zustellweg'].includes(schluessel),
        }
      : undefined;
    const neu = umformuliere(b, feld);
    return `${neu.meldung} ${neu.hinweis}`;
  });
}

it('ein leeres Formular: jede Meldung nennt die Beschriftung, keine einen internen Namen', async () => {
  const texte = await meldungen(leererEntwurf('2026-12-07'));
  expect(texte.length).toBeGreaterThan(3);
  for (const text of texte) expect(text).not.toMatch(INTERN);
  expect(texte.join('\n')).toMatch(/„Titel“ ist noch leer/);
  expect(texte.join('\n')).toMatch(/Bitte wählen Sie bei „Art des Beitrags“ einen Eintrag/);
});

it('in Abstimmung mit leeren Abschnitten, Norm ohne Beleg, unbekanntem Begriff, Überschrift und Steckbrief', async () => {
  const texte = await meldungen({
    ...leererEntwurf('2026-12-07'),
    kommune: 'musterstadt',
    leistung: 'wohngeld',
    art: 'umsetzung',
    titel: 'Angebunden',
    status: 'in-abstimmung',
    steckbrief: { zustellweg: '' },
    abschnitte: { Ausgangslage: '# Groß\n\nDie Anzeige nach § 14 GewO kommt. <Begriff>Gibtsnicht</Begriff>' },
  });
  expect(texte.length).toBeGreaterThan(5);
  for (const text of texte) expect(text).not.toMatch(INTERN);
  const alle = texte.join('\n');
  expect(alle).toMatch(/Dieser Abschnitt ist noch leer, der Status ist aber „In Abstimmung“/);
  expect(alle).toMatch(/„Beleg einfügen“/);
  expect(alle).toMatch(/Titel \(Feld „Titel“\)/);
});
