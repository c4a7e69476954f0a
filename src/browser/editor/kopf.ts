/**
 * Die Angaben im Kopf der Datei (zwischen den Zeilen „---“) und die Felder des
 * Formulars, in beide Richtungen: `kopfDaten` macht aus dem Entwurf die Daten
 * für den Kopf, `formAusKopf` aus den Daten einer Datei die Werte der Felder.
 *
 * Wurde der Entwurf aus einer Datei geöffnet, schreibt `kopfText` deren Kopf
 * nur dort neu, wo die Autorin etwas geändert hat: Schreibweise (Anführungs-
 * zeichen, Listen), Kommentare, Reihenfolge und Angaben, für die das Formular
 * kein Feld hat, bleiben, wie sie waren. So zeigt ein Pull-Request nur die
 * Änderung, und nichts geht verloren.
 */
import { Document, isMap, isSeq, parseDocument, stringify, type YAMLMap } from 'yaml';
import { GRENZEN } from '../../pruefung/kern/grenzen.ts';
import { STECKBRIEF_FELDER, STECKBRIEF_ZAHLEN, type Entwurf, type EntwurfQuelle } from './entwurf.ts';

/** Die Felder des Kopfs, die das Formular kennt, in der Reihenfolge des Schemas. */
export const KOPF_FELDER = [
  'titel',
  'beschreibung',
  'leistung',
  'art',
  'datum',
  'autoren',
  'status',
  'bezug',
  'steckbrief',
  'quellen',
] as const;

const QUELLE_FELDER = ['id', 'titel', 'url', 'art', 'abgerufen'] as const;

/** Was das Formular aus dem Kopf zeigt. */
export type Kopfwerte = Pick<
  Entwurf,
  'titel' | 'beschreibung' | 'leistung' | 'art' | 'datum' | 'autoren' | 'status' | 'bezug' | 'steckbrief' | 'quellen'
>;

/** Ein Zahlenfeld: Zahl, wenn es eine ist; sonst der Text, damit das Schema ihn meldet. */
function zahl(wert: string): number | string {
  const n = Number(wert.replace(',', '.'));
  return wert.trim() !== '' && Number.isFinite(n) ? n : wert;
}

/** Die Quellen, die im Kopf stehen: Gruppen, in denen etwas eingetragen ist. */
const eingetragen = (quellen: readonly EntwurfQuelle[] | undefined) =>
  (quellen ?? []).filter((q) => QUELLE_FELDER.some((k) => (q[k] ?? '').trim() !== ''));

/** Die Daten des Kopfs, Felder in der Reihenfolge des Schemas; leere Pflichtfelder bleiben stehen, damit die Prüfung sie meldet. */
export function kopfDaten(entwurf: Entwurf): Record<string, unknown> {
  const daten: Record<string, unknown> = {
    titel: entwurf.titel.trim(),
    beschreibung: entwurf.beschreibung.trim(),
    leistung: entwurf.leistung,
    art: entwurf.art,
    datum: entwurf.datum,
    autoren: entwurf.autoren
      .split('\n')
      .map((a) => a.trim())
      .filter(Boolean),
    status: entwurf.status,
  };
  if (entwurf.bezug) daten.bezug = entwurf.bezug;
  const quellen = eingetragen(entwurf.quellen);
  if (quellen.length) {
    // Leere Angaben bleiben weg; fehlt etwas Nötiges, meldet es die Prüfung.
    daten.quellen = quellen.map((q) =>
      Object.fromEntries(QUELLE_FELDER.map((k) => [k, (q[k] ?? '').trim()] as const).filter(([, w]) => w !== '')),
    );
  }
  if (entwurf.art === 'umsetzung') {
    const steckbrief: Record<string, unknown> = {};
    for (const feld of STECKBRIEF_FELDER) {
      const wert = entwurf.steckbrief[feld]?.trim() ?? '';
      if (STECKBRIEF_ZAHLEN.includes(feld)) {
        if (wert) steckbrief[feld] = zahl(wert);
      } else {
        steckbrief[feld] = wert;
      }
    }
    daten.steckbrief = steckbrief;
  }
  return daten;
}

