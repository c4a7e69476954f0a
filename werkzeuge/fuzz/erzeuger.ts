/**
 * Erzeugt zufällige und feindliche Beiträge aus einem Startwert (seed): meist
 * gutartige Texte mit Einsprengseln, dazu tiefe Verschachtelung, lange
 * Zeilen, seltsames Unicode, zufälliges JSX mit Attributen, Adressen mit
 * beliebigen Schemata, kaputte Zäune, Mermaid mit fremden Quellen und
 * YAML-Tricks im Front Matter. Derselbe Startwert ergibt dieselben Dateien;
 * so lässt sich jeder Fehlschlag nachstellen (npm run fuzz -- --seed N).
 */

/** Schneller, seedbarer Zufall (mulberry32). */
export function zufall(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const ganz = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    ganz,
    /** Mit Wahrscheinlichkeit p wahr. */
    ob: (p: number) => next() < p,
    wahl: <T>(liste: readonly T[]): T => liste[Math.floor(next() * liste.length)]!,
  };
}
type Zufall = ReturnType<typeof zufall>;

const WOERTER = [
  'Antrag',
  'Kommune',
  'Bescheid',
  'Fachverfahren',
  'Zustellung',
  'Daten',
  'Onlinedienst',
  'Postfach',
  'Betrieb',
  'Umsetzung',
];
const SELTSAM = [
  '\u202e', // Schreibrichtung rechts nach links
  '\u200b', // Leerzeichen ohne Breite
  '\u0301', // kombinierender Akzent
  '\ufeff',
  '\u0000',
  '\ud800', // einzelnes Surrogat
  '🏛️',
  'ﷺ',
  '\u2028',
  'Ǆ',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '\\',
  '&amp;',
  '&#x6a;',
  '<',
  '{',
  '}',
  '*',
  '_',
  '`',
  '|',
  '[',
  ']',
  '$',
  '<!--',
  '-->',
];
const SCHEMATA = [
  'https://example.org/',
  'http://example.org/',
  'mailto:a@example.org',
  'tel:+49301234',
  'javascript:alert(1)',
  'JaVa\tScRiPt:alert(1)',
  'java&#x09;script:x',
  'data:text/html,<b>x</b>',
  'vbscript:x',
  'file:///etc/passwd',
  'ftp://x.example/',
  '//example.org/x',
  'blob:x',
  'about:blank',
  '%6Aavascript:x',
  '',
];
const INTERN = [
  '/',
  '/leistungen/',
  '/leistungen/testleistung/',
  '/leistungen/testleistung/technisch/',
  '/glossar/',
  '/glossar/#testbegriff',
  '/querschnitt/testbaustein/',
  '/kommunen/teststadt/',
  '/gibt-es-nicht/',
  '/leistungen/testleistung',
  '#ueberblick',
  '#gibt-es-nicht',
  './x.png',
  '../../x.mdx',
];
const ELEMENTE = [
  'Hinweis',
  'Begriff',
  'sub',
  'sup',
  'kbd',
  'br',
  'abbr',
  'div',
  'span',
  'script',
  'iframe',
  'svg',
  'style',
  'Diagramm',
  'toString',
  'constructor',
  '__proto__',
  'X.Y',
  'a:b',
  'Hinweis.Titel',
];
const ATTRIBUTE = [
  'art',
  'titel',
  'begriff',
  'title',
  'class',
  'style',
  'onclick',
  'onLoad',
  'href',
  'src',
  'xlink:href',
  'data-x',
  'constructor',
  '__proto__',
];
const WERTE = [
  'info',
  'warnung',
  'beispiel',
  'Testbegriff',
  'rot',
  '',
  'javascript:alert(1)',
  'https://example.org/',
  '{}',
  '"',
  "'",
];

function wort(z: Zufall): string {
  return z.ob(0.08) ? z.wahl(SELTSAM) + z.wahl(WOERTER) : z.wahl(WOERTER);
}

function satz(z: Zufall, woerter = z.ganz(3, 12)): string {
  return `${Array.from({ length: woerter }, () => wort(z)).join(' ')}.`;
}

function adresse(z: Zufall): string {
  return z.ob(0.5) ? z.wahl(INTERN) : z.wahl(SCHEMATA);
}

function attribut(z: Zufall): string {
  const name = z.wahl(ATTRIBUTE);
  if (z.ob(0.1)) return name;
  if (z.ob(0.1)) return `${name}={${z.wahl(['1', 'x', 'alert(1)', '/* k */'])}}`;
  if (z.ob(0.05)) return `{...${name}}`;
  return `${name}="${z.wahl(WERTE)}"`;
}

