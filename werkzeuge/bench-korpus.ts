/**
 * Erzeugt einen synthetischen, aber gültigen Inhaltsbestand mit N Seiten für
 * den Benchmark: Leistungen mit Konzepten, Bausteine, fiktive Kommunen und
 * Beiträge, mit deutschem Fließtext, Tabellen, Codeblöcken und auf jeder
 * fünften Seite einem Mermaid-Diagramm. Gleiches N ergibt gleiche Dateien.
 */
import {
  BAUSTEIN_ABSCHNITTE,
  BEITRAG_ABSCHNITTE,
  KONZEPT_ABSCHNITTE,
  KONZEPT_ARTEN,
  PFLICHTSEITEN,
} from '../src/schemas/index.ts';

export interface Datei {
  pfad: string;
  text: string;
}

const SAETZE = [
  'Der Antrag erreicht die Kommune über den Zustellpunkt, der im Self-Service-Portal eingerichtet ist.',
  'Die Sachbearbeitung prüft die Angaben im Fachverfahren und legt den Vorgang in der E-Akte ab.',
  'Zuständigkeiten werden im Landesredaktionssystem gepflegt und über den Portalverbund veröffentlicht.',
  'Statusmeldungen und Bescheide gehen über den Rückkanal in das Postfach des Nutzerkontos.',
  'Die Gebühr wird über die Bezahlkomponente erhoben, bevor der Antrag abgeschickt wird.',
  'Für die Verarbeitung im Auftrag schließt die Kommune eine Vereinbarung mit dem Betreiber.',
  'Der First-Level-Support liegt beim Bürgerservice, der Second-Level-Support beim IT-Dienstleister.',
  'Vor dem Produktivbetrieb testet die Fachabteilung den gesamten Weg mit Testanträgen.',
  'Verwaltungsgemeinschaften tragen für jede Mitgliedsgemeinde die Zuständigkeit gesondert ein.',
  'Die Schnittstelle zum Fachverfahren verarbeitet die strukturierten Daten im XÖV-Standard.',
];