/** Ein Wert aus der Datei als Text eines Feldes. Was kein Text ist, zeigt das Feld so, wie YAML es schriebe. */
function alsText(wert: unknown): string {
  if (wert === undefined || wert === null) return '';
  if (typeof wert === 'string') return wert;
  if (typeof wert === 'number' || typeof wert === 'boolean' || typeof wert === 'bigint') return String(wert);
  return stringify(wert, { lineWidth: 0, flow: true }).trim();
}

const istObjekt = (wert: unknown): wert is Record<string, unknown> =>
  typeof wert === 'object' && wert !== null && !Array.isArray(wert);

/** Die Werte der Felder aus den Daten eines Kopfs: die Umkehrung von `kopfDaten`. */
export function formAusKopf(daten: Record<string, unknown>): Kopfwerte {
  const steckbrief: Kopfwerte['steckbrief'] = {};
  if (istObjekt(daten.steckbrief)) {
    for (const feld of STECKBRIEF_FELDER) steckbrief[feld] = alsText(daten.steckbrief[feld]);
  }
  const quellen: EntwurfQuelle[] = (Array.isArray(daten.quellen) ? daten.quellen : []).map((q: unknown) => {
    const werte = istObjekt(q) ? q : { titel: q };
    return {
      id: alsText(werte.id),
      titel: alsText(werte.titel),
      url: alsText(werte.url),
      art: alsText(werte.art),
      abgerufen: alsText(werte.abgerufen),
      fundstelle: '',
    };
  });
  return {
    titel: alsText(daten.titel),
    beschreibung: alsText(daten.beschreibung),
    leistung: alsText(daten.leistung),
    art: alsText(daten.art),
    datum: alsText(daten.datum),
    autoren: Array.isArray(daten.autoren) ? daten.autoren.map(alsText).join('\n') : alsText(daten.autoren),
    status: alsText(daten.status),
    bezug: alsText(daten.bezug),
    steckbrief,
    quellen,
  };
}

/** Felder im Kopf, für die das Formular kein Feld hat (sie bleiben beim Speichern unverändert). */
export function fremdeKopfFelder(daten: Record<string, unknown>): string[] {
  return Object.keys(daten).filter((k) => !(KOPF_FELDER as readonly string[]).includes(k));
}

/** Der Kopf als Text (ohne die Zeilen „---“), mit „\n“ am Ende. */
export function kopfText(entwurf: Entwurf): string {
  const daten = kopfDaten(entwurf);
  const kopf = entwurf.herkunft?.kopf;
  if (kopf !== undefined) {
    try {
      const angeglichen = gleicheAn(kopf, entwurf, daten);
      if (angeglichen !== undefined) return angeglichen;
    } catch {
      // Ein Kopf, den das yaml-Paket nicht fortschreiben kann: dann neu schreiben, wie bei einem neuen Beitrag.
    }
  }
  return stringify(daten, { lineWidth: 0 });
}

/** Stellt `wert` unter `schluessel` in die Abbildung; ein neuer Schlüssel kommt hinter seinen Vorgänger im Schema. */
function setze(dokument: Document, karte: YAMLMap, schluessel: string, wert: unknown, reihenfolge: readonly string[]) {
  if (karte.has(schluessel)) {
    karte.set(schluessel, dokument.createNode(wert));
    return;
  }
  const paar = dokument.createPair(schluessel, wert);
  const vorher = reihenfolge.slice(0, reihenfolge.indexOf(schluessel));
  let stelle = -1;
  karte.items.forEach((p, i) => {
    const name = (p.key as { value?: unknown } | null)?.value ?? p.key;
    if (typeof name === 'string' && vorher.includes(name)) stelle = i;
  });
  karte.items.splice(stelle + 1, 0, paar);
}