function element(z: Zufall, inhalt: string): string {
  const name = z.wahl(ELEMENTE);
  const attribute = Array.from({ length: z.ganz(0, 2) }, () => ` ${attribut(z)}`).join('');
  if (z.ob(0.15)) return `<${name}${attribute} />`;
  if (z.ob(0.05)) return `<${name}${attribute}>${inhalt}`; // nicht geschlossen
  return `<${name}${attribute}>${inhalt}</${name}>`;
}

function inline(z: Zufall): string {
  const teile: string[] = [];
  for (let i = z.ganz(1, 5); i > 0; i--) {
    const art = z.next();
    if (art < 0.45) teile.push(satz(z));
    else if (art < 0.6) teile.push(`[${wort(z)}](${adresse(z)})`);
    else if (art < 0.65)
      teile.push(
        `![${z.ob(0.7) ? wort(z) : ''}](${z.wahl(['./bild.png', 'https://example.org/x.png', '/x.png', './fehlt.svg', 'data:image/png;base64,AA'])})`,
      );
    else if (art < 0.75) teile.push(`**${wort(z)}** *${wort(z)}* \`${wort(z)}\``);
    else if (art < 0.8) teile.push(`<Begriff>${z.wahl(['Testbegriff', 'Zweiter Begriff', 'Unbekannt', ''])}</Begriff>`);
    else if (art < 0.85)
      teile.push(z.wahl(['{1 + 1}', '{/* Kommentar */}', '\\{ text \\}', '{', 'a < b', 'a<b', '<>x</>']));
    else teile.push(element(z, wort(z)));
  }
  return teile.join(' ');
}

/** Tiefe für Verschachtelung: meist klein, manchmal an und weit über den Grenzen. */
function tiefe(z: Zufall): number {
  const art = z.next();
  if (art < 0.7) return z.ganz(1, 4);
  if (art < 0.85) return z.ganz(8, 12);
  if (art < 0.95) return z.ganz(50, 120);
  return z.ganz(200, 3000);
}

function diagramm(z: Zufall): string {
  const arten = [
    'flowchart TD',
    'sequenceDiagram',
    'stateDiagram-v2',
    'classDiagram',
    'erDiagram',
    'pie',
    'mindmap',
    'gantt',
    'graph LR',
    'quatsch',
  ];
  const zeilen = [z.wahl(arten)];
  if (z.ob(0.8)) zeilen.push(`  accTitle: ${wort(z)}`, `  accDescr: ${satz(z)}`);
  const boese = [
    '  A@{ img: "https://example.org/x.png", label: "A" }',
    '  A@{ icon: "fa:user" }',
    '  click A "https://example.org/"',
    '  click A call alert()',
    '  link A: Dashboard @ https://example.org/',
    '  links A: {"x": "https://example.org/"}',
    '  style A fill:url(https://example.org/x.svg)',
    '%%{init: {"securityLevel": "loose"}}%%',
    '  A["<img src=x onerror=alert(1)>"]',
    '  ::icon(fa fa-book)',
  ];
  const gut = [
    '  A --> B',
    '  A[Antrag] --> B{Prüfung}',
    '  B -->|ja| C[Bescheid]',
    '  Alice->>Bob: Hallo',
    '  [*] --> Eingegangen',
    '  "Teil" : 40',
    '  A -- Text --> B',
  ];
  for (let i = z.ganz(1, 6); i > 0; i--) zeilen.push(z.ob(0.15) ? z.wahl(boese) : z.wahl(gut));
  if (z.ob(0.03)) zeilen.push(...Array.from({ length: z.ganz(300, 1500) }, (_, i) => `  N${i} --> N${i + 1}`));
  return ['```mermaid', ...zeilen, z.ob(0.95) ? '```' : ''].join('\n');
}