/** Deterministische Pseudozufallszahlen, damit Läufe vergleichbar bleiben. */
function zufall(saat: number): () => number {
  let x = saat || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

function absatz(r: () => number, saetze = 4): string {
  return Array.from({ length: saetze }, () => SAETZE[Math.floor(r() * SAETZE.length)]).join(' ');
}

function diagramm(nr: number): string {
  return [
    '```mermaid',
    'flowchart LR',
    `  accTitle: Weg eines Antrags ${nr}`,
    `  accDescr: Der Antrag geht vom Onlinedienst über den Zustellpunkt in das Fachverfahren und zurück.`,
    '  A[Onlinedienst] --> B[Zustellpunkt]',
    '  B --> C[Fachverfahren]',
    '  C --> D[E-Akte]',
    '  C --> E[Rückkanal]',
    '```',
  ].join('\n');
}

function koerper(abschnitte: readonly string[], nr: number, r: () => number): string {
  const teile = abschnitte.map((titel, i) => {
    let inhalt = `## ${titel}\n\n${absatz(r)}\n\n${absatz(r, 3)}`;
    if (i === 0) {
      inhalt += `\n\n| Schritt | Zuständig | Dauer |\n| --- | --- | --- |\n| Antrag prüfen | Fachamt | 2 Tage |\n| Bescheid erstellen | Fachamt | 1 Tag |\n| Ablage | Registratur | sofort |`;
    }
    if (i === 1) inhalt += `\n\n\`\`\`xml\n<antrag nummer="${nr}">\n  <status>eingegangen</status>\n</antrag>\n\`\`\``;
    if (i === 1 && nr % 5 === 0) inhalt += `\n\n${diagramm(nr)}`;
    return inhalt;
  });
  return `${teile.join('\n\n')}\n`;
}

const dokumentKopf = (titel: string, zusatz: string) =>
  `titel: ${titel}
beschreibung: Synthetisches Dokument für den Benchmark.
${zusatz}status: freigegeben
version: "1.0"
stand: 2026-05-01
autoren: ["Benchmark"]
pruefung:
  zuletzt: 2026-05-01
  naechste: 2027-05-01
quellen:
  - id: efa
    titel: EfA-Mindestanforderungen
    url: https://docs.fitko.de/fit/policies/efa-mindestanforderungen/
    art: Dokumentation
    abgerufen: 2026-05-01
`;

/** Ein Beleg am Satz wie in echten Dokumenten (CONTRIBUTING.md, „Quellen und Belege“): Verweis und Fußnote. */
const BELEG = '\nDie nachnutzende Seite erfüllt die Mindestanforderungen.[^efa]\n\n[^efa]: EfA-Mindestanforderungen.\n';

/** Verteilt N Seiten auf die Inhaltstypen: je Leistung 6 Konzepte, dazu Bausteine, Kommunen und Beiträge. */
export function erzeugeKorpus(n: number): { dateien: Datei[]; typischeSeite: string } {
  const r = zufall(n);
  const dateien: Datei[] = [];
  const leistungen = Math.max(1, Math.round(n / 25));
  const bausteine = Math.max(1, Math.round(n / 200));
  const kommunen = Math.max(2, Math.round(n / 25));
  let nr = 0;
  const seite = () => ++nr;
  // Eine Konzeptseite ohne Diagramm, an der der Benchmark das Seitengewicht misst.
  let typischeSeite = '';

  for (let b = 0; b < bausteine; b++) {
    dateien.push({
      pfad: `querschnitt/baustein-${b}.mdx`,
      text: `---\n${dokumentKopf(`Baustein ${b}`, '')}---\n\n${koerper(BAUSTEIN_ABSCHNITTE, seite(), r)}${BELEG}`,
    });
  }
  for (let l = 0; l < leistungen; l++) {
    dateien.push({
      pfad: `leistungen/leistung-${l}/index.mdx`,
      text: `---
titel: Leistung ${l}
kurzbeschreibung: Synthetische Leistung ${l} für den Benchmark.
beispiel: true
leistungsschluessel: []
themenfeld: Querschnitt
efa:
  anbieterLand: Thüringen
vollzug: Fachamt der Kommune
standards: [FIM]
bausteine: [baustein-${l % bausteine}]
reihenfolge: ${l}
---

## Überblick

${absatz(r, 5)}
`,
    });
    seite();
    for (const art of KONZEPT_ARTEN) {
      if (!typischeSeite && (nr + 1) % 5 !== 0) typischeSeite = `leistungen/leistung-${l}/${art}/index.html`;
      dateien.push({
        pfad: `leistungen/leistung-${l}/${art}.mdx`,
        text: `---\n${dokumentKopf(`Konzept ${art} ${l}`, `art: ${art}\n`)}---\n\n${koerper(KONZEPT_ABSCHNITTE[art], seite(), r)}${BELEG}`,
      });
    }
  }
  for (let k = 0; k < kommunen; k++) {
    const pilot = [0, 1].map(
      (i) => `  - leistung: leistung-${(k + i) % leistungen}\n    phase: test\n    seit: 2026-01-01`,
    );
    dateien.push({
      pfad: `kommunen/kommune-${k}.yaml`,
      text: `name: Kommune ${k}\ntyp: gemeinde\nland: Thüringen\nfiktiv: true\nkontakt: ozg@kommune-${k}.example\npilot:\n${[...new Set(pilot)].join('\n')}\n`,
    });
    seite();
  }
  for (let b = 0; nr < n - PFLICHTSEITEN.length; b++) {
    const k = b % kommunen;
    const art = b % 2 === 0 ? 'umsetzung' : 'erfahrungsbericht';
    const steckbrief =
      art === 'umsetzung'
        ? `steckbrief:\n  zustellweg: fit-connect\n  fachverfahren: Fachverfahren\n  eAkte: DMS\n  bezahlung: gebührenfrei\n  rueckkanal: Postfach\n  nutzerkonto: BundID\n`
        : '';
    dateien.push({
      pfad: `beitraege/kommune-${k}/beitrag-${b}.mdx`,
      text: `---
titel: Beitrag ${b}
beschreibung: Synthetischer Beitrag für den Benchmark.
leistung: leistung-${k % leistungen}
art: ${art}
datum: 2026-06-01
autoren: ["Benchmark"]
status: freigegeben
${steckbrief}---

${koerper(BEITRAG_ABSCHNITTE[art], seite(), r)}`,
    });
  }
  for (const id of PFLICHTSEITEN) {
    dateien.push({
      pfad: `seiten/${id}.mdx`,
      text: `---\ntitel: Seite ${id}\nbeschreibung: Feste Seite.\nstand: 2026-01-01\n---\n\n## Angaben\n\n${absatz(r)}\n`,
    });
    seite();
  }
  dateien.push({
    pfad: 'glossar.yaml',
    text: `- begriff: Zustellpunkt\n  definition: Empfangsadresse einer Behörde in FIT-Connect.\n  synonyme: [Destination]\n`,
  });
  return { dateien, typischeSeite };
}
