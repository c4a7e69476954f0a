/**
 * Die Suche über den gebauten Index (dist/pagefind), mit den echten Inhalten
 * aus content/ und denselben Funktionen wie die Suchseite: Was eine Leserin
 * eingibt oder anhakt, findet die Seiten, die sie erwartet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/de.ts';
import { pruefeInhaltsordner } from '../../src/pruefung/node/index.ts';
import {
  leererZustand,
  sucheAusfuehren,
  type PagefindDaten,
  type SuchZustand,
  type Zaehlung,
} from '../../src/lib/suche/abfrage.ts';
import { FACETTEN } from '../../src/lib/suche/angaben.ts';
import { url } from '../../src/modell/urls.ts';
import type { Beitrag, GlossarEintrag, Kommune, Leistung } from '../../src/schemas/index.ts';
import { DIST, htmlSeiten, seite } from '../helpers/dist.ts';
import { ladePagefind } from '../helpers/pagefind.ts';

const { eintraege } = await pruefeInhaltsordner('content');
const von = <T>(sammlung: string) => eintraege.filter((e) => e.sammlung === sammlung) as { id: string; daten: T }[];
const leistungen = von<Leistung>('leistungen');
const konzepte = von<unknown>('konzepte');
const beitraege = von<Beitrag>('beitraege');
const kommunen = von<Kommune>('kommunen');
const glossar = von<GlossarEintrag[]>('glossar')[0]!.daten;

/** Jede Seite, die in den Index gehört, nach Art. */
const erwartet = {
  leistung: leistungen.map((e) => url.leistung(e.id)),
  konzept: konzepte.map((e) => url.konzept(e.id)),
  baustein: von('querschnitt').map((e) => url.querschnitt(e.id)),
  beitrag: beitraege.map((e) => url.beitrag(e.id)),
  kommune: kommunen.map((e) => url.kommune(e.id)),
  seite: von('seiten').map((e) => url.seite(e.id)),
  glossar: [url.glossar()],
};
const alleErwartet = Object.values(erwartet).flat().sort();

let pagefind: Awaited<ReturnType<typeof ladePagefind>>;
let alle: Zaehlung;

beforeAll(async () => {
  pagefind = await ladePagefind();
  alle = await pagefind.filters();
});

function zustand(aenderung: Partial<Omit<SuchZustand, 'filter'>> & { filter?: Partial<SuchZustand['filter']> }) {
  const z = leererZustand();
  return { ...z, ...aenderung, filter: { ...z.filter, ...aenderung.filter } };
}

/** Sucht wie die Suchseite und lädt die Daten aller Treffer. */
async function suche(z: SuchZustand): Promise<PagefindDaten[]> {
  const { treffer } = await sucheAusfuehren(pagefind, z, alle);
  return Promise.all(treffer.map((t) => t.data()));
}
const adressen = (daten: PagefindDaten[]) => daten.map((d) => d.url);