function block(z: Zufall): string {
  const art = z.next();
  if (art < 0.4) return inline(z);
  if (art < 0.5) return `### ${wort(z)}`;
  if (art < 0.58) {
    const n = tiefe(z);
    return `${z.ob(0.5) ? '> '.repeat(n) : '>'.repeat(n)}${inline(z)}`;
  }
  if (art < 0.66) {
    const n = tiefe(z);
    if (z.ob(0.3)) return `${'- '.repeat(n)}${wort(z)}`;
    return Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- ${wort(z)}`).join('\n');
  }
  if (art < 0.72) {
    const n = tiefe(z);
    const name = z.wahl(['Hinweis', 'sub', 'Begriff']);
    return z.ob(0.5)
      ? `${`<${name}>`.repeat(n)}${wort(z)}${`</${name}>`.repeat(n)}`
      : `${`<${name}>\n\n`.repeat(n)}${wort(z)}\n\n${`</${name}>\n\n`.repeat(n)}`;
  }
  if (art < 0.78) return diagramm(z);
  if (art < 0.82) return `${z.wahl(['```', '~~~', '````js', '```mermaid'])}\n${satz(z)}${z.ob(0.5) ? '' : '\n```'}`;
  if (art < 0.85) return satz(z, z.ob(0.5) ? z.ganz(200, 900) : z.ganz(1000, 3000));
  if (art < 0.88) return `| ${wort(z)} | ${wort(z)} |\n| --- | --- |\n| ${inline(z)} | x |`;
  if (art < 0.9)
    return z.wahl([
      'import x from "y"',
      'export const a = 1',
      '<!-- Kommentar -->',
      '<https://example.org>',
      '---',
      '***',
      '<details><summary>x</summary></details>',
    ]);
  if (art < 0.93) return `[${wort(z)}]: ${adresse(z)}`;
  if (art < 0.96) return `<Hinweis ${attribut(z)}>\n\n${inline(z)}\n\n</Hinweis>`;
  return `${'*'.repeat(tiefe(z))}${wort(z)}${'*'.repeat(tiefe(z))}`;
}

/** Front Matter eines Beitrags der Art „checkliste“, meist gültig, manchmal mit YAML-Tricks. */
function frontMatter(z: Zufall): string {
  const status = z.wahl(['entwurf', 'entwurf', 'in-abstimmung', 'freigegeben', 'fertig']);
  const felder = [
    `titel: ${z.ob(0.1) ? `"${satz(z)}${z.wahl(SELTSAM)}"` : `Fuzz ${wort(z)}`}`,
    `beschreibung: ${z.ob(0.05) ? '' : `"${satz(z).replace(/["\\]/g, '')}"`}`,
    'leistung: testleistung',
    'art: checkliste',
    'datum: 2026-08-01',
    'autoren: ["Team Teststadt"]',
    `status: ${status}`,
  ];
  const tricks = [
    'x: &a [1, 2]\ny: *a',
    'a: &a ["l","l","l","l","l","l","l","l","l"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    'z: *fehlt',
    '<<: {titel: Zusammengeführt}',
    `tief: ${'['.repeat(z.ganz(10, 2000))}${']'.repeat(z.ganz(0, 2000))}`,
    'titel: doppelt',
    '\ttab: 1',
    'bild: !!binary aGFsbG8=',
    'f: !!js/function "function () {}"',
    '? [komplex, schluessel]\n: wert',
    `lang: "${'x'.repeat(z.ganz(100, 8000))}"`,
    '...\n---\nzweites: dokument',
    'datum: 2999-01-01',
    'autoren: []',
  ];
  if (z.ob(0.25)) felder.splice(z.ganz(0, felder.length), 0, z.wahl(tricks));
  return felder.join('\n');
}

/** Gültige Bausteine: Was davon angenommen wird, muss bauen (auch seltsames Unicode, Tiefen an der Grenze). */
const GUTE_ZIELE = [
  'https://example.org/',
  'http://example.org/a?b=c#d',
  'mailto:a@example.org',
  'tel:+49301234',
  '/leistungen/testleistung/',
  '/glossar/#testbegriff',
  '/querschnitt/testbaustein/',
  '#checkliste',
];

function gutesInline(z: Zufall): string {
  const teile: string[] = [];
  for (let i = z.ganz(1, 5); i > 0; i--) {
    const art = z.next();
    if (art < 0.5) teile.push(satz(z).replace(/[<{}[\]`*_|$\\&]|<!--|-->/g, ''));
    else if (art < 0.65) teile.push(`[${z.wahl(WOERTER)}](${z.wahl(GUTE_ZIELE)})`);
    else if (art < 0.7) teile.push(`![${z.wahl(WOERTER)}](./bild.png)`);
    else if (art < 0.8) teile.push(`**${z.wahl(WOERTER)}** *${z.wahl(WOERTER)}* \`${z.wahl(SELTSAM)}\``);
    else if (art < 0.85)
      teile.push(z.wahl(['<Begriff>Testbegriff</Begriff>', '<Begriff begriff="Zweiter Begriff">zweiten</Begriff>']));
    else if (art < 0.9)
      teile.push(
        z.wahl([
          '{/* Kommentar */}',
          '\\{ Text \\}',
          'a \\< b',
          'CO<sub>2</sub>',
          'm<sup>2</sup>',
          '<kbd>Strg</kbd>',
          'a<br />b',
          '<abbr title="Lang">L</abbr>',
        ]),
      );
    else
      teile.push(z.wahl(['\u202e', '\u200b', 'e\u0301', '🏛️', 'ﷺ', '𝔘𝔫𝔦', 'Ǆ', '\u00a0', '\u2028']) + z.wahl(WOERTER));
  }
  return teile.join(' ');
}

