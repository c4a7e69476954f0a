/**
 * Anbindungsbögen: Die Prüfung meldet unbekannte Quellen, Varianten, Bausteine
 * und Konzepte mit Datei, Zeile und Feld als Fehler und warnt, wenn ein
 * Standard nicht mehr gilt oder seine Prüfung überfällig ist. Die Formate der
 * Werte melden deutsch, was nicht passt.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { istFehler, pruefeInhaltsordner } from '../../src/pruefung/node/index.ts';
import { plan, pruefeWerte } from '../../src/lib/anbindung/plan.ts';
import { pruefeWert, type Anbindung } from '../../src/schemas/index.ts';
import { FIXTURES, inhaltsordnerMit, PROJEKT } from '../../werkzeuge/pruefen-lauf.ts';

const DATEI = /leistungen\/testleistung\/anbindung\.yaml$/;

async function befundeFuer(fixture: string) {
  const ordner = inhaltsordnerMit(join(FIXTURES, 'anbindung', fixture));
  const { befunde } = await pruefeInhaltsordner(ordner, join(ordner, '..'));
  return befunde.filter((b) => DATEI.test(b.datei));
}

describe('Prüfung der Anbindungsbögen', () => {
  it('warnt bei verstrichenem „gueltigBis“ und „pruefenBis“, ohne den Build anzuhalten', async () => {
    const befunde = await befundeFuer('veraltet');
    const gueltig = befunde.find((b) => b.feld === 'standards[0].gueltigBis');
    expect(gueltig).toMatchObject({ regel: 'anbindung', schwere: 'warnung', zeile: 20 });
    expect(gueltig?.meldung).toContain('XTest 1.0 gilt nur bis 2020-01-01');
    expect(befunde.find((b) => b.feld === 'standards[0].pruefenBis')).toMatchObject({ schwere: 'warnung', zeile: 21 });
    expect(befunde.filter(istFehler)).toEqual([]);
  });

  it('meldet unbekannte Quelle, Variante, Baustein und Konzept als Fehler an ihrer Zeile', async () => {
    const befunde = await befundeFuer('fehler');
    const felder = befunde.filter(istFehler).map((b) => `${b.zeile} ${b.feld}`);
    expect(felder).toEqual(
      expect.arrayContaining([
        '7 varianten[0].bausteine[0]',
        '8 varianten[0].beleg',
        '14 werte[0].varianten[0]',
        '23 schritte[0].konzept',
      ]),
    );
    expect(befunde.find((b) => b.feld === 'varianten[0].beleg')?.meldung).toBe(
      'Die Quelle „fehlende-quelle“ steht nicht unter „quellen“.',
    );
  });

  it('die sechs Bögen im Inhalt haben keine Befunde', async () => {
    const { befunde } = await pruefeInhaltsordner(join(PROJEKT, 'content'), PROJEKT);
    expect(befunde.filter((b) => /anbindung\.yaml$/.test(b.datei))).toEqual([]);
  });
});

describe('Formate der Werte', () => {
  it('ARS: zwölf Ziffern, sonst eine deutsche Meldung', () => {
    expect(pruefeWert('ars', '16051000000')).toBe(
      'Der Amtliche Regionalschlüssel hat genau 12 Ziffern, ohne Leerzeichen.',
    );
    expect(pruefeWert('ars', '160510000000')).toBeUndefined();
  });
  it('Leistungsschlüssel und Webadresse', () => {
    expect(pruefeWert('leistungsschluessel', '9911500510400')).toMatch(/14 Ziffern/);
    expect(pruefeWert('url', 'http://beispiel.de')).toMatch(/https:\/\//);
    expect(pruefeWert('url', 'https://www.beispiel.de/datenschutz')).toBeUndefined();
  });
});

describe('Plan über mehrere Leistungen', () => {
  it('drei Leistungen: jede gemeinsame Arbeit genau einmal, mit den Leistungen, die sie freischaltet', async () => {
    const { eintraege } = await pruefeInhaltsordner(join(PROJEKT, 'content'), PROJEKT);
    const bogen = (id: string) =>
      eintraege.find((e) => e.sammlung === 'anbindungen' && e.id === id)!.daten as Anbindung;
    const auswahl = ['wohngeld', 'wohnsitzanmeldung', 'unterhaltsvorschuss'].map((id) => ({
      leistung: id,
      titel: id,
      anbindung: bogen(id),
      variante: 'osci-xta',
    }));
    const ergebnis = plan(auswahl);
    const arten = ergebnis.gemeinsam.map((g) => g.art);
    expect(arten.sort()).toEqual(['dvdv-eintrag', 'osci-zertifikat', 'pvog-eintrag']);
    for (const g of ergebnis.gemeinsam) {
      expect(g.leistungen.map((l) => l.leistung)).toEqual(['wohngeld', 'wohnsitzanmeldung', 'unterhaltsvorschuss']);
    }
    // Mit OSCI kein Zustellpunkt; und kein gemeinsamer Schritt steht noch einmal bei einer Leistung.
    expect(arten).not.toContain('fit-connect-zustellpunkt');
    for (const l of ergebnis.jeLeistung) expect(l.schritte.every((s) => !s.gemeinsam)).toBe(true);
  });

  it('Werte: Pflicht nur für die gewählte Variante, Formatfehler immer', () => {
    const a = {
      werte: [
        { id: 'ars', label: 'ARS', erklaerung: '', format: 'ars', beleg: 'x' },
        { id: 'dest', label: 'DestinationID', erklaerung: '', format: 'text', varianten: ['fit-connect'], beleg: 'x' },
      ],
    } as unknown as Anbindung;
    expect([...pruefeWerte(a, 'osci-xta', { ars: '1' })]).toEqual([['ars', expect.stringContaining('12 Ziffern')]]);
    expect([...pruefeWerte(a, 'fit-connect', { ars: '160000000000' }).keys()]).toEqual(['dest']);
    expect(pruefeWerte(a, undefined, {}).size).toBe(0);
  });
});
