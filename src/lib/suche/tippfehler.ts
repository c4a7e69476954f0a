/**
 * Ähnliche Wörter für Tippfehler: Abstand nach Damerau-Levenshtein (ein
 * Buchstabe zu viel, zu wenig, falsch oder zwei vertauscht) in einer
 * gefalteten Schreibweise, in der „ü“ und „ue“ gleich sind. Verglichen wird
 * mit dem Wortschatz der Website (suchhilfen.ts), nicht mit einer Liste
 * bekannter Fehler. Rein, damit Build, Browser und Tests dasselbe rechnen.
 */

/** Kleinschreibung, Umlaute und ß als ASCII, ohne Akzente: „Einbürgerung“ und „Einbuergerung“ werden gleich. */
export function falte(wort: string): string {
  return wort
    .toLocaleLowerCase('de')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/**
 * Abstand zweier Wörter (optimal string alignment); über `grenze` hinaus wird
 * nicht weiter gerechnet und `grenze + 1` zurückgegeben.
 */
export function abstand(a: string, b: string, grenze = Infinity): number {
  if (Math.abs(a.length - b.length) > grenze) return grenze + 1;
  let vorvorige: number[] = [];
  let vorige = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const zeile = [i];
    let kleinste = i;
    for (let j = 1; j <= b.length; j++) {
      const kosten = a[i - 1] === b[j - 1] ? 0 : 1;
      let wert = Math.min(vorige[j]! + 1, zeile[j - 1]! + 1, vorige[j - 1]! + kosten);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        wert = Math.min(wert, vorvorige[j - 2]! + 1);
      zeile.push(wert);
      kleinste = Math.min(kleinste, wert);
    }
    if (kleinste > grenze) return grenze + 1;
    vorvorige = vorige;
    vorige = zeile;
  }
  return vorige[b.length]!;
}

/**
 * Wie viele Fehler ein Wort haben darf, um noch als Tippfehler eines anderen
 * zu gelten: kurze Wörter keinen (sonst wird „Akte“ zu „Akten“ und „VG“ zu
 * allem), mittlere einen, lange zwei.
 */
export function erlaubteFehler(wort: string): number {
  const n = falte(wort).length;
  if (n < 4) return 0;
  return n < 9 ? 1 : 2;
}

/**
 * Die Wörter des Wortschatzes, die einem Wort am nächsten liegen, bestes
 * zuerst (kleinster Abstand, bei Gleichstand die ähnlichere Länge). Das Wort
 * selbst (gefaltet gleich) steht mit Abstand 0 in der Liste, wenn es im
 * Wortschatz anders geschrieben ist, etwa mit Umlaut.
 */
export function naechsteWoerter(wort: string, wortschatz: readonly string[], hoechstens = 3): string[] {
  const gefaltet = falte(wort);
  const grenze = erlaubteFehler(wort);
  const funde: { wort: string; abstand: number }[] = [];
  for (const kandidat of wortschatz) {
    if (kandidat === wort) return [];
    const d = abstand(gefaltet, falte(kandidat), grenze);
    if (d <= grenze) funde.push({ wort: kandidat, abstand: d });
  }
  const laenge = (w: string) => Math.abs(falte(w).length - gefaltet.length);
  return funde
    .sort((x, y) => x.abstand - y.abstand || laenge(x.wort) - laenge(y.wort) || x.wort.localeCompare(y.wort, 'de'))
    .slice(0, hoechstens)
    .map((f) => f.wort);
}

/**
 * Zerlegt eine Zusammensetzung, die es so nicht gibt, in ein Wort des
 * Wortschatzes am Anfang und den Rest: „Wohngeldantrag“ → Wohngeld + antrag.
 * Das längste passende Wort gewinnt; ein Fugen-s fällt weg.
 */
export function zerlege(wort: string, wortschatz: readonly string[]): [string, string] | undefined {
  const gefaltet = falte(wort);
  let bestes: string | undefined;
  for (const kandidat of wortschatz) {
    const k = falte(kandidat);
    if (k.length >= 4 && k.length <= gefaltet.length - 3 && gefaltet.startsWith(k) && /^\p{L}+$/u.test(k)) {
      if (!bestes || k.length > falte(bestes).length) bestes = kandidat;
    }
  }
  if (!bestes) return undefined;
  let rest = gefaltet.slice(falte(bestes).length);
  // Fugen-s nach den Endungen, die es verlangen: „Einbürgerungsantrag“, „Sicherheitskonzept“.
  if (/(?:ung|heit|keit|schaft|tion|taet|itaet|ling|tum)$/.test(falte(bestes)) && /^s\p{L}{3,}/u.test(rest)) {
    rest = rest.slice(1);
  }
  return [bestes, rest];
}
