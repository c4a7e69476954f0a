/**
 * Prüfung der Anbindungsbögen (content/leistungen/<leistung>/anbindung.yaml)
 * über das Schema hinaus: Belege zeigen auf Quellen des Bogens, Varianten und
 * Bausteine gibt es, und Standards mit verstrichenem Gültigkeits- oder
 * Prüfdatum fallen auf.
 */
import { heute, NICHT_VERIFIZIERT, type Anbindung } from '../../schemas/index.ts';
import { feldPfad, type Befund } from '../kern/befund.ts';
import type { Datenbestand, DatenRegel, GepruefterEintrag } from '../kern/typen.ts';

export const anbindung = {
  name: 'anbindung',
  beschreibung:
    'Im Anbindungsbogen zeigt jeder „beleg“ auf eine Quelle des Bogens, jede Variante und jeder Baustein existiert; verstrichene Gültigkeit oder Prüfdaten von Standards werden gewarnt.',
  /** Jeder gültige Anbindungsbogen, mit den vorhandenen Leistungen, Konzepten und Bausteinen. */
  pruefe({ alle, gueltig, stichtag }: Datenbestand): Befund[] {
    const ids = (sammlung: string) => new Set(alle.filter((e) => e.sammlung === sammlung).map((e) => e.id));
    const kontext = {
      leistungen: ids('leistungen'),
      konzepte: ids('konzepte'),
      querschnitt: ids('querschnitt'),
      stichtag,
    };
    return gueltig.filter((e) => e.sammlung === 'anbindungen').flatMap((e) => anbindung.pruefeBogen(e, kontext));
  },
  /**
   * @param e gültiger Eintrag der Sammlung „anbindungen“
   * @param kontext vorhandene Leistungen, Konzepte und Bausteine; `stichtag` für Tests
   */
  pruefeBogen(
    e: GepruefterEintrag,
    kontext: {
      leistungen: Set<string>;
      konzepte: Set<string>;
      querschnitt: Set<string>;
      stichtag?: string | undefined;
    },
  ): Befund[] {
    const daten = e.daten as Anbindung;
    const befunde: Befund[] = [];
    const stichtag = kontext.stichtag ?? heute();
    const melde = (pfad: PropertyKey[], meldung: string, hinweis: string, schwere?: 'warnung') =>
      befunde.push({
        datei: e.datei,
        ...e.yaml.stelleVon(pfad),
        regel: this.name,
        feld: feldPfad(pfad),
        meldung,
        hinweis,
        ...(schwere ? { schwere } : {}),
      });

    if (!kontext.leistungen.has(e.id)) {
      melde(
        [],
        `Zum Ordner „${e.id}“ gibt es keine Leistungsseite.`,
        `Legen Sie content/leistungen/${e.id}/index.mdx an.`,
      );
    }
    const quellen = new Set(daten.quellen.map((q) => q.id));
    const liste = [...quellen].join(', ') || '(noch keine)';
    const pruefeBeleg = (pfad: PropertyKey[], wert: string) => {
      if (wert !== NICHT_VERIFIZIERT && !quellen.has(wert)) {
        melde(
          [...pfad, 'beleg'],
          `Die Quelle „${wert}“ steht nicht unter „quellen“.`,
          `Ergänzen Sie sie unter „quellen“ mit id, titel, url und abgerufen, wählen Sie eine vorhandene (${liste}) oder schreiben Sie „${NICHT_VERIFIZIERT}“.`,
        );
      }
    };
    const variantenIds = new Set(daten.varianten.map((v) => v.id));
    const pruefeVarianten = (pfad: PropertyKey[], ids: readonly string[] | undefined) =>
      ids?.forEach((id, i) => {
        if (!variantenIds.has(id)) {
          melde(
            [...pfad, 'varianten', i],
            `Die Variante „${id}“ gibt es in diesem Bogen nicht.`,
            `Vorhandene Varianten: ${[...variantenIds].join(', ')}.`,
          );
        }
      });

    daten.varianten.forEach((v, i) => {
      pruefeBeleg(['varianten', i], v.beleg);
      v.voraussetzungen.forEach((vo, j) => pruefeBeleg(['varianten', i, 'voraussetzungen', j], vo.beleg));
      v.bausteine.forEach((b, j) => {
        if (!kontext.querschnitt.has(b)) {
          melde(
            ['varianten', i, 'bausteine', j],
            `Den Baustein „${b}“ gibt es nicht.`,
            `Vorhandene Bausteine: ${[...kontext.querschnitt].join(', ')}.`,
          );
        }
      });
    });
    daten.werte.forEach((w, i) => {
      pruefeBeleg(['werte', i], w.beleg);
      pruefeVarianten(['werte', i], w.varianten);
    });
    daten.kosten.forEach((k, i) => pruefeBeleg(['kosten', i], k.beleg));
    daten.support.forEach((s, i) => pruefeBeleg(['support', i], s.beleg));
    daten.schritte.forEach((s, i) => {
      pruefeBeleg(['schritte', i], s.beleg);
      pruefeVarianten(['schritte', i], s.varianten);
      if (s.konzept) {
        const baustein = /^\/querschnitt\/([a-z0-9-]+)\/$/.exec(s.konzept)?.[1];
        const da = baustein ? kontext.querschnitt.has(baustein) : kontext.konzepte.has(s.konzept);
        if (!da) {
          melde(
            ['schritte', i, 'konzept'],
            `Das Dokument „${s.konzept}“ gibt es nicht.`,
            'Nennen Sie ein Konzept als „leistung/konzept“ (z. B. wohngeld/technisch) oder einen Baustein als „/querschnitt/<id>/“.',
          );
        }
      }
    });
    // Standards: Eine veraltete Version soll von selbst auffallen, nicht erst, wenn ein Fachverfahren scheitert.
    daten.standards.forEach((s, i) => {
      pruefeBeleg(['standards', i], s.beleg);
      if (s.gueltigBis && s.gueltigBis < stichtag) {
        melde(
          ['standards', i, 'gueltigBis'],
          `${s.name} ${s.version} gilt nur bis ${s.gueltigBis}; das Datum ist verstrichen.`,
          'Tragen Sie die Nachfolgeversion mit Beleg ein und entfernen Sie die alte oder verschieben Sie sie in die Geschichte.',
          'warnung',
        );
      }
      if (s.pruefenBis < stichtag) {
        melde(
          ['standards', i, 'pruefenBis'],
          `Der Eintrag ${s.name} ${s.version} sollte bis ${s.pruefenBis} geprüft sein.`,
          'Prüfen Sie Version und Gültigkeit an der Quelle, aktualisieren Sie „abgerufen“ und setzen Sie „pruefenBis“ neu.',
          'warnung',
        );
      }
    });
    return befunde;
  },
} satisfies DatenRegel & Record<string, unknown>;