function guterBlock(z: Zufall): string {
  const art = z.next();
  const n = z.ob(0.7) ? z.ganz(1, 4) : z.ganz(5, 10);
  if (art < 0.35) return gutesInline(z);
  if (art < 0.42) return `### ${z.wahl(WOERTER)}`;
  if (art < 0.5) return `${z.ob(0.5) ? '> '.repeat(n) : '>'.repeat(n)}${gutesInline(z)}`;
  if (art < 0.58)
    return Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}${z.ob(0.5) ? '-' : '1.'} ${z.wahl(WOERTER)}`).join(
      '\n',
    );
  if (art < 0.64) return `${'<Hinweis art="info">\n\n'.repeat(n)}${gutesInline(z)}\n\n${'</Hinweis>\n\n'.repeat(n)}`;
  if (art < 0.72) {
    const arten = [
      ['flowchart TD', '  A[Antrag] --> B{Prüfung}', '  B -->|ja| C[Bescheid]'],
      ['sequenceDiagram', '  Alice->>Bob: Hallo', '  Bob-->>Alice: Antwort'],
      ['stateDiagram-v2', '  [*] --> Eingegangen', '  Eingegangen --> Bearbeitet'],
    ];
    const [kopf, ...rumpf] = z.wahl(arten);
    return [
      '```mermaid',
      kopf,
      `  accTitle: ${z.wahl(WOERTER)}`,
      `  accDescr: ${z.wahl(WOERTER)} und ${z.wahl(WOERTER)}`,
      ...rumpf,
      '```',
    ].join('\n');
  }
  if (art < 0.78)
    return `${z.wahl(['```', '~~~', '```js', '```yaml'])}\n${satz(z)}\n<script>{x}</script>\n${z.wahl(['```', '~~~', '```', '```'])}`.replace(
      /^~~~([\s\S]*)```$/,
      '~~~$1~~~',
    );
  if (art < 0.84) return satz(z, z.ganz(100, 450)).replace(/[<{}[\]`*_|$\\&]|<!--|-->/g, '');
  if (art < 0.9) return `| ${z.wahl(WOERTER)} | ${z.wahl(WOERTER)} |\n| --- | :-: |\n| ${gutesInline(z)} | x |`;
  if (art < 0.95)
    return `${'*'.repeat(z.ganz(1, 3))}${z.wahl(WOERTER)}${'*'.repeat(z.ganz(1, 3))} ${'_'.repeat(z.ganz(1, 3))}${z.wahl(WOERTER)}${'_'.repeat(z.ganz(1, 3))}`;
  return `- [ ] ${z.wahl(WOERTER)}\n- [x] ${z.wahl(WOERTER)}`;
}

/** Eine ganze MDX-Datei: etwa die Hälfte gutartig (sollte angenommen werden und bauen), der Rest feindlich. */
export function erzeugeDatei(z: Zufall): string {
  if (z.ob(0.55)) {
    const felder = [
      'titel: Fuzz',
      `beschreibung: ${z.wahl(WOERTER)} und ${z.wahl(WOERTER)}.`,
      'leistung: testleistung',
      'art: checkliste',
      'datum: 2026-08-01',
      'autoren: ["Team Teststadt"]',
      'status: entwurf',
    ];
    const bloecke = ['## Checkliste', ...Array.from({ length: z.ganz(1, 12) }, () => guterBlock(z))];
    return `---\n${felder.join('\n')}\n---\n\n${bloecke.join('\n\n')}\n`;
  }
  const bloecke = [
    `## Checkliste`,
    ...Array.from({ length: z.ganz(1, 10) }, () => (z.ob(0.5) ? guterBlock(z) : block(z))),
  ];
  if (z.ob(0.1)) bloecke.splice(0, 1); // Pflichtabschnitt fehlt
  if (z.ob(0.05)) bloecke.push(`{/* Ersetzen Sie diesen Kommentar durch Ihren Text */}`);
  const kopf = z.ob(0.03)
    ? z.wahl(['', '---\n', '--\ntitel: x\n--\n', '---\ntitel: [\n---\n'])
    : `---\n${frontMatter(z)}\n---\n`;
  return `${kopf}\n${bloecke.join('\n\n')}\n`;
}

/** Die Dateien zu einem Startwert: Pfad relativ zum Inhaltsordner und Text. */
export function erzeugeDateien(seed: number, anzahl: number): { pfad: string; text: string }[] {
  const z = zufall(seed);
  return Array.from({ length: anzahl }, (_, i) => ({
    pfad: `beitraege/teststadt/fuzz-${seed}-${i}.mdx`,
    text: erzeugeDatei(z),
  }));
}
