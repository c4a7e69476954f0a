/**
 * Rundweg durch den Beitragseditor: Jeder Beitrag unter content/beitraege/
 * wird im Formular geöffnet (oeffnen.ts) und wieder als Datei geschrieben
 * (datei.ts); heraus kommt Zeichen für Zeichen dieselbe Datei. Die Beiträge
 * unter tests/fixtures/ (auch die feindlichen) kommen gleich oder nach der
 * Formatierung des Projekts (Prettier) gleich heraus; wo nicht, hat der
 * Editor nur ergänzt (Platzhalter, fehlende Pflichtabschnitte) und nichts
 * verloren. Geänderte Felder ändern nur ihre Zeilen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { erzeugeDatei, platzhalter } from '../../../src/browser/editor/datei.ts';
import { oeffneDatei } from '../../../src/browser/editor/oeffnen.ts';
import { BEITRAG_ABSCHNITTE } from '../../../src/schemas/abschnitte.ts';

const HEUTE = '2026-12-10';

function mdxUnter(ordner: string): string[] {
  return readdirSync(ordner, { recursive: true, encoding: 'utf8' })
    .filter((d) => d.endsWith('.mdx'))
    .map((d) => join(ordner, d))
    .sort();
}

const BEITRAEGE = mdxUnter('content/beitraege');
const FIXTURES = mdxUnter('tests/fixtures').filter((d) => /\/beitraege\//.test(d));

/** Der Pfad, unter dem die Datei im Repository läge: content/beitraege/<kommune>/<name>.mdx. */
const repoPfad = (datei: string) => `content/beitraege/${datei.split('/beitraege/')[1]}`;

function rundweg(datei: string) {
  const text = readFileSync(datei, 'utf8');
  const geoeffnet = oeffneDatei(text, { heute: HEUTE, pfad: repoPfad(datei) });
  if (!geoeffnet.ok) return { text, geoeffnet, neu: undefined };
  return { text, geoeffnet, neu: erzeugeDatei(geoeffnet.entwurf) };
}

async function formatiert(text: string, datei: string): Promise<string | undefined> {
  try {
    return await format(text, { filepath: datei });
  } catch {
    // Prettier steigt rekursiv ab und scheitert an sehr tief verschachtelten Fixtures.
    return undefined;
  }
}

/** Zeilen, die der Editor ergänzen darf: Leerzeilen, Platzhalter und Überschriften der Pflichtabschnitte. */
const ERGAENZT = new Set(
  Object.values(BEITRAG_ABSCHNITTE)
    .flat()
    .flatMap((t) => [`## ${t}`, platzhalter(t)]),
);

/** Ob jede nicht leere Zeile der alten Datei in derselben Reihenfolge in der neuen steht, und nur Erlaubtes dazukam. */
function nichtsVerloren(alt: string, neu: string): boolean {
  const alte = alt.split(/\r?\n/).filter((z) => z.trim() !== '');
  let i = 0;
  for (const zeile of neu.split('\n')) {
    if (zeile === alte[i]) i++;
    else if (zeile.trim() !== '' && !ERGAENZT.has(zeile)) return false;
  }
  return i === alte.length;
}

