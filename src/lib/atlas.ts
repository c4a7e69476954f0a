/**
 * Alle Inhalte einmal geladen, sortiert und verknüpft. Seiten fragen hier,
 * statt selbst Sammlungen zu durchsuchen: Der Aufwand fällt einmal je Build
 * an, nicht einmal je Seite.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { KONZEPT_ARTEN, type Phase } from '../schemas/index.ts';

export type LeistungEintrag = CollectionEntry<'leistungen'>;
export type KonzeptEintrag = CollectionEntry<'konzepte'>;
export type QuerschnittEintrag = CollectionEntry<'querschnitt'>;
export type KommuneEintrag = CollectionEntry<'kommunen'>;
export type BeitragEintrag = CollectionEntry<'beitraege'>;
export type GlossarEintragE = CollectionEntry<'glossar'>;
export type SeiteEintrag = CollectionEntry<'seiten'>;
export type AnbindungEintrag = CollectionEntry<'anbindungen'>;

/** Konzept-ID „leistung/konzept“ → Leistung; Beitrags-ID „kommune/slug“ → Kommune. */
export const ersterTeil = (id: string) => id.split('/')[0]!;
export const zweiterTeil = (id: string) => id.split('/')[1]!;

export interface Pilot {
  kommune: KommuneEintrag;
  leistung: string;
  phase: Phase;
  seit: string;
}

export interface Atlas {
  leistungen: LeistungEintrag[];
  konzepte: KonzeptEintrag[];
  querschnitt: QuerschnittEintrag[];
  kommunen: KommuneEintrag[];
  /** Neueste zuerst. */
  beitraege: BeitragEintrag[];
  glossar: GlossarEintragE[];
  seiten: SeiteEintrag[];
  /** Anbindungsbögen, in der Reihenfolge der Leistungen. */
  anbindungen: AnbindungEintrag[];
  /** Anbindungsbogen einer Leistung, falls es einen gibt. */
  anbindungVon(leistung: string): AnbindungEintrag | undefined;
  leistung(id: string): LeistungEintrag;
  kommune(id: string): KommuneEintrag;
  querschnittEintrag(id: string): QuerschnittEintrag;
  konzepteVon(leistung: string): KonzeptEintrag[];
  beitraegeZuLeistung(leistung: string): BeitragEintrag[];
  beitraegeVonKommune(kommune: string): BeitragEintrag[];
  pilotenVon(leistung: string): Pilot[];
  leistungenMitBaustein(baustein: string): LeistungEintrag[];
}

const deutsch = new Intl.Collator('de');
const nachReihenfolge = <T extends { data: { reihenfolge?: number | undefined; titel: string } }>(a: T, b: T) =>
  (a.data.reihenfolge ?? Infinity) - (b.data.reihenfolge ?? Infinity) || deutsch.compare(a.data.titel, b.data.titel);

function gruppiere<T>(liste: T[], schluessel: (e: T) => string): Map<string, T[]> {
  const karte = new Map<string, T[]>();
  for (const e of liste) karte.set(schluessel(e), [...(karte.get(schluessel(e)) ?? []), e]);
  return karte;
}

function finde<T extends { id: string }>(liste: T[], art: string): (id: string) => T {
  const karte = new Map(liste.map((e) => [e.id, e]));
  return (id) => {
    const e = karte.get(id);
    // Die Inhaltsprüfung vor dem Build fängt fehlende Ziele ab; das hier ist die letzte Sicherung.
    if (!e) throw new Error(`${art} „${id}“ gibt es nicht.`);
    return e;
  };
}

async function lade(): Promise<Atlas> {
  const [leistungen, konzepte, querschnitt, kommunen, beitraege, glossar, seiten, anbindungenRoh] = await Promise.all([
    getCollection('leistungen'),
    getCollection('konzepte'),
    getCollection('querschnitt'),
    getCollection('kommunen'),
    getCollection('beitraege'),
    getCollection('glossar'),
    getCollection('seiten'),
    getCollection('anbindungen'),
  ]);
  leistungen.sort(nachReihenfolge);
  konzepte.sort(
    (a, b) =>
      KONZEPT_ARTEN.indexOf(a.data.art) - KONZEPT_ARTEN.indexOf(b.data.art) ||
      nachReihenfolge(a, b) ||
      a.id.localeCompare(b.id),
  );
  querschnitt.sort(nachReihenfolge);
  kommunen.sort((a, b) => deutsch.compare(a.data.name, b.data.name));
  beitraege.sort((a, b) => b.data.datum.localeCompare(a.data.datum) || deutsch.compare(a.data.titel, b.data.titel));
  glossar.sort((a, b) => deutsch.compare(a.data.begriff, b.data.begriff));

  const konzepteNachLeistung = gruppiere(konzepte, (k) => ersterTeil(k.id));
  const beitraegeNachLeistung = gruppiere(beitraege, (b) => b.data.leistung);
  const beitraegeNachKommune = gruppiere(beitraege, (b) => ersterTeil(b.id));
  const piloten = gruppiere(
    kommunen.flatMap((kommune) => kommune.data.pilot.map((p) => ({ kommune, ...p }))),
    (p) => p.leistung,
  );

  const anbindungNach = new Map(anbindungenRoh.map((e) => [e.id, e]));
  const anbindungen = leistungen.flatMap((l) => anbindungNach.get(l.id) ?? []);

  return {
    leistungen,
    anbindungen,
    anbindungVon: (id) => anbindungNach.get(id),
    konzepte,
    querschnitt,
    kommunen,
    beitraege,
    glossar,
    seiten,
    leistung: finde(leistungen, 'Die Leistung'),
    kommune: finde(kommunen, 'Die Kommune'),
    querschnittEintrag: finde(querschnitt, 'Den Baustein'),
    konzepteVon: (id) => konzepteNachLeistung.get(id) ?? [],
    beitraegeZuLeistung: (id) => beitraegeNachLeistung.get(id) ?? [],
    beitraegeVonKommune: (id) => beitraegeNachKommune.get(id) ?? [],
    pilotenVon: (id) => piloten.get(id) ?? [],
    leistungenMitBaustein: (id) => leistungen.filter((l) => l.data.bausteine.includes(id)),
  };
}

let zwischenspeicher: Promise<Atlas> | undefined;

/** Der Atlas dieses Builds; beim ersten Aufruf geladen. */
export function atlas(): Promise<Atlas> {
  // Im Entwicklungsserver ändern sich Inhalte laufend: dort jedes Mal frisch laden.
  if (import.meta.env.DEV) return lade();
  return (zwischenspeicher ??= lade());
}
