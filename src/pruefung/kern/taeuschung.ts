/**
 * Täuschung mit Zeichen und Adressen: unsichtbare Zeichen und Steuerzeichen der
 * Schreibrichtung (Bidi), die Text anders erscheinen lassen, als er gespeichert
 * ist, und Webadressen, die woanders hinführen, als sie aussehen (Benutzerangabe
 * vor „@“, Umlaut- und Punycode-Hosts, IP-Adressen, Linktext mit fremdem Host).
 *
 * Rein und ohne node:-Module: Die MDX-Regeln „unsichtbare-zeichen“ und
 * „taeuschende-url“, die Prüfung des Front Matter und der YAML-Dateien
 * (pruefen.ts) und der Editor im Browser nutzen dieselben Funktionen. Adressen
 * liest der WHATWG-URL-Parser, wie Browser es tun; verglichen wird, was er
 * daraus macht, mit dem, was die Autorin geschrieben hat.
 */

/** Ein auffälliges Zeichen in einem Text. */
export interface ZeichenFund {
  /** Index im Text (UTF-16, wie Spalten in remark). */
  index: number;
  /** Der Codepunkt. */
  codepunkt: number;
  /** „U+202E“. */
  code: string;
  /** Name des Zeichens, z. B. „RIGHT-TO-LEFT OVERRIDE (Schreibrichtung rechts nach links erzwingen)“. */
  name: string;
  art: 'bidi' | 'unsichtbar' | 'steuerzeichen' | 'zeilentrenner' | 'variante' | 'privat' | 'ersatz';
  schwere: 'fehler' | 'warnung';
}

/** Namen der Zeichen, die am häufigsten vorkommen; sonst nennt die Meldung die Art. */
const NAMEN: Record<number, string> = {
  0x061c: 'ARABIC LETTER MARK (Schreibrichtungsmarke)',
  0x200e: 'LEFT-TO-RIGHT MARK (Schreibrichtungsmarke)',
  0x200f: 'RIGHT-TO-LEFT MARK (Schreibrichtungsmarke)',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING (Schreibrichtung einbetten)',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING (Schreibrichtung einbetten)',
  0x202c: 'POP DIRECTIONAL FORMATTING (Schreibrichtung beenden)',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE (Schreibrichtung erzwingen)',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE (Schreibrichtung umkehren)',
  0x2066: 'LEFT-TO-RIGHT ISOLATE (Schreibrichtung isolieren)',
  0x2067: 'RIGHT-TO-LEFT ISOLATE (Schreibrichtung isolieren)',
  0x2068: 'FIRST STRONG ISOLATE (Schreibrichtung isolieren)',
  0x2069: 'POP DIRECTIONAL ISOLATE (Schreibrichtung beenden)',
  0x200b: 'ZERO WIDTH SPACE (Leerzeichen ohne Breite)',
  0x200c: 'ZERO WIDTH NON-JOINER (Bindungsverhinderer ohne Breite)',
  0x200d: 'ZERO WIDTH JOINER (Verbinder ohne Breite)',
  0x2060: 'WORD JOINER (Wortverbinder ohne Breite)',
  0x2061: 'FUNCTION APPLICATION (unsichtbares Rechenzeichen)',
  0x2062: 'INVISIBLE TIMES (unsichtbares Rechenzeichen)',
  0x2063: 'INVISIBLE SEPARATOR (unsichtbares Trennzeichen)',
  0x2064: 'INVISIBLE PLUS (unsichtbares Rechenzeichen)',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE / BOM (Leerzeichen ohne Breite)',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR (unsichtbares Trennzeichen)',
  0x034f: 'COMBINING GRAPHEME JOINER (unsichtbarer Verbinder)',
  0x115f: 'HANGUL CHOSEONG FILLER (leeres Füllzeichen)',
  0x1160: 'HANGUL JUNGSEONG FILLER (leeres Füllzeichen)',
  0x3164: 'HANGUL FILLER (leeres Füllzeichen)',
  0xffa0: 'HALFWIDTH HANGUL FILLER (leeres Füllzeichen)',
  0x2800: 'BRAILLE PATTERN BLANK (leeres Blindenschriftzeichen)',
  0x17b4: 'KHMER VOWEL INHERENT AQ (unsichtbares Zeichen)',
  0x17b5: 'KHMER VOWEL INHERENT AA (unsichtbares Zeichen)',
  0x2028: 'LINE SEPARATOR (Zeilentrenner)',
  0x2029: 'PARAGRAPH SEPARATOR (Absatztrenner)',
  0x0085: 'NEXT LINE (Zeilenumbruch-Steuerzeichen)',
  0xfffd: 'REPLACEMENT CHARACTER (Ersatzzeichen �)',
  0xfff9: 'INTERLINEAR ANNOTATION ANCHOR (unsichtbare Anmerkung)',
  0xfffa: 'INTERLINEAR ANNOTATION SEPARATOR (unsichtbare Anmerkung)',
  0xfffb: 'INTERLINEAR ANNOTATION TERMINATOR (unsichtbare Anmerkung)',
};