describe('Rundweg: jeder Beitrag öffnet im Editor und kommt unverändert zurück', () => {
  it('findet die Beiträge', () => {
    expect(BEITRAEGE.length).toBeGreaterThanOrEqual(18);
    expect(FIXTURES.length).toBeGreaterThan(50);
  });

  it.each(BEITRAEGE)('%s: Zeichen für Zeichen gleich', async (datei) => {
    const { text, geoeffnet, neu } = rundweg(datei);
    expect(geoeffnet.ok, geoeffnet.ok ? '' : geoeffnet.grund).toBe(true);
    expect(neu!.pfad).toBe(repoPfad(datei));
    expect(neu!.bearbeitet).toBe(true);
    expect(neu!.text).toBe(text);
    expect(await formatiert(neu!.text, datei)).toBe(await formatiert(text, datei));
  });

  it.each(FIXTURES.map((d) => relative('tests/fixtures', d)))(
    'Fixture %s: gleich nach Prettier, sonst nur ergänzt oder ehrlich abgelehnt',
    async (name) => {
      const datei = join('tests/fixtures', name);
      const { text, geoeffnet, neu } = rundweg(datei);
      if (!geoeffnet.ok) {
        // Ohne lesbaren Kopf öffnet das Formular nichts (und ändert nichts); die Seite sagt, warum.
        expect(geoeffnet.grund).toMatch(/^Diese Datei kann das Formular nicht öffnen: .+/);
        return;
      }
      if (neu!.text === text) return;
      const vorher = await formatiert(text, datei);
      if (vorher !== undefined && vorher === (await formatiert(neu!.text, datei))) return;
      expect(nichtsVerloren(text, neu!.text), `${datei}\n${neu!.text}`).toBe(true);
    },
  );

  it('öffnet nur Dateien nicht, deren Kopf fehlt oder unlesbar ist', () => {
    const abgelehnt = FIXTURES.filter((d) => !rundweg(d).geoeffnet.ok).map((d) => relative('tests/fixtures', d));
    expect(abgelehnt.sort()).toEqual([
      'feindlich/beitraege/teststadt/alias-bombe.mdx',
      'korpus/beitraege/teststadt/profil-als-mdx.mdx',
      'pruefen/fehler/beitraege/falscher-ort.mdx',
      'pruefen/fehler/beitraege/teststadt/Grossbuchstaben.mdx',
      'pruefen/fehler/beitraege/teststadt/ohne-frontmatter.mdx',
      'pruefen/fehler/beitraege/teststadt/yaml-fehler.mdx',
    ]);
  });
});

describe('Rundweg: Was die Autorin ändert, ändert nur seine Zeilen', () => {
  const datei = 'content/beitraege/musterstadt/umsetzung-wohngeld.mdx';

  function geaendert(aendere: (e: Extract<ReturnType<typeof oeffneDatei>, { ok: true }>['entwurf']) => void) {
    const text = readFileSync(datei, 'utf8');
    const geoeffnet = oeffneDatei(text, { heute: HEUTE, pfad: datei });
    if (!geoeffnet.ok) throw new Error(geoeffnet.grund);
    aendere(geoeffnet.entwurf);
    const alt = text.split('\n');
    const neu = erzeugeDatei(geoeffnet.entwurf).text.split('\n');
    return { alt, neu, weg: alt.filter((z) => !neu.includes(z)), dazu: neu.filter((z) => !alt.includes(z)) };
  }

  it('Titel: nur die Zeile des Titels', () => {
    const { weg, dazu } = geaendert((e) => {
      e.titel = 'Wohngeld in Musterstadt: neuer Titel';
    });
    expect(weg).toEqual(['titel: "Wohngeld in Musterstadt: FIT-Connect mit virtueller Poststelle als Übergang"']);
    expect(dazu).toEqual(['titel: "Wohngeld in Musterstadt: neuer Titel"']);
  });

  it('ein Satz im Abschnitt: nur dieser Absatz; der Dateiname bleibt', () => {
    const { weg, dazu } = geaendert((e) => {
      e.abschnitte.Ausgangslage += ' Ein neuer Satz.';
    });
    expect(weg).toHaveLength(1);
    expect(dazu).toEqual([`${weg[0]} Ein neuer Satz.`]);
  });

  it('eine Angabe im Steckbrief und eine neue Quelle: nur diese Zeilen', () => {
    const { weg, dazu } = geaendert((e) => {
      e.steckbrief.dauerWochen = '30';
      e.quellen.push({
        id: 'neue-quelle',
        titel: 'Neue Quelle',
        url: 'https://example.org/neu',
        art: 'Website',
        abgerufen: '2026-12-01',
        fundstelle: '',
      });
    });
    expect(weg).toEqual(['  dauerWochen: 26']);
    expect(dazu).toEqual([
      '  dauerWochen: 30',
      '  - id: neue-quelle',
      '    titel: Neue Quelle',
      '    url: https://example.org/neu',
    ]);
  });

  it('eine Fundstelle: nur ihre Fußnote; die Reihenfolge der Fußnoten bleibt', () => {
    const { alt, neu, weg } = geaendert((e) => {
      e.quellen.find((q) => q.id === 'dnrw-wohngeld')!.fundstelle = 'd-NRW, Seite Wohngeld.';
    });
    expect(weg).toEqual([alt.find((z) => z.startsWith('[^dnrw-wohngeld]:'))]);
    const folge = (zeilen: string[]) => zeilen.filter((z) => z.startsWith('[^')).map((z) => z.split(']')[0]);
    expect(folge(neu)).toEqual(folge(alt));
  });

  it('ein Feld, das das Formular nicht kennt, bleibt mit seiner Schreibweise', () => {
    const text = readFileSync(datei, 'utf8').replace(
      'status: in-abstimmung\n',
      'status: in-abstimmung\nnotiz: "bleibt"\n',
    );
    const geoeffnet = oeffneDatei(text, { heute: HEUTE, pfad: datei });
    expect(geoeffnet.ok && geoeffnet.hinweise).toContainEqual(expect.stringMatching(/kein Feld hat \(„notiz“\)/));
    if (!geoeffnet.ok) return;
    geoeffnet.entwurf.titel = 'Anders';
    expect(erzeugeDatei(geoeffnet.entwurf).text).toContain('\nnotiz: "bleibt"\n');
  });
});