/**
 * Schreibt den Kopf einer geöffneten Datei fort: Was im Formular so steht, wie
 * es aus der Datei kam, bleibt unberührt; nur Geändertes wird neu gesetzt.
 * Ist nichts geändert, kommt der Kopf Zeichen für Zeichen zurück.
 */
function gleicheAn(kopf: string, entwurf: Entwurf, daten: Record<string, unknown>): string | undefined {
  const dokument = parseDocument(kopf, { logLevel: 'silent' });
  if (dokument.errors.length || !isMap(dokument.contents)) return undefined;
  const karte = dokument.contents;
  const js: unknown = dokument.toJS({ maxAliasCount: GRENZEN.yamlVerweise });
  if (!istObjekt(js)) return undefined;
  const alt = formAusKopf(js);
  let geaendert = false;

  for (const feld of ['titel', 'beschreibung', 'leistung', 'art', 'datum', 'autoren', 'status', 'bezug'] as const) {
    if (alt[feld] === entwurf[feld]) continue;
    geaendert = true;
    if (feld in daten) setze(dokument, karte, feld, daten[feld], KOPF_FELDER);
    else karte.delete(feld);
  }

  // Steckbrief: Ob es ihn gibt, entscheidet die Art; im Übrigen nur geänderte Angaben.
  const steckbrief = daten.steckbrief as Record<string, unknown> | undefined;
  const altSteckbrief = karte.get('steckbrief', true);
  if (!steckbrief) {
    if (karte.has('steckbrief')) {
      karte.delete('steckbrief');
      geaendert = true;
    }
  } else if (!isMap(altSteckbrief)) {
    setze(dokument, karte, 'steckbrief', steckbrief, KOPF_FELDER);
    geaendert = true;
  } else {
    for (const feld of STECKBRIEF_FELDER) {
      if ((alt.steckbrief[feld] ?? '') === (entwurf.steckbrief[feld] ?? '')) continue;
      geaendert = true;
      if (feld in steckbrief) setze(dokument, altSteckbrief, feld, steckbrief[feld], STECKBRIEF_FELDER);
      else altSteckbrief.delete(feld);
    }
  }

  // Quellen: je Eintrag nur geänderte Angaben; neue kommen ans Ende, entfernte vom Ende.
  const soll = (daten.quellen ?? []) as Record<string, string>[];
  const neu = eingetragen(entwurf.quellen);
  const altListe = eingetragen(alt.quellen);
  const gleich = (a: EntwurfQuelle, b: EntwurfQuelle) => QUELLE_FELDER.every((k) => a[k] === b[k]);
  const altQuellen = karte.get('quellen', true);
  if (neu.length !== altListe.length || neu.some((q, i) => !gleich(q, altListe[i]!))) {
    geaendert = true;
    const stellen = alt.quellen.flatMap((q, i) => (eingetragen([q]).length ? [i] : []));
    if (!soll.length) karte.delete('quellen');
    else if (!isSeq(altQuellen) || stellen.length !== altListe.length) {
      setze(dokument, karte, 'quellen', soll, KOPF_FELDER);
    } else {
      soll.forEach((q, i) => {
        const eintrag = i < stellen.length ? altQuellen.items[stellen[i]!] : undefined;
        if (!isMap(eintrag)) {
          if (eintrag === undefined) altQuellen.items.push(dokument.createNode(q));
          else altQuellen.items[stellen[i]!] = dokument.createNode(q);
          return;
        }
        for (const k of QUELLE_FELDER) {
          if (altListe[i]![k] === neu[i]![k]) continue;
          if (k in q) setze(dokument, eintrag, k, q[k], QUELLE_FELDER);
          else eintrag.delete(k);
        }
      });
      for (const stelle of stellen.slice(soll.length).reverse()) altQuellen.items.splice(stelle, 1);
    }
  }

  return geaendert ? dokument.toString({ lineWidth: 0 }) : kopf;
}
