/**
 * Der Korpus feindlicher und ungeschickter Dateien (Issue 20, „Das Tor
 * hält“): tests/fixtures/korpus/ spiegelt den Inhaltsordner; jede Datei ist
 * ein Fall und landet an derselben Stelle in einer frischen Kopie der
 * gültigen Testinhalte. Fälle, die sich nicht als Datei ins Repository legen
 * lassen (leere Datei, nur BOM, Binärdaten, Pipe, Namen mit Leerzeichen oder
 * Punkt am Ende), erzeugt `erzeugteFaelle()`.
 *
 * Kopfzeile jeder Datei (MDX als Kommentar, YAML mit „#“):
 *
 *   {/* klasse: …; erwartet: abgelehnt regel@zeile …; offen: … *\/}
 *   # klasse: …; erwartet: angenommen
 *
 * `erwartet: abgelehnt` nennt die Befunde, die die Prüfung mindestens melden
 * muss (Regel und Zeile der Datei); `angenommen` heißt, die Datei ist gut oder
 * ein Grenzfall und muss bauen. `offen:` markiert eine bekannte Lücke: Die
 * Prüfung nimmt die Datei heute an, obwohl sie sie ablehnen sollte (der
 * Unit-Test erwartet dann das Scheitern, bis jemand die Lücke schließt).
 * `__MARKE__` im Text ersetzt der Lauf durch den Pfad einer Markierungsdatei
 * (als JavaScript-Zeichenkette): Legt der Build sie an, lief Code.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dateienUnter, FIXTURES } from './pruefen-lauf.ts';

export const KORPUS = join(FIXTURES, 'korpus');

export interface Stelle {
  regel: string;
  zeile: number;
}

export interface Fall {
  /** Name in Tabellen: der Pfad im Inhaltsordner. */
  ziel: string;
  klasse: string;
  erwartet: 'abgelehnt' | 'angenommen';
  /** Bei „abgelehnt“: Befunde, die mindestens kommen müssen. */
  stellen: Stelle[];
  /** Bekannte Lücke: warum die Prüfung die Datei heute annimmt. */
  offen?: string;
  /** Legt den Fall in einen Inhaltsordner; `marke` ist der Pfad der Markierungsdatei. */
  lege(ordner: string, marke: string): void;
}