describe('Öffnen: was nicht in ein Feld passt, bleibt Text und wird genannt', () => {
  const kopf = `---
titel: Test
beschreibung: Ein Test.
leistung: wohngeld
art: erfahrungsbericht
datum: 2026-11-01
autoren:
  - Team
status: entwurf
---
`;

  it('weitere Abschnitte bleiben im Abschnitt davor, fehlende werden angelegt', () => {
    const text = `${kopf}\nVorab.\n\n## Ausgangslage\n\nA.\n\n## Zwischenstand\n\nZ.\n\n## Ergebnis\n\nE.\n`;
    const g = oeffneDatei(text, { heute: HEUTE });
    if (!g.ok) throw new Error(g.grund);
    expect(g.entwurf.einleitung).toBe('Vorab.');
    expect(g.entwurf.abschnitte.Ausgangslage).toBe('A.\n\n## Zwischenstand\n\nZ.');
    expect(g.entwurf.kommune).toBe('');
    expect(g.hinweise.join('\n')).toMatch(/„Zwischenstand“\) stehen mit ihrer Überschrift im Feld „Ausgangslage“/);
    expect(g.hinweise.join('\n')).toMatch(/fehlte der Pflichtabschnitt „Vorgehen“/);
    expect(g.hinweise.join('\n')).toMatch(/Wählen Sie sie unter „Kommune“/);
    expect(nichtsVerloren(text, erzeugeDatei(g.entwurf).text)).toBe(true);
  });

  it('eine Überschrift im Codeblock ist kein Abschnitt; Platzhalter werden leere Felder', () => {
    const text = `${kopf}\n## Ausgangslage\n\n\`\`\`md\n## Vorgehen\n\`\`\`\n\n## Vorgehen\n\n${platzhalter('Vorgehen')}\n\n## Ergebnis\n\nE.\n`;
    const g = oeffneDatei(text, { heute: HEUTE });
    if (!g.ok) throw new Error(g.grund);
    expect(g.entwurf.abschnitte.Ausgangslage).toBe('```md\n## Vorgehen\n```');
    expect(g.entwurf.abschnitte.Vorgehen).toBe('');
    expect(erzeugeDatei(g.entwurf).text).toBe(text);
  });

  it('Fußnoten ohne passende Quelle bleiben Text und werden nicht verdoppelt', () => {
    const text = `${kopf}\n## Ausgangslage\n\nA.[^x]\n\n## Vorgehen\n\nV.\n\n## Ergebnis\n\nE.\n\n[^x]: Eine Anmerkung.\n`;
    const g = oeffneDatei(text, { heute: HEUTE });
    if (!g.ok) throw new Error(g.grund);
    expect(g.entwurf.abschnitte.Ergebnis).toBe('E.\n\n[^x]: Eine Anmerkung.');
    expect(g.hinweise.join('\n')).toMatch(/Fußnoten am Ende passen nicht/);
    expect(erzeugeDatei(g.entwurf).text).toBe(text);
  });

  it('lehnt eine Datei ohne Kopf ab und sagt es ohne Fachwörter', () => {
    const g = oeffneDatei('## Ausgangslage\n\nText\n', { heute: HEUTE });
    expect(g.ok).toBe(false);
    if (g.ok) return;
    expect(g.grund).not.toMatch(/YAML|Front Matter|frontmatter/i);
  });
});