const BIDI = new Set([0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);
/** Zeichen, die leer oder gar nicht erscheinen, aber keine Formatzeichen (Cf) sind. */
const LEER = new Set([0x034f, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180b, 0x180c, 0x180d, 0x180f, 0x2800, 0x3164, 0xffa0]);

/**
 * Kandidaten für einen genaueren Blick. Nicht dabei und erlaubt: Tabulator und
 * Zeilenumbrüche, geschütztes Leerzeichen (U+00A0), schmales geschütztes
 * Leerzeichen (U+202F) und die übrigen sichtbaren Leerzeichen (U+2000–U+200A),
 * die der deutsche Satz nutzt („z. B.“); das weiche Trennzeichen (U+00AD) wird
 * unten ausgenommen.
 */
const KANDIDAT =
  /[\p{Cc}\p{Cf}\p{Co}\p{Noncharacter_Code_Point}\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2028\u2029\u2800\u3164\ufe00-\ufe0f\uffa0\ufffd\u{e0100}-\u{e01ef}]/gu;
const PIKTOGRAMM = /\p{Extended_Pictographic}/u;
const EMOJI = /\p{Emoji}/u;
const IDEOGRAMM = /\p{Ideographic}/u;
const BUCHSTABE = /\p{L}/u;

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** Der Codepunkt vor `index` (Ersatzpaare berücksichtigt) und sein Index. */
function davor(text: string, index: number): { cp: number; index: number } | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  const i = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return { cp: text.codePointAt(i)!, index: i };
}

/** Der Codepunkt vor `index`, über Varianten- und Hautfarbenwähler hinweg (Emoji-Folgen). */
function basisDavor(text: string, index: number): number | undefined {
  let vorher = davor(text, index);
  while (vorher && (vorher.cp === 0xfe0f || (vorher.cp >= 0x1f3fb && vorher.cp <= 0x1f3ff)))
    vorher = davor(text, vorher.index);
  return vorher?.cp;
}

const istPiktogramm = (cp: number | undefined) => cp !== undefined && PIKTOGRAMM.test(String.fromCodePoint(cp));

/**
 * Findet unsichtbare Zeichen, Steuerzeichen der Schreibrichtung, Steuer- und
 * Zeilentrennzeichen in einem Text. Erlaubt bleiben, was Emoji und Flaggen
 * brauchen (Verbinder zwischen Piktogrammen, Variantenwähler nach einem Emoji,
 * Tag-Zeichen in einer Flaggenfolge), ein BOM am Dateianfang (`dateianfang`)
 * sowie Tabulator, Zeilenumbruch, weiches Trennzeichen und geschützte Leerzeichen.
 */