const KOPF =
  /(?:\{\/\*|#)\s*klasse: ([^;]+); erwartet: (abgelehnt|angenommen)([^;*\n]*)(?:; offen: ([^*\n]+?))?\s*(?:\*\/\})?$/m;

/** Liest die Kopfzeile eines Falls. */
export function leseKopf(text: string, ziel: string): Omit<Fall, 'lege' | 'ziel'> {
  const m = KOPF.exec(text);
  if (!m) throw new Error(`Korpus: ${ziel} hat keine Kopfzeile „klasse: …; erwartet: …“.`);
  const stellen = [...m[3]!.matchAll(/([a-z-]+)@(\d+)/g)].map((s) => ({ regel: s[1]!, zeile: Number(s[2]) }));
  return {
    klasse: m[1]!.trim(),
    erwartet: m[2] as Fall['erwartet'],
    stellen,
    ...(m[4] ? { offen: m[4].trim() } : {}),
  };
}

const schreibe = (ordner: string, ziel: string, inhalt: string | Uint8Array) => {
  mkdirSync(dirname(join(ordner, ziel)), { recursive: true });
  writeFileSync(join(ordner, ziel), inhalt);
};

/** Die Fälle aus tests/fixtures/korpus/ (ohne README.md). */
export function dateiFaelle(): Fall[] {
  return dateienUnter(KORPUS)
    .filter((d) => d !== 'README.md')
    .map((ziel) => {
      const text = readFileSync(join(KORPUS, ziel), 'utf8');
      return {
        ziel,
        ...leseKopf(text, ziel),
        lege: (ordner: string, marke: string) =>
          schreibe(ordner, ziel, text.replaceAll('__MARKE__', JSON.stringify(marke))),
      };
    });
}

const BEITRAG = readFileSync(join(FIXTURES, 'inhalte-gueltig/beitraege/teststadt/umsetzung.mdx'), 'utf8');

/** Fälle, die sich nicht als gewöhnliche Datei ins Repository legen lassen. */
export function erzeugteFaelle(): Fall[] {
  const fall = (
    ziel: string,
    klasse: string,
    stellen: Stelle[],
    inhalt: (marke: string) => string | Uint8Array,
  ): Fall => ({
    ziel,
    klasse,
    erwartet: 'abgelehnt',
    stellen,
    lege: (ordner, marke) => schreibe(ordner, ziel, inhalt(marke)),
  });
  const mitCode = (marke: string) =>
    BEITRAG.replace(
      'Text.',
      `export const x = globalThis.process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marke)}, '1')`,
    );
  // Ein PNG-Kopf mit der Endung .mdx: Binärdaten, die kein UTF-8 sind.
  const png = Uint8Array.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe,
  ]);
  return [
    fall('beitraege/teststadt/leer.mdx', 'leere Datei', [{ regel: 'frontmatter', zeile: 1 }], () => ''),
    fall('beitraege/teststadt/nur-bom.mdx', 'nur ein BOM', [{ regel: 'frontmatter', zeile: 1 }], () => '\uFEFF'),
    fall('kommunen/leer.yaml', 'leeres Kommunenprofil', [{ regel: 'pflichtfeld', zeile: 1 }], () => ''),
    fall('beitraege/teststadt/bild-als-text.mdx', 'Binärdatei als .mdx', [{ regel: 'kodierung', zeile: 1 }], () => png),
    fall(
      'beitraege/teststadt/erste wochen.mdx',
      'Dateiname mit Leerzeichen',
      [{ regel: 'dateiname', zeile: 1 }],
      mitCode,
    ),
    fall(
      'beitraege/teststadt/bericht..mdx',
      'Dateiname mit Punkt am Ende (Windows)',
      [{ regel: 'dateiname', zeile: 1 }],
      mitCode,
    ),
    fall(
      'beitraege/teststadt/u\u0308bersicht.mdx',
      'Dateiname mit Umlaut in NFD (macOS)',
      [{ regel: 'dateiname', zeile: 1 }],
      mitCode,
    ),
    fall('beitraege/Teststadt/gross.mdx', 'Ordner mit Großbuchstaben', [{ regel: 'dateiname', zeile: 1 }], mitCode),
    {
      ...fall(
        'beitraege/teststadt/rohr.mdx',
        'benannte Pipe statt Datei',
        [{ regel: 'verknuepfung', zeile: 1 }],
        () => '',
      ),
      lege: (ordner) => {
        mkdirSync(join(ordner, 'beitraege/teststadt'), { recursive: true });
        execFileSync('mkfifo', [join(ordner, 'beitraege/teststadt/rohr.mdx')]);
      },
    },
  ];
}

/** Ein Beitrag wie die Dateien im Korpus: Front Matter (Zeilen 1–9), Kopf in Zeile 10, „## Checkliste“ in 12, Text ab 14. */
function beitrag(kopf: string, text: string): string {
  return `---\ntitel: Korpus\nbeschreibung: Ein Beitrag für den Korpus.\nleistung: testleistung\nart: checkliste\ndatum: 2026-08-01\nautoren: ["Team Teststadt"]\nstatus: entwurf\n---\n{/* ${kopf} */}\n\n## Checkliste\n\n${text}\n`;
}

/** Pseudozufällige Kleinbuchstaben, fest für einen Startwert. */
function buchstaben(n: number, start: number): string {
  let s = start;
  return Array.from({ length: n }, () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return 'abcdefghijklmnopqrstuvwxyz'[(s >> 8) % 26];
  }).join('');
}

/**
 * Große Dateien (bis 200.000 Zeichen) für Laufzeit und Grenzen: erzeugt statt
 * eingecheckt, damit das Repository klein bleibt und Tests, die jede Fixture
 * lesen (tests/unit/tor/eine-trennung.unit.test.ts), schnell bleiben.
 */
