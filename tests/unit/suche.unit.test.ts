/**
 * Der reine Kern der Suche: Angaben je Seite, Synonyme, Zustand in der URL,
 * Facetten-Zahlen, Auszüge – ohne Build und ohne Browser.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  hatAnfrage,
  leererZustand,
  lockerungen,
  WENIGE_TREFFER,
  pagefindFilter,
  pagefindSortierung,
  sortiereWerte,
  sucheAusfuehren,
  suchwoerter,
  trennbareVerben,
  urlAusZustand,
  zerlegeAuszug,
  zugehoerigkeit,
  zustandAusUrl,
  type PagefindSuche,
  type SuchZustand,
} from '../../src/lib/suche/abfrage.ts';
import { behoerdenname, dokumentart, kurznamen, neuestesDatum, suchAngaben } from '../../src/lib/suche/angaben.ts';
import { kompositaFuer } from '../../src/lib/suche/komposita.ts';
import { indexierterText, kommtVor, synonymeFuer } from '../../src/lib/suche/synonyme.ts';

describe('suchAngaben', () => {
  it('gibt einem Konzept Leistung, Dokumentart nach Art, Status und Stand', () => {
    const a = suchAngaben({
      art: 'konzept',
      titel: 'Technisches Integrationskonzept Wohngeld',
      beschreibung: 'Empfang von Anträgen.',
      leistung: 'Wohngeld',
      konzeptart: 'technisch',
      status: 'in-abstimmung',
      stand: '2026-11-02',
    });
    expect(a).toEqual({
      titel: 'Technisches Integrationskonzept Wohngeld',
      beschreibung: 'Empfang von Anträgen.',
      datum: '2026-11-02',
      filter: { leistung: ['Wohngeld'], art: ['Konzept: Technisches Konzept'], status: ['In Abstimmung'] },
    });
  });

  it('gibt einem Beitrag Leistung, Kommune, „Beitrag: <Art>“ und sein Datum', () => {
    const a = suchAngaben({
      art: 'beitrag',
      titel: 'Routing über den ARS',
      beschreibung: 'Warum Anträge keinen Empfänger fanden.',
      leistung: 'Wohnsitzanmeldung',
      kommune: 'Verwaltungsgemeinschaft Beispieltal',
      beitragsart: 'lessons-learned',
      status: 'freigegeben',
      datum: '2026-10-28',
    });
    expect(a.filter).toEqual({
      leistung: ['Wohnsitzanmeldung'],
      kommune: ['Verwaltungsgemeinschaft Beispieltal'],
      art: ['Beitrag: Lessons Learned'],
      status: ['Freigegeben'],
    });
    expect(a.datum).toBe('2026-10-28');
  });

  it('filtert eine Leistungsseite unter ihrem eigenen Namen und ein Kommunenprofil unter seiner Kommune', () => {
    const gemeinsam = { beschreibung: 'x', datum: '2026-01-01' };
    const hub = suchAngaben({ art: 'leistung', titel: 'Wohngeld', ...gemeinsam });
    expect(hub.filter).toEqual({ leistung: ['Wohngeld'], art: ['Leistung'] });
    // Leistung, Baustein und Kommune tragen ihren Namen als eigenes, stark gewichtetes Metadatum.
    expect(hub.thema).toEqual(['Wohngeld']);
    // Mit der ausführenden Behörde: ihr Name ohne die Erläuterung in Klammern.
    const mitBehoerde = suchAngaben({
      art: 'leistung',
      titel: 'Gewerbeanmeldung',
      behoerde: 'Untere Gewerbebehörde (in Thüringen Landkreis oder kreisfreie Stadt)',
      ...gemeinsam,
    });
    expect(mitBehoerde.thema).toEqual(['Gewerbeanmeldung', 'Untere Gewerbebehörde']);
    expect(behoerdenname('Einbürgerungsbehörde; Ermessenseinbürgerung beim Landesverwaltungsamt')).toBe(
      'Einbürgerungsbehörde',
    );
    const profil = suchAngaben({ art: 'kommune', titel: 'Stadt Musterstadt', ...gemeinsam });
    expect(profil.filter).toEqual({ kommune: ['Stadt Musterstadt'], art: ['Kommunenprofil'] });
    expect(profil.thema).toEqual(['Stadt Musterstadt', 'Musterstadt']);
    expect(
      suchAngaben({
        art: 'baustein',
        titel: 'FIT-Connect',
        status: 'freigegeben',
        stand: '2026-01-01',
        beschreibung: 'x',
      }).thema,
    ).toEqual(['FIT-Connect']);
    // Konzepte und Beiträge handeln von etwas, sie sind es nicht.
    expect(
      suchAngaben({
        art: 'beitrag',
        titel: 'OSCI in Musterstadt',
        leistung: 'Wohngeld',
        kommune: 'Stadt Musterstadt',
        beitragsart: 'umsetzung',
        status: 'freigegeben',
        datum: '2026-01-01',
        beschreibung: 'x',
      }).thema,
    ).toBeUndefined();
  });

  it('kürzt Kommunennamen auf den Ort und die übliche Abkürzung', () => {
    expect(kurznamen('Landkreis Musterland')).toEqual(['Musterland', 'LK Musterland']);
    expect(kurznamen('Verwaltungsgemeinschaft Beispieltal')).toEqual(['Beispieltal', 'VG Beispieltal']);
    expect(kurznamen('Gemeinde Musterhausen')).toEqual(['Musterhausen']);
    expect(kurznamen('Musterhausen')).toEqual([]);
  });

  it('nennt Bausteine, Glossar und feste Seiten mit eigener Dokumentart', () => {
    expect(
      dokumentart({ art: 'baustein', titel: 'x', beschreibung: 'x', status: 'entwurf', stand: '2026-01-01' }),
    ).toBe('Baustein');
    expect(dokumentart({ art: 'glossar', titel: 'x', beschreibung: 'x', datum: '2026-01-01', begriffe: [] })).toBe(
      'Glossar',
    );
    expect(dokumentart({ art: 'seite', titel: 'x', beschreibung: 'x', stand: '2026-01-01' })).toBe('Seite');
  });

  it('neuestesDatum nimmt das jüngste Datum und sonst den Ersatz', () => {
    expect(neuestesDatum(['2026-05-01', undefined, '2026-10-28', '2026-06-15'], '2099-01-01')).toBe('2026-10-28');
    expect(neuestesDatum([], '2026-11-29')).toBe('2026-11-29');
  });
});

describe('Synonyme', () => {
  it('kurze Namen zählen nur in genau der Schreibweise und als eigenes Wort', () => {
    expect(kommtVor('Die eWA ist online.', 'eWA')).toBe(true);
    expect(kommtVor('Die EWA ist online.', 'eWA')).toBe(false);
    expect(kommtVor('Die VG Beispieltal', 'VG')).toBe(true);
    expect(kommtVor('Die VGs', 'VG')).toBe(false);
    expect(kommtVor('Avg', 'VG')).toBe(false);
  });

  it('lange Namen zählen auch klein geschrieben und mit deutscher Endung, nicht als Wortteil', () => {
    expect(kommtVor('mehrere zustellpunkte', 'Zustellpunkt')).toBe(true);
    expect(kommtVor('des Landesredaktionssystems', 'Landesredaktionssystem')).toBe(true);
    expect(kommtVor('Zustellpunktverwaltung', 'Zustellpunkt')).toBe(false);
    expect(kommtVor('FIT-Connect-Zustellpunkt', 'Zustellpunkt')).toBe(true);
  });

  const glossar = [
    { begriff: 'Wohnsitzanmeldung', synonyme: ['eWA', 'elektronische Wohnsitzanmeldung'] },
    { begriff: 'Landesredaktionssystem', synonyme: ['Redaktionssystem', 'LRS'] },
    { begriff: 'PVOG', langform: 'Portalverbund-Online-Gateway', synonyme: ['Portalverbund'] },
  ];

  it('gibt für jeden vorkommenden Begriff seine übrigen Namen, alphabetisch und ohne die schon vorhandenen', () => {
    expect(synonymeFuer('Die Wohnsitzanmeldung über die eWA.', glossar)).toEqual(['elektronische Wohnsitzanmeldung']);
    expect(synonymeFuer('Pflege im Redaktionssystem und im PVOG', glossar)).toEqual([
      'Landesredaktionssystem',
      'LRS',
      'Portalverbund',
      'Portalverbund-Online-Gateway',
    ]);
    expect(synonymeFuer('Nichts davon.', glossar)).toEqual([]);
  });

  it('liest nur den Text, den auch Pagefind indexiert', () => {
    const html = `<nav>eWA</nav><h1>Titel</h1><p>Die <a href="#">Wohnsitz&shy;anmeldung</a> &amp; mehr</p>
      <div data-pagefind-ignore><p>Zuletzt geändert</p></div>
      <pre><code class="language-mermaid">flowchart LR</code></pre><p>Ende</p>`;
    const text = indexierterText(html);
    expect(text).toContain('Titel');
    expect(text).toContain('& mehr');
    expect(text).toContain('Ende');
    for (const weg of ['eWA', 'Zuletzt geändert', 'flowchart']) expect(text).not.toContain(weg);
  });
});

describe('Zustand in der URL', () => {
  it('liest Begriff, mehrere Werte je Facette und die Sortierung', () => {
    const z = zustandAusUrl(
      '?q=+Zustellpunkt+&leistung=Wohngeld&leistung=Wohnsitzanmeldung&status=Freigegeben&sort=datum',
    );
    expect(z).toEqual({
      q: 'Zustellpunkt',
      filter: { leistung: ['Wohngeld', 'Wohnsitzanmeldung'], kommune: [], art: [], status: ['Freigegeben'] },
      sortierung: 'datum',
    });
  });

  it('ignoriert Unbekanntes, leere und doppelte Werte', () => {
    const z = zustandAusUrl('?foo=1&kommune=&kommune=Stadt+Musterstadt&kommune=Stadt+Musterstadt&sort=zufall');
    expect(z.filter.kommune).toEqual(['Stadt Musterstadt']);
    expect(z.sortierung).toBe('relevanz');
  });

  it('schreibt eine feste Reihenfolge und lässt Voreinstellungen weg', () => {
    const z = zustandAusUrl('?sort=datum&status=Entwurf&q=OSCI&art=Baustein&art=Leistung');
    expect(urlAusZustand(z)).toBe('?q=OSCI&art=Baustein&art=Leistung&status=Entwurf&sort=datum');
    expect(urlAusZustand(leererZustand())).toBe('');
    expect(zustandAusUrl(urlAusZustand(z))).toEqual(z);
  });

  it('hat eine Anfrage mit Begriff oder Filter, nicht mit Sortierung allein', () => {
    expect(hatAnfrage(zustandAusUrl('?sort=datum'))).toBe(false);
    expect(hatAnfrage(zustandAusUrl('?q=eWA'))).toBe(true);
    expect(hatAnfrage(zustandAusUrl('?art=Glossar'))).toBe(true);
  });
});

describe('Filter und Sortierung für Pagefind', () => {
  const z = zustandAusUrl('?q=x&leistung=A&leistung=B&art=Baustein');

  it('verbindet Werte einer Facette mit any und lässt leere Facetten weg', () => {
    expect(pagefindFilter(z)).toEqual({ leistung: { any: ['A', 'B'] }, art: { any: ['Baustein'] } });
    expect(pagefindFilter(z, 'leistung')).toEqual({ art: { any: ['Baustein'] } });
  });

  it('sortiert nach Datum auf Wunsch und immer, wenn es keinen Begriff gibt', () => {
    expect(pagefindSortierung(z)).toBeUndefined();
    expect(pagefindSortierung({ ...z, sortierung: 'datum' })).toEqual({ datum: 'desc' });
    expect(pagefindSortierung(zustandAusUrl('?art=Baustein'))).toEqual({ datum: 'desc' });
  });

  it('ordnet Werte nach Vorgabe, den Rest deutsch alphabetisch', () => {
    expect(
      sortiereWerte(['Freigegeben', 'Entwurf', 'In Abstimmung'], ['Entwurf', 'In Abstimmung', 'Freigegeben']),
    ).toEqual(['Entwurf', 'In Abstimmung', 'Freigegeben']);
    expect(sortiereWerte(['Zeulenroda', 'Ärzte', 'Apolda'])).toEqual(['Apolda', 'Ärzte', 'Zeulenroda']);
  });
});

describe('sucheAusfuehren', () => {
  const alle = { leistung: { A: 5, B: 7 }, kommune: { K: 2 }, art: { Leistung: 2, Baustein: 2 }, status: {} };
  const treffer = [{ id: '1', score: 1, data: async () => ({ url: '/a/', excerpt: '', meta: {}, filters: {} }) }];

  function attrappe(): PagefindSuche & { search: ReturnType<typeof vi.fn> } {
    return {
      filters: async () => alle,
      search: vi.fn(async (_begriff: string | null, optionen: { filters?: Record<string, unknown> }) => ({
        results: treffer,
        // Zahlen, an denen man erkennt, mit welchen Filtern gefragt wurde.
        filters: {
          leistung: { A: 1, B: Object.keys(optionen.filters ?? {}).length },
          kommune: { K: 9 },
          art: { Leistung: 3, Baustein: 0 },
        },
      })),
    };
  }

  it('sucht ohne Begriff und Filter nicht und zeigt die Zahlen des ganzen Index', async () => {
    const pf = attrappe();
    const ergebnis = await sucheAusfuehren(pf, leererZustand(), alle);
    expect(pf.search).not.toHaveBeenCalled();
    expect(ergebnis.treffer).toEqual([]);
    expect(ergebnis.facetten.leistung).toEqual([
      { wert: 'A', anzahl: 5, gewaehlt: false },
      { wert: 'B', anzahl: 7, gewaehlt: false },
    ]);
  });

  it('zählt eine gewählte Facette ohne ihre eigene Auswahl, die anderen mit allen Filtern', async () => {
    const pf = attrappe();
    const z: SuchZustand = zustandAusUrl('?q=eWA&leistung=A&art=Leistung');
    const ergebnis = await sucheAusfuehren(pf, z, alle);
    expect(pf.search).toHaveBeenCalledWith('eWA', {
      filters: { leistung: { any: ['A'] }, art: { any: ['Leistung'] } },
    });
    expect(pf.search).toHaveBeenCalledWith('eWA', { filters: { art: { any: ['Leistung'] } } });
    expect(pf.search).toHaveBeenCalledWith('eWA', { filters: { leistung: { any: ['A'] } } });
    expect(pf.search).toHaveBeenCalledTimes(3);
    expect(ergebnis.treffer).toEqual(treffer);
    // leistung: aus der Abfrage ohne leistung-Filter (ein Filter übrig → B = 1)
    expect(ergebnis.facetten.leistung).toEqual([
      { wert: 'A', anzahl: 1, gewaehlt: true },
      { wert: 'B', anzahl: 1, gewaehlt: false },
    ]);
    expect(ergebnis.facetten.kommune).toEqual([{ wert: 'K', anzahl: 9, gewaehlt: false }]);
  });

  it('nimmt ohne Begriff und ohne andere Filter für die gewählte Facette die Zahlen des Index', async () => {
    const pf = attrappe();
    const ergebnis = await sucheAusfuehren(pf, zustandAusUrl('?leistung=B'), alle);
    expect(pf.search).toHaveBeenCalledTimes(1);
    expect(pf.search).toHaveBeenCalledWith(null, { filters: { leistung: { any: ['B'] } }, sort: { datum: 'desc' } });
    expect(ergebnis.facetten.leistung.map((w) => w.anzahl)).toEqual([5, 7]);
  });

  it('zeigt einen gewählten Wert auch, wenn der Index ihn nicht kennt', async () => {
    const ergebnis = await sucheAusfuehren(attrappe(), zustandAusUrl('?kommune=Alt'), alle);
    expect(ergebnis.facetten.kommune).toContainEqual({ wert: 'Alt', anzahl: 0, gewaehlt: true });
  });
});

describe('Fragen als Suchbegriff', () => {
  it('lässt Füllwörter und Satzzeichen weg, behält Fachwörter und Phrasen', () => {
    // „richte … ein“ steht in Fragen, nicht in den Antworten.
    expect(suchwoerter('Wie richte ich einen Zustellpunkt ein?')).toEqual(['Zustellpunkt']);
    expect(suchwoerter('Wer hat Wohngeld schon mit OSCI angebunden?')).toEqual(['Wohngeld', 'OSCI', 'angebunden']);
    expect(suchwoerter('FIT-Connect')).toEqual(['FIT-Connect']);
    expect(suchwoerter('wie?')).toEqual(['wie']);
    expect(suchwoerter('"Einer für Alle"')).toEqual(['"Einer für Alle"']);
  });

  it('setzt trennbare Verben einer W-Frage wieder zusammen, wenn der Wortschatz das Verb kennt', () => {
    const wortschatz = ['Gewerbe', 'anmelden', 'ummelden'];
    expect(suchwoerter('Wie melde ich ein Gewerbe online an?', wortschatz)).toEqual(['anmelden', 'Gewerbe', 'online']);
    expect(trennbareVerben(['Wo', 'melde', 'ich', 'mich', 'um'], wortschatz)).toEqual([
      'Wo',
      'ummelden',
      'ich',
      'mich',
    ]);
    // Unbekannt („anbinden“): alles bleibt, wie es war; ein Füllwort („einrichten“) fällt weg.
    expect(suchwoerter('Wie binden wir das Fachverfahren an?', wortschatz)).toEqual(['binden', 'Fachverfahren']);
    expect(trennbareVerben(['Wie', 'richte', 'ich', 'OSCI', 'ein'])).toEqual(['Wie', 'ich', 'OSCI']);
    // Ein großgeschriebenes Wort an zweiter Stelle ist kein Verb; ohne Fragewort bleibt alles, wie es ist.
    expect(trennbareVerben(['Welche', 'Kosten', 'fallen', 'an'], ['ankosten'])).toEqual([
      'Welche',
      'Kosten',
      'fallen',
      'an',
    ]);
    expect(trennbareVerben(['Umzug', 'melden', 'an'], wortschatz)).toEqual(['Umzug', 'melden', 'an']);
  });

  it('lockert Stufe für Stufe um ein Wort', () => {
    expect(lockerungen(['a', 'b', 'c'])).toEqual([
      [
        ['a', 'b'],
        ['a', 'c'],
        ['b', 'c'],
      ],
      [['a'], ['b'], ['c']],
    ]);
    expect(lockerungen(['a'])).toEqual([]);
  });

  it('sucht ohne Füllwörter; hat keine Seite alle Wörter, kommen Gruppen mit einem Wort weniger', async () => {
    const seiten: Record<string, number> = { 'Wohngeld OSCI': 11, 'OSCI angebunden': 7, Wohngeld: 18 };
    const search = vi.fn(async (begriff: string | null) => ({
      results: Array.from({ length: seiten[begriff ?? ''] ?? 0 }, (_, i) => ({
        id: `${begriff}-${i}`,
        score: 1,
        data: async () => ({ url: `/${i}/`, excerpt: '', meta: {}, filters: {} }),
      })),
      filters: {},
    }));
    const ergebnis = await sucheAusfuehren(
      { search, filters: async () => ({}) },
      zustandAusUrl('?q=Wer+hat+Wohngeld+schon+mit+OSCI+angebunden%3F'),
      {},
    );
    expect(search.mock.calls[0]![0]).toBe('Wohngeld OSCI angebunden');
    // Die Gruppe mit den meisten Seiten zuerst, jede sagt, welches Wort ihr fehlt.
    expect(ergebnis.gruppen.map((g) => [g.weggelassen, g.treffer.length])).toEqual([
      [['angebunden'], 11],
      [['Wohngeld'], 7],
    ]);
    expect(ergebnis.treffer).toHaveLength(18);
    // Die Stufe mit einem Wort wird nicht mehr gebraucht: zehn Seiten sind beisammen.
    expect(search.mock.calls.map((c) => c[0])).not.toContain('Wohngeld');
  });
});

describe('Wenige Treffer für alle Wörter', () => {
  const seite = (id: string, score = 1) => ({
    id,
    score,
    data: async () => ({ url: `/${id}/`, excerpt: '', meta: {}, filters: {} }),
  });
  const antworten: Record<string, string[]> = {
    'Schulung Sachbearbeitung': ['a'],
    Schulung: ['a', 'b'],
    Sachbearbeitung: ['c', 'd', 'a', 'e'],
  };
  const search = vi.fn(async (begriff: string | null) => ({
    results: (antworten[begriff ?? ''] ?? []).map((id) => seite(id)),
    filters: {},
  }));

  it('stellt Seiten mit allen Wörtern vor die mit weniger, auch wenn Pagefind sie dort weiter unten führt', async () => {
    const ergebnis = await sucheAusfuehren(
      { search, filters: async () => ({}) },
      zustandAusUrl('?q=Schulung+der+Sachbearbeitung'),
      {},
    );
    // „a“ hat beide Wörter und steht vorn; bei „Sachbearbeitung“ allein stünde es an dritter Stelle.
    expect(ergebnis.treffer.map((t) => t.id)).toEqual(['a', 'c', 'd', 'e', 'b']);
    expect(ergebnis.gruppen.map((g) => g.weggelassen)).toEqual([[], ['Schulung'], ['Sachbearbeitung']]);
    expect(ergebnis.begriff).toBe('Schulung Sachbearbeitung');
  });

  it('ergänzt nicht, wenn genug Seiten alle Wörter haben', async () => {
    const genug = Array.from({ length: WENIGE_TREFFER }, (_, i) => `g${i}`);
    antworten['Schulung Sachbearbeitung'] = genug;
    const ergebnis = await sucheAusfuehren(
      { search, filters: async () => ({}) },
      zustandAusUrl('?q=Schulung+Sachbearbeitung'),
      {},
    );
    expect(ergebnis.treffer.map((t) => t.id)).toEqual(genug);
    expect(ergebnis.gruppen).toHaveLength(1);
  });
});

describe('Zusammensetzungen', () => {
  it('gibt einer Seite mit dem ganzen Wort seine Teile und einer mit allen Teilen das ganze Wort', () => {
    expect(kompositaFuer('Das Landesredaktionssystem pflegt die Redaktion.')).toEqual(['Redaktionssystem']);
    expect(kompositaFuer('Bei Auftragsverarbeitung braucht es Verträge nach Art. 28 DSGVO.')).toEqual([
      'Auftragsverarbeitungsvertrag',
    ]);
    expect(kompositaFuer('Ein Auftragsverarbeitungsvertrag regelt das.')).toEqual(['Auftragsverarbeitung', 'Vertrag']);
    // Ein Teil allein reicht nicht für das ganze Wort.
    expect(kompositaFuer('Nur von Auftragsverarbeitung ist die Rede.')).toEqual([]);
  });
});

describe('Treffer', () => {
  it('zerlegt den Auszug in Text und Markierungen, ohne HTML durchzulassen', () => {
    expect(zerlegeAuszug('Ein <mark>Zustellpunkt</mark> für &lt;script&gt; &amp; mehr')).toEqual([
      { text: 'Ein ', markiert: false },
      { text: 'Zustellpunkt', markiert: true },
      { text: ' für <script> & mehr', markiert: false },
    ]);
  });

  it('nennt Kommune und Leistung, aber nicht den eigenen Titel', () => {
    expect(
      zugehoerigkeit({
        meta: { title: 'Umsetzung' },
        filters: { kommune: ['Stadt Musterstadt'], leistung: ['Wohngeld'] },
      }),
    ).toEqual(['Stadt Musterstadt', 'Wohngeld']);
    expect(zugehoerigkeit({ meta: { title: 'Wohngeld' }, filters: { leistung: ['Wohngeld'] } })).toEqual([]);
  });
});