export function findeUnsichtbareZeichen(text: string, optionen: { dateianfang?: boolean } = {}): ZeichenFund[] {
  const funde: ZeichenFund[] = [];
  for (const treffer of text.matchAll(KANDIDAT)) {
    const index = treffer.index;
    const cp = treffer[0].codePointAt(0)!;
    if (cp === 0x09 || cp === 0x0a || cp === 0x0d || cp === 0x00ad) continue;
    if (cp === 0xfeff && index === 0 && optionen.dateianfang) continue;
    const fund = (art: ZeichenFund['art'], schwere: ZeichenFund['schwere'], name?: string) =>
      funde.push({ index, codepunkt: cp, code: hex(cp), name: name ?? NAMEN[cp] ?? beschreibeArt(art), art, schwere });
    const naechster = text.codePointAt(index + treffer[0].length);
    if (BIDI.has(cp)) fund('bidi', 'fehler');
    else if (cp === 0x2028 || cp === 0x2029 || cp === 0x85) fund('zeilentrenner', 'fehler');
    else if (cp === 0x200d) {
      // Emoji-Folgen wie 👩‍💻 verbinden zwei Piktogramme.
      if (!(istPiktogramm(basisDavor(text, index)) && istPiktogramm(naechster))) fund('unsichtbar', 'fehler');
    } else if (cp === 0x200c) {
      // Zwischen zwei Buchstaben verhindert er im deutschen Satz eine Ligatur („Auf‌lage“): erlaubt, aber auffällig.
      const vorher = davor(text, index)?.cp;
      const umgeben =
        vorher !== undefined &&
        naechster !== undefined &&
        [vorher, naechster].every((c) => BUCHSTABE.test(String.fromCodePoint(c)));
      fund('unsichtbar', umgeben ? 'warnung' : 'fehler');
    } else if (
      (cp >= 0xfe00 && cp <= 0xfe0f) ||
      (cp >= 0xe0100 && cp <= 0xe01ef) ||
      (cp >= 0x180b && cp <= 0x180f && cp !== 0x180e)
    ) {
      // Ein Variantenwähler gehört direkt hinter ein Emoji (FE0E/FE0F) oder ein Schriftzeichen; sonst trägt er versteckte Daten.
      const vorher = davor(text, index)?.cp;
      const basis = vorher === undefined ? '' : String.fromCodePoint(vorher);
      const erlaubt =
        (cp === 0xfe0e || cp === 0xfe0f) && vorher !== undefined
          ? EMOJI.test(basis)
          : vorher !== undefined && IDEOGRAMM.test(basis);
      if (!erlaubt) fund('variante', 'fehler', 'VARIATION SELECTOR (Variantenwähler ohne passendes Zeichen davor)');
    } else if (cp >= 0xe0020 && cp <= 0xe007f) {
      // Tag-Zeichen nur in Flaggenfolgen: 🏴 + Buchstaben-Tags + U+E007F.
      if (!inFlaggenfolge(text, index)) fund('unsichtbar', 'fehler', 'TAG CHARACTER (unsichtbares Tag-Zeichen)');
    } else if (cp === 0xfffd) fund('ersatz', 'warnung');
    else if ((cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000)
      fund(/\p{Co}/u.test(treffer[0]) ? 'privat' : 'unsichtbar', /\p{Co}/u.test(treffer[0]) ? 'warnung' : 'fehler');
    else if (/\p{Cc}/u.test(treffer[0]) || /\p{Noncharacter_Code_Point}/u.test(treffer[0]))
      fund('steuerzeichen', 'fehler');
    else if (LEER.has(cp) || /\p{Cf}/u.test(treffer[0])) fund('unsichtbar', 'fehler');
  }
  return funde;
}

/** Ob das Tag-Zeichen an `index` zu einer Flaggenfolge gehört (🏴 U+1F3F4, Tags a–z, Abschluss U+E007F). */
function inFlaggenfolge(text: string, index: number): boolean {
  let i = index;
  let vorher = davor(text, i);
  while (vorher && vorher.cp >= 0xe0061 && vorher.cp <= 0xe007a) {
    i = vorher.index;
    vorher = davor(text, i);
  }
  if (vorher?.cp !== 0x1f3f4) return false;
  for (let j = index; j < text.length;) {
    const cp = text.codePointAt(j)!;
    if (cp === 0xe007f) return true;
    if (cp < 0xe0061 || cp > 0xe007a) return false;
    j += 2;
  }
  return false;
}

function beschreibeArt(art: ZeichenFund['art']): string {
  return {
    bidi: 'Steuerzeichen der Schreibrichtung',
    unsichtbar: 'unsichtbares Formatzeichen',
    steuerzeichen: 'Steuerzeichen',
    zeilentrenner: 'Zeilentrenner',
    variante: 'Variantenwähler',
    privat:
      'Zeichen aus dem privaten Bereich von Unicode (erscheint je nach Schrift gar nicht oder als anderes Zeichen)',
    ersatz: 'Ersatzzeichen',
  }[art];
}

/** Die Art eines Funds als Satzglied: „ein unsichtbares Zeichen“. */
export function zeichenArt(f: ZeichenFund): string {
  return {
    bidi: 'ein unsichtbares Steuerzeichen der Schreibrichtung',
    unsichtbar: 'ein unsichtbares Zeichen',
    steuerzeichen: 'ein unsichtbares Steuerzeichen',
    zeilentrenner: 'ein unsichtbarer Zeilentrenner',
    variante: 'ein unsichtbarer Variantenwähler',
    privat: 'ein Zeichen aus dem privaten Bereich von Unicode',
    ersatz: 'ein Ersatzzeichen (�)',
  }[f.art];
}

/** „U+202E RIGHT-TO-LEFT OVERRIDE (…)“ für Meldungen. */
export const zeichenText = (f: ZeichenFund) => `${f.code} ${f.name}`;

/** Was ein Fund anrichten kann, ein Satz für die Meldung. */
export function zeichenGefahr(f: ZeichenFund): string {
  switch (f.art) {
    case 'bidi':
      return 'Es ändert die Schreibrichtung: Text, Adressen und Namen erscheinen anders, als sie gespeichert sind, auch bei der Durchsicht.';
    case 'zeilentrenner':
      return 'Manche Programme lesen es als Zeilenumbruch, andere nicht; so sieht die Durchsicht etwas anderes als die Website.';
    case 'variante':
      return 'Es ist unsichtbar und kann versteckte Daten tragen.';
    case 'privat':
      return 'Es erscheint je nach Schrift gar nicht oder als anderes Zeichen.';
    case 'ersatz':
      return 'Es entsteht, wenn Text beim Kopieren falsch kodiert wurde; an seiner Stelle stand ein anderes Zeichen.';
    default:
      return 'Es ist unsichtbar: Wörter und Adressen sehen gleich aus, sind es aber nicht (Suche, Glossar und Links finden sie nicht).';
  }
}

/** Hinweis zur Behebung. */
export function zeichenHinweis(f: ZeichenFund): string {
  if (f.art === 'ersatz')
    return 'Schreiben Sie das Wort an dieser Stelle neu und prüfen Sie, welches Zeichen gemeint war (oft ein Umlaut oder Anführungszeichen).';
  if (f.codepunkt === 0x200c) {
    return 'Löschen Sie das Zeichen, wenn es nicht absichtlich eine Ligatur verhindert: Schreiben Sie das Wort neu (es entsteht oft beim Kopieren aus PDF oder Word).';
  }
  return 'Löschen Sie das Zeichen: Schreiben Sie das Wort an dieser Stelle neu (es entsteht oft beim Kopieren aus PDF, Word oder Webseiten). Im Editor ist es unsichtbar; löschen Sie dazu die Buchstaben um die Stelle und tippen Sie sie neu.';
}

/** Die sichtbaren Zeichen vor einem Fund in derselben Zeile, damit die Autorin die Stelle findet. */
export function umgebung(text: string, index: number): string {
  const anfang = text.lastIndexOf('\n', index - 1) + 1;
  const vorher = text
    .slice(Math.max(anfang, index - 40), index)
    .replace(KANDIDAT, '')
    .trimStart();
  const auszug = vorher.length > 24 ? `…${vorher.slice(-24)}` : vorher;
  return auszug ? `nach „${auszug}“` : 'am Zeilenanfang';
}

/**
 * Zeile und Spalte (1-basiert) zu einem Index in einem Text, der in
 * `startZeile` beginnt; die Zeilenanfänge werden einmal gesucht, danach
 * binär (eine Datei kann Tausende Funde haben).
 */
export function stellenImText(text: string, startZeile = 1): (index: number) => { zeile: number; spalte: number } {
  const anfaenge = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) anfaenge.push(i + 1);
  return (index) => {
    let unten = 0;
    let oben = anfaenge.length - 1;
    while (unten < oben) {
      const mitte = (unten + oben + 1) >> 1;
      if (anfaenge[mitte]! <= index) unten = mitte;
      else oben = mitte - 1;
    }
    return { zeile: startZeile + unten, spalte: index - anfaenge[unten]! + 1 };
  };
}