describe('Index', () => {
  it('enthält genau die Inhaltsseiten, keine Übersichten, nicht die Suche und nicht die 404-Seite', async () => {
    const daten = await suche(zustand({ filter: { art: Object.keys(alle['art']!) } }));
    expect(adressen(daten).sort()).toEqual(alleErwartet);
  });

  it('gibt jeder Seite Dokumentart, Titel und Datum', async () => {
    const daten = await suche(zustand({ filter: { art: Object.keys(alle['art']!) } }));
    for (const d of daten) {
      expect(d.filters['art'], d.url).toHaveLength(1);
      expect(d.meta['title'], d.url).toBeTruthy();
      expect(d.meta['datum'], d.url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('indexiert nur den Hauptinhalt: ohne Kopf, Fuß, Navigation, Metadatenblock, Textbausteine, Diagrammquellen', async () => {
    const daten = await suche(zustand({ filter: { art: Object.keys(alle['art']!) } }));
    const draussen = [
      t('site.untertitel'),
      t('fuss.hinweis'),
      t('nav.skiplink'),
      t('dokument.geaendert'),
      t('dokument.vorher'),
      t('status.entwurf.hinweis'),
      t('status.in-abstimmung.hinweis'),
      t('kennzeichen.beispiel.hinweis'),
      t('kennzeichen.fiktiv.hinweis'),
      'flowchart LR',
    ];
    for (const d of daten) {
      for (const satz of draussen) expect(text(d), `${d.url} enthält „${satz}“`).not.toContain(satz);
      if (d.meta['synonyme']) expect(text(d), `${d.url}: Synonyme im Text`).not.toContain(d.meta['synonyme']);
    }
  });
});

describe('Suchbegriff', () => {
  it.each(leistungen.map((l) => [l.daten.titel, url.leistung(l.id)]))(
    'der Name der Leistung „%s“ findet zuerst ihre Leistungsseite',
    async (titel, adresse) => {
      const daten = await suche(zustand({ q: titel }));
      expect(daten[0]?.url).toBe(adresse);
    },
  );

  it('„Zustellpunkt“ findet den Baustein FIT-Connect unter den ersten drei Treffern', async () => {
    const daten = await suche(zustand({ q: 'Zustellpunkt' }));
    expect(adressen(daten).slice(0, 3)).toContain(url.querschnitt('fit-connect'));
  });

  it('eine Frage findet, worum es geht: „Wie richte ich einen Zustellpunkt ein?“ → FIT-Connect', async () => {
    const daten = await suche(zustand({ q: 'Wie richte ich einen Zustellpunkt ein?' }));
    expect(adressen(daten).slice(0, 3)).toContain(url.querschnitt('fit-connect'));
  });

  it('eine Frage mit Füllwörtern findet die Seiten, um die es geht: „Wer hat Wohngeld schon mit OSCI angebunden?“', async () => {
    const z = zustand({ q: 'Wer hat Wohngeld schon mit OSCI angebunden?' });
    const ergebnis = await sucheAusfuehren(pagefind, z, alle);
    // Ohne Füllwörter; haben zu wenige Seiten alle Wörter, zählt die Kombination mit den meisten Treffern.
    expect(ergebnis.begriff).toMatch(/^Wohngeld OSCI/);
    const erster = await ergebnis.treffer[0]!.data();
    expect(erster.filters['leistung']).toContain('Wohngeld');
  });

  it('findet gebeugte Formen (deutsche Stammformen)', async () => {
    const daten = await suche(zustand({ q: 'Meldebehörden' }));
    expect(adressen(daten)).toContain(url.leistung('wohnsitzanmeldung'));
  });
});

describe('Synonyme aus dem Glossar', () => {
  const wohnsitzanmeldung = glossar.find((g) => g.begriff === 'Wohnsitzanmeldung')!;
  const seitenDerLeistung = [
    url.leistung('wohnsitzanmeldung'),
    ...erwartet.konzept.filter((a) => a.startsWith(url.leistung('wohnsitzanmeldung'))),
  ];

  it('„eWA“ steht im Glossar als Synonym der Wohnsitzanmeldung', () => {
    expect(wohnsitzanmeldung.synonyme).toContain('eWA');
  });

  it('„eWA“ findet die Leistungsseite zuerst und alle Konzepte der Wohnsitzanmeldung', async () => {
    const daten = await suche(zustand({ q: 'eWA' }));
    expect(daten[0]?.url).toBe(url.leistung('wohnsitzanmeldung'));
    expect(adressen(daten)).toEqual(expect.arrayContaining(seitenDerLeistung));
  });

  it.each([
    ['Wohnsitzanmeldung', 'eWA'],
    ['Landesredaktionssystem', 'LRS'],
    ['Zustellpunkt', 'Destination'],
    ['Verwaltungsgemeinschaft', 'VG'],
  ])(
    '„%s“: Das Synonym „%s“ findet jede Seite mit dem Begriff, auch ohne es im Text, und nie im Auszug',
    async (begriff, synonym) => {
      const eintrag = glossar.find((g) => g.begriff === begriff)!;
      expect(eintrag.synonyme).toContain(synonym);
      const alleSeiten = await suche(zustand({ filter: { art: Object.keys(alle['art']!) } }));
      const mitBegriff = alleSeiten.filter((d) => text(d).toLowerCase().includes(begriff.toLowerCase()));
      const nurUeberSynonym = mitBegriff.filter((d) => !text(d).includes(synonym));
      // Sonst prüfte der Test nur den Volltext, nicht die Synonyme.
      expect(nurUeberSynonym.length, 'Seiten mit dem Begriff, aber ohne das Synonym').toBeGreaterThan(0);

      const gefunden = await suche(zustand({ q: synonym }));
      expect(adressen(gefunden)).toEqual(expect.arrayContaining(adressen(mitBegriff)));
      for (const d of gefunden.filter((g) => nurUeberSynonym.some((n) => n.url === g.url))) {
        expect(d.excerpt, d.url).not.toContain(synonym);
      }
    },
  );
});

describe('Facetten', () => {
  it('eine Kommune als Filter liefert nur ihre Beiträge, und zwar alle', async () => {
    for (const kommune of kommunen) {
      const daten = await suche(zustand({ filter: { kommune: [kommune.daten.name] } }));
      const beitragsseiten = adressen(daten).filter((a) => a.startsWith(url.beitraege()));
      const ihre = beitraege.filter((b) => b.id.startsWith(`${kommune.id}/`)).map((b) => url.beitrag(b.id));
      expect(beitragsseiten.sort(), kommune.daten.name).toEqual(ihre.sort());
      expect(adressen(daten), kommune.daten.name).toContain(url.kommune(kommune.id));
    }
  });

  it('mit Suchbegriff und Kommune bleiben nur Seiten dieser Kommune', async () => {
    const musterstadt = kommunen.find((k) => k.id === 'musterstadt')!.daten.name;
    const daten = await suche(zustand({ q: 'Wohnsitzanmeldung', filter: { kommune: [musterstadt] } }));
    expect(daten.length).toBeGreaterThan(0);
    for (const d of daten) expect(d.filters['kommune'], d.url).toContain(musterstadt);
  });

  it('jeder Wert jeder Facette liefert ohne Suchbegriff jede Seite mit diesem Wert', async () => {
    const mitWert = new Map<string, PagefindDaten[]>();
    const allePages = await suche(zustand({ filter: { art: Object.keys(alle['art']!) } }));
    for (const f of FACETTEN) {
      expect(Object.keys(alle[f] ?? {}).length, `Facette ${f}`).toBeGreaterThan(0);
      for (const wert of Object.keys(alle[f]!)) {
        const daten = await suche(zustand({ filter: { [f]: [wert] } }));
        const soll = allePages.filter((d) => d.filters[f]?.includes(wert)).map((d) => d.url);
        expect(adressen(daten).sort(), `${f} = ${wert}`).toEqual(soll.sort());
        mitWert.set(`${f}=${wert}`, daten);
      }
    }
    // Gegenprobe an den Inhalten: Leistung „Wohnsitzanmeldung“ sind Leistungsseite, Konzepte und Beiträge.
    const wohnsitz = leistungen.find((l) => l.id === 'wohnsitzanmeldung')!;
    expect(adressen(mitWert.get(`leistung=${wohnsitz.daten.titel}`)!).sort()).toEqual(
      [
        url.leistung(wohnsitz.id),
        ...erwartet.konzept.filter((a) => a.startsWith(url.leistung(wohnsitz.id))),
        ...beitraege.filter((b) => b.daten.leistung === wohnsitz.id).map((b) => url.beitrag(b.id)),
      ].sort(),
    );
  });

  it('Werte einer Facette verbinden sich mit ODER, Facetten untereinander mit UND', async () => {
    const titel = leistungen.map((l) => l.daten.titel);
    const einzeln = await Promise.all(titel.map((t) => suche(zustand({ filter: { leistung: [t] } }))));
    const beide = await suche(zustand({ filter: { leistung: titel } }));
    expect(beide.length).toBe(einzeln.reduce((n, d) => n + d.length, 0));

    const hubs = await suche(zustand({ filter: { leistung: titel, art: ['Leistung'] } }));
    expect(adressen(hubs).sort()).toEqual([...erwartet.leistung].sort());
  });

  it('zählt gewählte Werte so, als wäre ihre Facette frei', async () => {
    const [erste, zweite] = leistungen.map((l) => l.daten.titel);
    const { facetten } = await sucheAusfuehren(pagefind, zustand({ filter: { leistung: [erste!] } }), alle);
    const werte = Object.fromEntries(facetten.leistung.map((w) => [w.wert, w]));
    expect(werte[erste!]).toMatchObject({ gewaehlt: true, anzahl: alle['leistung']![erste!] });
    expect(werte[zweite!]).toMatchObject({ gewaehlt: false, anzahl: alle['leistung']![zweite!] });
    // Andere Facetten zählen innerhalb der Auswahl.
    const art = Object.fromEntries(facetten.art.map((w) => [w.wert, w.anzahl]));
    expect(art['Leistung']).toBe(1);
  });
});

describe('Sortierung nach Datum', () => {
  it('behält Seiten jeder Art und ordnet neueste zuerst', async () => {
    const daten = await suche(zustand({ sortierung: 'datum', filter: { art: Object.keys(alle['art']!) } }));
    expect(adressen(daten).sort()).toEqual(alleErwartet);
    const daten2 = daten.map((d) => d.meta['datum']!);
    expect(daten2).toEqual([...daten2].sort().reverse());
  });

  it('verliert mit Suchbegriff keinen Treffer', async () => {
    for (const q of ['Zustellpunkt', 'Wohnsitzanmeldung', 'Kommune']) {
      const relevanz = await suche(zustand({ q }));
      const datum = await suche(zustand({ q, sortierung: 'datum' }));
      expect(adressen(datum).sort(), q).toEqual(adressen(relevanz).sort());
      const arten = new Set(datum.map((d) => d.filters['art']![0]!.split(':')[0]));
      expect(arten.size, q).toBeGreaterThan(2);
    }
  });
});

describe('Seiten', () => {
  it('jede Seite hat im Kopf ein Suchformular, das zur Suchseite führt', () => {
    for (const datei of htmlSeiten()) {
      const formular = seite(datei).querySelector('header form[role="search"]');
      expect(formular?.getAttribute('action'), datei).toBe(url.suche());
      expect(formular?.querySelector('input#kopf-suche[name="q"]'), datei).not.toBeNull();
    }
  });

  it('lädt den Code der Suche nur auf der Suchseite', () => {
    const mitSuche = htmlSeiten().filter((datei) =>
      seite(datei)
        .querySelectorAll('script[src]')
        .some((s) => readFileSync(join(DIST, s.getAttribute('src')!), 'utf8').includes('pagefind/pagefind.js')),
    );
    expect(mitSuche).toEqual(['suche/index.html']);
  });

  it('sagt ohne JavaScript, dass die Suche es braucht, und verweist auf die Leistungen', () => {
    const html = readFileSync(join(DIST, 'suche/index.html'), 'utf8');
    const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';
    expect(noscript).toContain(t('suche.ohneJs'));
    expect(noscript).toContain(`href="${url.leistungen()}"`);
  });

  it('die 404-Seite verweist auf die Suche', () => {
    expect(seite('404.html').querySelector(`main a[href="${url.suche()}"]`)).not.toBeNull();
  });
});

/** Der Text einer Seite im Index, aus dem Pagefind die Auszüge schneidet (ohne Metadaten). */
function text(d: PagefindDaten): string {
  return (d as PagefindDaten & { content: string }).content;
}