export function grosseFaelle(): Fall[] {
  const text = (ziel: string, kopf: string, inhalt: string): Fall => {
    const datei = beitrag(kopf, inhalt);
    return { ziel, ...leseKopf(datei, ziel), lege: (ordner) => schreibe(ordner, ziel, datei) };
  };
  const ueberschriften = Array.from({ length: 40 }, (_, i) => `### ${buchstaben(1000, i + 1)}`);
  const anker = Array.from({ length: 40 }, (_, i) => `[Abschnitt](#${buchstaben(1000, i + 101)})`);
  const spalten = 1600;
  const tabelle = [
    `|${'s|'.repeat(spalten)}`,
    `|${'-|'.repeat(spalten)}`,
    ...Array.from({ length: 40 }, () => `|${'x|'.repeat(spalten)}`),
  ];
  return [
    text(
      'beitraege/teststadt/anker-levenshtein.mdx',
      `klasse: Laufzeit, 40 lange Überschriften und 40 Links auf fehlende lange Anker (80.000 Zeichen); erwartet: abgelehnt link@94`,
      [...ueberschriften, ...anker].join('\n\n'),
    ),
    text(
      'beitraege/teststadt/tabelle-spalten.mdx',
      'klasse: Laufzeit, Tabelle mit 1.600 Spalten und 40 Zeilen; erwartet: abgelehnt grenze@14',
      tabelle.join('\n'),
    ),
    text(
      'beitraege/teststadt/viele-links.mdx',
      'klasse: Laufzeit, 5.400 Links auf Seiten des Atlas; erwartet: angenommen',
      Array.from({ length: 180 }, () => '[L](/leistungen/testleistung/) '.repeat(30).trim()).join('\n'),
    ),
    text(
      'beitraege/teststadt/norm-regex.mdx',
      'klasse: Laufzeit, 36 Wörter mit 5.000 Buchstaben gegen den Norm-Ausdruck (Rückverfolgung); erwartet: angenommen',
      Array.from({ length: 36 }, () => `A${'b'.repeat(4990)}`).join('\n'),
    ),
    {
      ...text(
        'beitraege/teststadt/viele-fussnoten.mdx',
        'klasse: Laufzeit, 3.000 Verweise auf dieselbe Fußnote (Rücksprünge im Build); erwartet: angenommen',
        `${Array.from({ length: 3000 }, (_, i) => `Satz ${i + 1}.[^gewo]`).join('\n')}\n\n[^gewo]: § 14 GewO.`,
      ),
      lege: (ordner: string) =>
        schreibe(
          ordner,
          'beitraege/teststadt/viele-fussnoten.mdx',
          beitrag(
            'klasse: Laufzeit, 3.000 Verweise auf dieselbe Fußnote (Rücksprünge im Build); erwartet: angenommen',
            `${Array.from({ length: 3000 }, (_, i) => `Satz ${i + 1}.[^gewo]`).join('\n')}\n\n[^gewo]: § 14 GewO.`,
          ).replace(
            'status: entwurf\n',
            'status: entwurf\nquellen:\n  - id: gewo\n    titel: Gewerbeordnung § 14\n    url: https://www.gesetze-im-internet.de/gewo/__14.html\n    art: Gesetz\n    abgerufen: 2026-12-01\n',
          ),
        ),
    },
    text(
      'beitraege/teststadt/attribut-riesig.mdx',
      'klasse: Attributwert über 38 Zeilen (150.000 Zeichen); erwartet: abgelehnt komponente@14',
      `<Hinweis art="info" titel="${Array.from({ length: 38 }, () => 'Achtung '.repeat(490)).join('\n')}">Text</Hinweis>`,
    ),
  ];
}

/** Alle Fälle, Dateien zuerst. */
export function korpusFaelle(): Fall[] {
  return [...dateiFaelle(), ...grosseFaelle(), ...erzeugteFaelle()];
}