/** Höchstens so viele Funde je Text werden einzeln gemeldet; der Rest in einer Zeile. */
export const HOECHSTENS_FUNDE = 20;

/** Meldung für die Funde über HOECHSTENS_FUNDE hinaus. */
export function weitereFunde(anzahl: number): { meldung: string; hinweis: string } {
  return {
    meldung: `Ab hier stehen ${anzahl} weitere unsichtbare Zeichen oder Steuerzeichen in dieser Datei; sie werden nicht einzeln gemeldet.`,
    hinweis:
      'Der Text stammt vermutlich aus einer Quelle, die unsichtbare Zeichen einfügt. Kopieren Sie ihn als reinen Text (z. B. über einen einfachen Texteditor) und prüfen Sie erneut.',
  };
}

// ---------------------------------------------------------------------------
// Gemischte Schrift

/** Ein Wort, das lateinische mit kyrillischen oder griechischen Buchstaben mischt („Bundesаmt“ mit kyrillischem „а“). */
export interface SchriftFund {
  index: number;
  wort: string;
  /** Die fremden Buchstaben mit Code, z. B. „а (U+0430, kyrillisch)“. */
  fremd: string[];
  schwere: 'fehler' | 'warnung';
}

const WORT = /[\p{L}\p{M}]+/gu;
const NUR_LATEIN = /^[\p{Script=Latin}\p{M}]+$/u;
const LATEIN = /\p{Script=Latin}/u;
const FREMDE_SCHRIFT = /[\p{Script=Cyrillic}\p{Script=Greek}]/gu;

/**
 * Findet Wörter, die lateinische Buchstaben mit kyrillischen oder griechischen
 * mischen: Viele sehen gleich aus (а/a, о/o, р/p, ο/o), sind aber andere
 * Zeichen. Mit Kyrillisch ein Fehler (im deutschen Text nie gewollt), mit
 * Griechisch eine Warnung („Δt“ kommt in Formeln vor).
 */
export function findeGemischteSchrift(text: string): SchriftFund[] {
  const funde: SchriftFund[] = [];
  for (const treffer of text.matchAll(WORT)) {
    const wort = treffer[0];
    if (NUR_LATEIN.test(wort) || !LATEIN.test(wort)) continue;
    const fremd = [...new Set(wort.match(FREMDE_SCHRIFT) ?? [])];
    if (!fremd.length) continue;
    const kyrillisch = fremd.some((z) => /\p{Script=Cyrillic}/u.test(z));
    funde.push({
      index: treffer.index,
      wort,
      fremd: fremd.map(
        (z) => `„${z}“ (${hex(z.codePointAt(0)!)}, ${/\p{Script=Cyrillic}/u.test(z) ? 'kyrillisch' : 'griechisch'})`,
      ),
      schwere: kyrillisch ? 'fehler' : 'warnung',
    });
  }
  return funde;
}

/** Meldung und Hinweis zu einem Wort mit gemischter Schrift. */
export function schriftMeldung(f: SchriftFund): { meldung: string; hinweis: string } {
  return {
    meldung: `Das Wort „${f.wort}“ mischt lateinische mit anderen Buchstaben: ${f.fremd.join(', ')}. Sie sehen aus wie lateinische, sind aber andere Zeichen; so wirkt ein Name echt und ist doch ein anderer, und Suche und Glossar finden das Wort nicht.`,
    hinweis:
      'Tippen Sie das Wort mit der deutschen Tastatur neu (es entsteht oft beim Kopieren aus fremden Quellen). Ist ein griechischer Buchstabe gemeint (z. B. in einer Formel), trennen Sie ihn mit einem Leerzeichen ab.',
  };
}

// ---------------------------------------------------------------------------
// Adressen

/** Ein Problem einer Adresse: was (für die Meldung) und wie beheben. */
export interface AdressProblem {
  art:
    | 'benutzerangabe'
    | 'host-unicode'
    | 'host-punycode'
    | 'host-kodiert'
    | 'ip-adresse'
    | 'backslash'
    | 'leerraum'
    | 'unsichtbar'
    | 'unlesbar';
  meldung: string;
  hinweis: string;
}

const HINWEIS_HOST_PRUEFEN =
  'Schreiben Sie die Adresse so, wie die Behörde sie selbst angibt (z. B. https://www.bund.de/…); Behörden nutzen Adressen aus A–Z, 0–9 und „-“. Ist wirklich eine Domain mit Umlaut gemeint, muss die Redaktion prüfen, wem sie gehört, denn sie lässt sich von einer nachgemachten nicht unterscheiden: Schreiben Sie das in den Pull-Request und verlinken Sie bis dahin eine ASCII-Adresse derselben Stelle.';

/** Dekodiert %-Folgen, soweit gültig; ungültige bleiben stehen. */
function prozentDekodiert(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/(?:%[0-9a-f]{2})+/gi, (folge) => {
      try {
        return decodeURIComponent(folge);
      } catch {
        return folge;
      }
    });
  }
}

const istIpV4 = (host: string) => /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host);

/** Liest eine Adresse mit dem URL-Parser der Browser; undefined, wenn er sie ablehnt. */
function parse(adresse: string): URL | undefined {
  try {
    return new URL(adresse);
  } catch {
    return undefined;
  }
}

/** Hostname, wie ein Browser ihn aufruft, ohne „www.“ und Punkt am Ende; undefined, wenn es keinen gibt. */
export function vergleichsHost(host: string): string | undefined {
  const url = parse(`http://${host.replace(/^\/\//, '')}`);
  if (!url?.hostname) return undefined;
  return url.hostname.replace(/\.$/, '').replace(/^www\./, '');
}

/**
 * Prüft eine Adresse aus einem Link, Bild, Attribut oder Front Matter auf
 * Täuschung. Interne Pfade und Anker prüft sie nur auf Backslash und Leerraum
 * (Browser machen aus „/\\host“ eine fremde Adresse).
 */
export function pruefeAdresse(adresse: string): AdressProblem[] {
  const probleme: AdressProblem[] = [];
  if (/[\t\n\r]/.test(adresse)) {
    probleme.push({
      art: 'leerraum',
      meldung:
        'Die Adresse enthält einen Tabulator oder Zeilenumbruch; Browser entfernen ihn stillschweigend und rufen eine andere Adresse auf, als dasteht.',
      hinweis: 'Schreiben Sie die Adresse in einem Stück, ohne Umbruch und Tabulator.',
    });
  }
  if (adresse.includes('\\')) {
    probleme.push({
      art: 'backslash',
      meldung:
        'Die Adresse enthält einen umgekehrten Schrägstrich „\\“; Browser lesen ihn als „/“, andere Programme nicht. So kann eine Adresse auf einen anderen Server führen, als sie zu zeigen scheint.',
      hinweis:
        'Schreiben Sie „/“ statt „\\“ oder kodieren Sie das Zeichen als %5C, wenn es wirklich Teil der Adresse ist.',
    });
  }
  const ohneLeerraum = adresse.replace(/[\t\n\r]/g, '');
  const schema = /^([a-z][a-z0-9+.-]*):/i.exec(ohneLeerraum)?.[1]?.toLowerCase();
  const dekodiert = prozentDekodiert(ohneLeerraum);
  // Zeichen, die direkt im Text stehen, meldet „unsichtbare-zeichen“; hier nur die hinter %-Kodierung versteckten.
  const versteckt = findeUnsichtbareZeichen(dekodiert).filter((f) => f.schwere === 'fehler');
  if (versteckt.length && !findeUnsichtbareZeichen(ohneLeerraum).length) {
    probleme.push({
      art: 'unsichtbar',
      meldung: `Die Adresse enthält hinter %-Kodierung ein unsichtbares Zeichen (${zeichenText(versteckt[0]!)}).`,
      hinweis:
        'Kopieren Sie die Adresse neu aus der Adresszeile des Browsers, nachdem Sie die Seite aufgerufen haben, und entfernen Sie die kodierten Steuerzeichen.',
    });
  }
  if (schema === 'mailto') {
    probleme.push(...pruefeMailDomain(ohneLeerraum));
    return probleme;
  }
  if (schema !== undefined && schema !== 'http' && schema !== 'https') return probleme;
  if (schema === undefined && !/^[/\\]{2}/.test(ohneLeerraum)) return probleme;

  // Was zwischen „//“ und dem ersten „/“, „?“ oder „#“ steht, wie Browser es für http(s) abgrenzen.
  const autoritaet = /^(?:[a-z][a-z0-9+.-]*:)?[/\\]*([^/\\?#]*)/i.exec(ohneLeerraum)?.[1] ?? '';
  const url = parse(schema ? ohneLeerraum : `https:${ohneLeerraum}`);
  const hostname = url?.hostname ?? '';
  if (autoritaet.includes('@')) {
    const vorne = autoritaet.slice(0, autoritaet.lastIndexOf('@'));
    probleme.push({
      art: 'benutzerangabe',
      meldung: `Die Adresse enthält vor „@“ eine Benutzerangabe („${vorne}“). Browser ignorieren sie und öffnen ${hostname ? `„${hostname}“` : 'den Server hinter „@“'}; Leserinnen und Leser halten den Teil davor für das Ziel.`,
      hinweis:
        'Entfernen Sie alles zwischen „//“ und „@“ einschließlich „@“. Zugangsdaten gehören nie in eine Adresse.',
    });
  }
  const host = autoritaet.slice(autoritaet.lastIndexOf('@') + 1);
  if (host.includes('%')) {
    probleme.push({
      art: 'host-kodiert',
      meldung: `Der Servername „${host}“ ist mit %-Folgen verschleiert; Browser rufen daraus „${hostname || '?'}“ auf.`,
      hinweis: 'Schreiben Sie den Servernamen im Klartext, z. B. www.bund.de.',
    });
  }
  if (/[^\x00-\x7f]/.test(prozentDekodiert(host))) {
    probleme.push({
      art: 'host-unicode',
      meldung: `Der Servername „${host}“ enthält Zeichen außerhalb von A–Z, 0–9 und „-“${hostname ? `; Browser rufen „${hostname}“ auf` : ''}. Solche Namen können echten Adressen zum Verwechseln ähnlich sehen (ein kyrillisches „а“ statt „a“).`,
      hinweis: HINWEIS_HOST_PRUEFEN,
    });
  } else if (hostname.split('.').some((label) => label.startsWith('xn--'))) {
    probleme.push({
      art: 'host-punycode',
      meldung: `Der Servername „${hostname}“ ist in Punycode („xn--…“) geschrieben; dahinter steht ein Name mit Sonderzeichen, der einer echten Adresse zum Verwechseln ähnlich sehen kann.`,
      hinweis: HINWEIS_HOST_PRUEFEN,
    });
  }
  if (hostname && (istIpV4(hostname) || hostname.startsWith('['))) {
    const anders = host.toLowerCase().replace(/:\d*$/, '') !== hostname;
    probleme.push({
      art: 'ip-adresse',
      meldung: `Die Adresse führt auf eine IP-Adresse („${hostname}“${anders ? `, geschrieben als „${host}“` : ''}) statt auf einen Servernamen; so lässt sich nicht erkennen, wem der Server gehört.`,
      hinweis:
        'Verlinken Sie die Seite mit ihrem Servernamen (z. B. https://www.bund.de/…). Interne Server gehören nicht in den Atlas.',
    });
  }
  if (!url && !probleme.length) {
    probleme.push({
      art: 'unlesbar',
      meldung: `Browser können die Adresse „${ohneLeerraum}“ nicht lesen; was sie daraus machen, lässt sich nicht vorhersagen.`,
      hinweis: 'Kopieren Sie die Adresse aus der Adresszeile des Browsers, nachdem Sie die Seite aufgerufen haben.',
    });
  }
  return probleme;
}

/** Die Domains einer mailto:-Adresse: keine Umlaute, kein Punycode, keine IP-Adresse. */
function pruefeMailDomain(adresse: string): AdressProblem[] {
  const empfaenger = prozentDekodiert(adresse.slice('mailto:'.length).split('?')[0]!);
  const probleme: AdressProblem[] = [];
  for (const teil of empfaenger.split(',')) {
    const domain = teil.slice(teil.lastIndexOf('@') + 1).trim();
    if (!teil.includes('@') || !domain) continue;
    if (/[^\x00-\x7f]/.test(domain) || /(?:^|\.)xn--/i.test(domain)) {
      probleme.push({
        art: /[^\x00-\x7f]/.test(domain) ? 'host-unicode' : 'host-punycode',
        meldung: `Die E-Mail-Domain „${domain}“ enthält Sonderzeichen oder Punycode („xn--…“) und kann einer echten Domain zum Verwechseln ähnlich sehen.`,
        hinweis: HINWEIS_HOST_PRUEFEN,
      });
    } else if (domain.startsWith('[') || istIpV4(domain)) {
      probleme.push({
        art: 'ip-adresse',
        meldung: `Die E-Mail-Adresse führt auf eine IP-Adresse („${domain}“) statt auf eine Domain.`,
        hinweis: 'Nennen Sie die Funktionsadresse mit der Domain der Behörde.',
      });
    }
  }
  return probleme;
}

// ---------------------------------------------------------------------------
// Linktext, der wie eine andere Adresse aussieht

/** Gängige Endungen; dazu jede zweibuchstabige Länderendung. */
const ENDUNGEN = new Set(
  'de com org net eu info io gov edu int biz app dev online site web zip mov bund berlin hamburg bayern nrw koeln ruhr saarland sachsen thueringen'.split(
    ' ',
  ),
);
/** Zweibuchstabige Endungen, die in Linktexten fast immer Dateiendungen sind. */
const DATEIENDUNGEN = new Set(['md', 'py', 'sh', 'rs', 'ts', 'cs', 'ps', 'so', 'js']);
/** Zweite Ebenen, unter denen jeder eine Domain registrieren kann („gov.uk“, „co.at“). */
const OEFFENTLICHE_ZWEITE_EBENE = new Set([
  'co',
  'com',
  'gov',
  'org',
  'net',
  'ac',
  'edu',
  'or',
  'ne',
  'go',
  'gv',
  'mil',
  'nic',
  'gob',
  'gouv',
]);

/** Punkte, die Browser in Servernamen als „.“ lesen. */
const PUNKTE = /[\u3002\uff0e\uff61]/g;

/**
 * Die Server, die ein Linktext zu nennen scheint: Adressen („https://…“,
 * „www.bund.de/…“), Domains („bund.de“) und E-Mail-Adressen. Gibt die Form
 * zurück, die die Autorin geschrieben hat, und die Vergleichsform.
 */
export function hostsImText(text: string, zielPfad = ''): { geschrieben: string; host: string }[] {
  const ergebnis: { geschrieben: string; host: string }[] = [];
  const sauber = text.replace(KANDIDAT, (z) => (/\s/.test(z) ? ' ' : '')).replace(PUNKTE, '.');
  for (const roh of sauber.split(/\s+/)) {
    const wort = roh.replace(/^[(<„"'‚«»[{]+/, '').replace(/[.,;:!?)>“"'‘»«\]}]+$/, '');
    if (!wort.includes('.')) continue;
    let kandidat: string;
    const mitSchema = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(wort);
    if (mitSchema) kandidat = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/\\?#]*)/i.exec(wort)![1]!;
    else kandidat = wort.split(/[/\\?#]/)[0]!;
    kandidat = kandidat
      .slice(kandidat.lastIndexOf('@') + 1)
      .replace(/:\d*$/, '')
      .replace(/\.$/, '');
    const labels = kandidat.split('.');
    if (labels.length < 2 || labels.some((l) => !/^[\p{L}\p{N}-]+$/u.test(l))) continue;
    const endung = labels.at(-1)!.toLowerCase();
    const sieht =
      mitSchema ||
      /^www\./i.test(kandidat) ||
      ENDUNGEN.has(endung) ||
      /^xn--/.test(endung) ||
      // Andere Länderendungen nur kleingeschrieben: „Kap.IV“ ist keine Domain.
      (/^\p{Ll}{2}$/u.test(labels.at(-1)!) && !DATEIENDUNGEN.has(endung) && labels.at(-2)!.length > 1) ||
      /[^\x00-\x7f]/.test(endung);
    if (!sieht) continue;
    // „bericht.pdf“ oder „README.md“ als Text eines Links auf genau diese Datei ist ein Dateiname, keine Domain.
    if (!mitSchema && !wort.includes('/') && zielPfad.toLowerCase().endsWith(wort.toLowerCase())) continue;
    const host = vergleichsHost(kandidat);
    if (host) ergebnis.push({ geschrieben: wort, host });
  }
  return ergebnis;
}

/**
 * Ob ein Linktext, der `textHost` nennt, ehrlich auf `zielHost` führt: derselbe
 * Server (ohne „www.“, Groß- und Kleinschreibung egal) oder eine Subdomain der
 * genannten Domain („bund.de“ → „wohngeld.bund.de“), sofern die Domain selbst
 * nicht eine öffentliche Endung wie „gov.uk“ ist.
 */
export function gleicherServer(textHost: string, zielHost: string): boolean {
  if (textHost === zielHost) return true;
  if (!zielHost.endsWith(`.${textHost}`)) return false;
  const labels = textHost.split('.');
  if (labels.length < 2) return false;
  return !(labels.length === 2 && labels[1]!.length === 2 && OEFFENTLICHE_ZWEITE_EBENE.has(labels[0]!));
}

/** Der Server, auf den eine Adresse führt (http, https, //, mailto), in Vergleichsform. */
export function zielServer(adresse: string): { host: string; pfad: string } | undefined {
  const a = adresse.replace(/[\t\n\r]/g, '').trim();
  if (/^mailto:/i.test(a)) {
    const erster = prozentDekodiert(a.slice(7).split('?')[0]!.split(',')[0]!);
    const host = erster.includes('@') ? vergleichsHost(erster.slice(erster.lastIndexOf('@') + 1)) : undefined;
    return host ? { host, pfad: '' } : undefined;
  }
  const url = parse(/^[/\\]{2}/.test(a) ? `https:${a}` : a);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return undefined;
  const host = url.hostname.replace(/\.$/, '').replace(/^www\./, '');
  return { host, pfad: prozentDekodiert(url.pathname) };
}

/**
 * Nennt ein Linktext einen Server, auf den der Link nicht führt, den ersten
 * solchen (wie geschrieben) und das echte Ziel; sonst undefined.
 */
export function fremderHostImLinktext(
  text: string,
  adresse: string,
): { geschrieben: string; ziel: string } | undefined {
  const ziel = zielServer(adresse);
  if (!ziel) return undefined;
  const fremd = hostsImText(text, ziel.pfad).find((h) => !gleicherServer(h.host, ziel.host));
  return fremd ? { geschrieben: fremd.geschrieben, ziel: ziel.host } : undefined;
}
