/**
 * Prüft den Text einer MDX-Datei, ohne ihn auszuführen: Er wird mit
 * unified/remark nur gelesen (remark-mdx, remark-gfm, remark-frontmatter),
 * und jede Regel arbeitet auf dem Syntaxbaum. Erlaubt ist eine sichere
 * Teilmenge von MDX (siehe src/user-components/erlaubt.ts): Markdown, die
 * Komponenten der Website mit Zeichenketten als Attributen und wenige
 * HTML-Elemente. Dazu Überschriften, Pflichtabschnitte, Links, Bilder und
 * Glossarbegriffe.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Definition, Heading, Image, Link, Nodes, Root } from 'mdast';
import type { Position } from 'unist';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import {
  ERLAUBTE_URL_SCHEMATA,
  GEFAEHRLICHE_HTML_ELEMENTE,
  HTML_ELEMENTE,
  KOMPONENTEN,
  type ErlaubtesElement,
} from '../../user-components/erlaubt.ts';
import { PLATZHALTER } from '../../schemas/abschnitte.ts';
import { begriffSchluessel } from '../begriffe.ts';
import type { Befund } from './befund.ts';
import type { RohEintrag } from './laden.ts';
import { uebersetzeMdxFehler } from './mdx-fehler.ts';
import type { Diagramm } from './mermaid.ts';
import { aehnlichster } from './schema-info.ts';
import { gefaehrlichesSchema, schemaVon } from './url.ts';

/** Eine gelesene MDX-Datei: Syntaxbaum (fehlt bei Syntaxfehlern) und die Anker ihrer Überschriften. */
export interface MdxDokument {
  eintrag: RohEintrag;
  baum?: Root;
  /** Anker der Überschriften, wie Astro sie vergibt (github-slugger). */
  anker: Set<string>;
  /** Mermaid-Diagramme der Datei; mermaid.ts prüft sie gesammelt für alle Dateien. */
  diagramme: Diagramm[];
}

/** Was die Prüfung über die ganze Website wissen muss. */
export interface MdxKontext {
  /** Jede Adresse der Website mit den Ankern ihrer Seite. */
  ziele: ReadonlyMap<string, ReadonlySet<string>>;
  /** Glossarbegriffe und Synonyme in Vergleichsform (`begriffSchluessel`), mit dem Begriff, zu dem sie gehören. */
  glossar: ReadonlyMap<string, string>;
  /** Absoluter Pfad des Inhaltsordners (für Bilder und relative Links). */
  inhaltsOrdner: string;
  /** Absoluter Pfad, relativ zu dem Dateinamen in Meldungen stehen. */
  anzeigeBasis: string;
  /** Adresse einer Inhaltsdatei (Pfad relativ zum Inhaltsordner, mit „/“), falls sie eine Seite hat. */
  adresseVonDatei(pfad: string): string | undefined;
}

const leser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).use(remarkGfm);

/** Liest eine MDX-Datei. Ein Syntaxfehler wird als Befund gemeldet; dann fehlt der Baum. */
export function leseMdx(eintrag: RohEintrag): { dokument: MdxDokument; befunde: Befund[] } {
  try {
    const baum = leser.parse(eintrag.quelltext);
    const slugger = new GithubSlugger();
    const anker = new Set<string>();
    const diagramme: Diagramm[] = [];
    // Ein Durchgang sammelt beides: Anker für die Link-Prüfung, Diagramme für den Mermaid-Worker,
    // der so schon rechnet, während die übrigen Regeln laufen.
    visit(baum, (knoten) => {
      if (knoten.type === 'heading') anker.add(slugger.slug(toString(knoten as Heading)));
      if (knoten.type === 'code' && knoten.lang?.toLowerCase() === 'mermaid') {
        diagramme.push({ datei: eintrag.datei, ...stelleVon(knoten), code: knoten.value });
      }
    });
    return { dokument: { eintrag, baum, anker, diagramme }, befunde: [] };
  } catch (fehler) {
    return { dokument: { eintrag, anker: new Set(), diagramme: [] }, befunde: [uebersetzeMdxFehler(eintrag.datei, fehler)] };
  }
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
type Stelle = { zeile: number; spalte: number };

const stelleVon = (knoten: { position?: Position | undefined } | undefined, ersatz?: Stelle): Stelle =>
  knoten?.position ? { zeile: knoten.position.start.line, spalte: knoten.position.start.column } : (ersatz ?? { zeile: 1, spalte: 1 });

/** Kurzer Auszug aus dem Quelltext für Meldungen. */
function auszug(quelltext: string, knoten: Nodes | MdxJsxAttribute | MdxJsxExpressionAttribute): string {
  const start = knoten.position?.start.offset;
  const ende = knoten.position?.end.offset;
  if (start === undefined || ende === undefined) return '';
  const text = quelltext.slice(start, ende).replace(/\s+/g, ' ').trim();
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Markdown-Schreibweisen für HTML-Elemente, die Autorinnen aus Gewohnheit verwenden. */
const MARKDOWN_STATT_HTML: Record<string, string> = {
  a: 'Schreiben Sie Links als [Linktext](https://…) oder [Linktext](/leistungen/…/).',
  img: 'Binden Sie Bilder als ![Beschreibung des Bildes](./bild.png) ein.',
  b: 'Schreiben Sie **fett** statt <b>.',
  strong: 'Schreiben Sie **fett** statt <strong>.',
  i: 'Schreiben Sie *kursiv* statt <i>.',
  em: 'Schreiben Sie *kursiv* statt <em>.',
  p: 'Trennen Sie Absätze durch eine Leerzeile.',
  h1: 'Der Titel kommt aus dem Front Matter; Abschnitte beginnen mit „## “.',
  h2: 'Schreiben Sie „## Überschrift“.',
  h3: 'Schreiben Sie „### Überschrift“.',
  ul: 'Schreiben Sie Listen mit „- “ am Zeilenanfang.',
  ol: 'Schreiben Sie nummerierte Listen mit „1. “ am Zeilenanfang.',
  li: 'Schreiben Sie Listen mit „- “ am Zeilenanfang.',
  table: 'Schreiben Sie Tabellen in Markdown: | Spalte | Spalte |, darunter | --- | --- |.',
  div: 'Entfernen Sie das Element; für hervorgehobene Kästen gibt es <Hinweis art="info">…</Hinweis>.',
  span: 'Entfernen Sie das Element; die Gestaltung übernimmt die Website.',
  details: 'Schreiben Sie den Inhalt als eigenen Abschnitt mit „### Überschrift“.',
  blockquote: 'Schreiben Sie Zitate mit „> “ am Zeilenanfang.',
  code: 'Schreiben Sie Code in `Backticks`.',
  pre: 'Schreiben Sie Codeblöcke zwischen zwei Zeilen ```.',
  hr: 'Schreiben Sie eine Trennlinie als „---“ auf einer eigenen Zeile (mit Leerzeile davor).',
};

/** Was ein SVG aktiv macht: Skripte, Ereignis-Attribute, eingebettetes HTML, Verweise außer auf Anker im selben Bild. */
const SVG_AKTIV = /<script|<foreignObject|\son[a-z]+\s*=|javascript:|(?:xlink:)?href\s*=\s*["'](?!#)|<!ENTITY/i;

const erlaubteKomponenten = Object.keys(KOMPONENTEN);
const erlaubtesHtml = Object.keys(HTML_ELEMENTE);

/** Ist der Ausdruck nur ein Kommentar {/* … *\/}? Kommentare führen nichts aus und sind erlaubt. */
function nurKommentar(knoten: { data?: { estree?: { body: unknown[]; comments?: unknown[] | undefined } | null | undefined } | undefined }): boolean {
  const estree = knoten.data?.estree;
  return !!estree && estree.body.length === 0 && (estree.comments?.length ?? 0) > 0;
}

/** Prüft eine gelesene MDX-Datei nach allen Regeln außer Mermaid (das prüft mermaid.ts gesammelt). */
export function pruefeMdx(
  dokument: MdxDokument,
  kontext: MdxKontext,
  pflichtAbschnitte: { liste: readonly string[]; wofuer: string } | undefined,
): Befund[] {
  const { eintrag, baum } = dokument;
  const befunde: Befund[] = [];
  if (!baum) return befunde;
  const textStart: Stelle = { zeile: eintrag.textStartZeile ?? 1, spalte: 1 };
  const melde = (regel: string, stelle: Stelle, meldung: string, hinweis: string) =>
    befunde.push({ datei: eintrag.datei, ...stelle, regel, meldung, hinweis });
  const absolut = resolve(kontext.anzeigeBasis, eintrag.datei);
  const status = (eintrag.yaml.daten as { status?: unknown } | undefined)?.status;
  // Platzhalter der Vorlage sind nur im Entwurf erlaubt (oder wo es keinen Status gibt).
  const imEntwurf = status === undefined || status === 'entwurf';

  const pruefeUnsicher = (adresse: string, stelle: Stelle, wo: string): boolean => {
    const schema = gefaehrlichesSchema(adresse);
    if (!schema) return false;
    melde(
      'unsichere-url',
      stelle,
      `${wo} verwendet eine „${schema}:“-Adresse. Solche Adressen können Code im Browser der Leserinnen und Leser ausführen oder Inhalte einschleusen.`,
      'Verlinken Sie eine Seite mit https://… oder eine Seite des Atlas wie /leistungen/…/; Bilder legen Sie als Datei neben den Beitrag.',
    );
    return true;
  };

  const pruefeLink = (knoten: Link | Definition) => {
    const stelle = stelleVon(knoten);
    const adresse = knoten.url.trim();
    const wo = knoten.type === 'definition' ? `Die Linkdefinition [${knoten.label ?? knoten.identifier}]` : 'Der Link';
    if (pruefeUnsicher(adresse, stelle, wo)) return;
    if (adresse === '') {
      melde('link', stelle, `${wo} hat keine Adresse.`, 'Tragen Sie die Adresse in die runden Klammern ein: [Linktext](https://…).');
      return;
    }
    const schema = schemaVon(adresse);
    if (schema) {
      if (!ERLAUBTE_URL_SCHEMATA.includes(schema)) {
        melde(
          'link',
          stelle,
          `${wo} verwendet die Adressart „${schema}:“, die auf der Website nicht erlaubt ist.`,
          `Erlaubt sind Adressen mit ${ERLAUBTE_URL_SCHEMATA.map((s) => `${s}:`).join(', ')} und Seiten des Atlas wie /leistungen/…/.`,
        );
      }
      return;
    }
    if (adresse.startsWith('//')) {
      melde('link', stelle, `${wo} „${adresse}“ hat kein Schema.`, `Schreiben Sie die Adresse vollständig: https:${adresse}`);
      return;
    }
    if (adresse.startsWith('#')) {
      pruefeAnker(adresse.slice(1), dokument.anker, stelle, 'dieser Seite', adresse);
      return;
    }
    if (!adresse.startsWith('/')) {
      // Relative Links („technisch.mdx“, „../wohngeld/“) führen je nach Seite woanders hin.
      const zielDatei = resolve(dirname(absolut), decodeURIComponentSicher(adresse.split(/[?#]/)[0]!));
      const ziel = relative(kontext.inhaltsOrdner, zielDatei).split(sep).join('/');
      const url = existsSync(zielDatei) ? kontext.adresseVonDatei(ziel) : undefined;
      melde(
        'link',
        stelle,
        `Der Link „${adresse}“ ist relativ; er führt je nach Seite an einen anderen Ort.`,
        url
          ? `Schreiben Sie die Adresse der Seite: [${toString(knoten)}](${url}).`
          : 'Schreiben Sie die Adresse ab der Startseite, z. B. /leistungen/wohngeld/technisch/ oder /glossar/#fit-connect.',
      );
      return;
    }
    const [pfadMitAbfrage = '', anker] = splitAnker(adresse);
    const pfad = pfadMitAbfrage.split('?')[0]!;
    const ziele = kontext.ziele;
    const seite = ziele.get(pfad);
    if (!seite) {
      const mitSchraegstrich = ziele.has(`${pfad}/`) ? `${pfad}/` : undefined;
      const vorschlag = mitSchraegstrich ?? aehnlichster(pfad, [...ziele.keys()]);
      melde(
        'link',
        stelle,
        mitSchraegstrich
          ? `Der Link „${adresse}“ endet nicht mit „/“.`
          : `Der Link „${adresse}“ führt auf keine Seite des Atlas.`,
        vorschlag
          ? `Meinten Sie ${vorschlag}${anker === undefined ? '' : `#${anker}`}? Interne Adressen enden immer mit „/“.`
          : 'Prüfen Sie die Adresse: Seiten heißen z. B. /leistungen/<leistung>/, /querschnitt/<baustein>/, /kommunen/<kommune>/ oder /beitraege/<kommune>/<beitrag>/.',
      );
      return;
    }
    if (anker !== undefined) pruefeAnker(anker, seite, stelle, pfad, adresse);
  };

  const pruefeAnker = (anker: string, vorhanden: ReadonlySet<string>, stelle: Stelle, seite: string, adresse: string) => {
    let entschluesselt = anker;
    try {
      entschluesselt = decodeURIComponent(anker);
    } catch {
      // Bleibt wie geschrieben; dann findet er sich eben nicht.
    }
    if (vorhanden.has(entschluesselt)) return;
    const vorschlag = aehnlichster(entschluesselt, [...vorhanden]);
    melde(
      'link',
      stelle,
      `Den Anker „#${entschluesselt}“ im Link „${adresse}“ gibt es auf ${seite === 'dieser Seite' ? seite : `der Seite ${seite}`} nicht.`,
      vorschlag
        ? `Meinten Sie „#${vorschlag}“? Anker entstehen aus Überschriften: „## Betrieb und Support“ wird zu #betrieb-und-support.`
        : vorhanden.size
          ? `Verlinken Sie einen vorhandenen Anker: ${[...vorhanden].map((a) => `#${a}`).join(', ')}.`
          : 'Die Seite hat keine Anker; verlinken Sie sie ohne „#…“.',
    );
  };

  const pruefeBild = (knoten: Image) => {
    const stelle = stelleVon(knoten);
    if (!knoten.alt?.trim()) {
      melde(
        'bild',
        stelle,
        'Das Bild hat keinen Alternativtext. Wer das Bild nicht sehen kann, erfährt sonst nicht, was es zeigt.',
        'Beschreiben Sie in den eckigen Klammern, was das Bild zeigt: ![Ablauf der Antragstellung in drei Schritten](./ablauf.png).',
      );
    }
    const adresse = knoten.url.trim();
    if (pruefeUnsicher(adresse, stelle, 'Das Bild')) return;
    if (schemaVon(adresse) || adresse.startsWith('//')) {
      melde(
        'bild',
        stelle,
        `Das Bild „${adresse}“ liegt auf einem fremden Server. Beim Anzeigen erführe dieser Server, wer die Seite liest, und das Bild kann jederzeit verschwinden.`,
        'Speichern Sie das Bild (mit Erlaubnis der Rechteinhaber) neben dem Dokument und binden Sie es relativ ein: ![Beschreibung](./bild.png).',
      );
      return;
    }
    if (adresse.startsWith('/')) {
      melde(
        'bild',
        stelle,
        `Der Bildpfad „${adresse}“ beginnt mit „/“; Bilder werden relativ zum Dokument angegeben.`,
        'Legen Sie das Bild neben das Dokument und schreiben Sie ![Beschreibung](./bild.png).',
      );
      return;
    }
    const datei = resolve(dirname(absolut), decodeURIComponentSicher(adresse.split(/[?#]/)[0]!));
    const imInhalt = !relative(kontext.inhaltsOrdner, datei).startsWith('..');
    if (!imInhalt || !existsSync(datei) || !statSync(datei).isFile()) {
      melde(
        'bild',
        stelle,
        `Die Bilddatei „${adresse}“ gibt es nicht${imInhalt ? '' : ' im Inhaltsordner'}.`,
        `Legen Sie die Datei unter ${relative(kontext.anzeigeBasis, imInhalt ? datei : dirname(absolut)).split(sep).join('/')} ab oder korrigieren Sie den Dateinamen (Groß- und Kleinschreibung zählt).`,
      );
      return;
    }
    // SVG ist XML und kann Skripte tragen, die laufen, wenn jemand die Bilddatei direkt öffnet.
    if (/\.svg$/i.test(datei) && SVG_AKTIV.test(readFileSync(datei, 'utf8'))) {
      melde(
        'bild',
        stelle,
        `Die SVG-Datei „${adresse}“ enthält Skripte, Ereignis-Attribute, eingebettetes HTML oder Verweise auf andere Dateien.`,
        'Exportieren Sie das Bild als PNG oder speichern Sie das SVG ohne Skripte und Verweise (z. B. „Einfaches SVG“ bzw. „Plain SVG“).',
      );
    }
  };

  const pruefeAttribute = (knoten: JsxElement, name: string, erlaubt: ErlaubtesElement | undefined, regel: string) => {
    const gesehen = new Set<string>();
    for (const attribut of knoten.attributes) {
      const stelle = stelleVon(attribut, stelleVon(knoten));
      if (attribut.type === 'mdxJsxExpressionAttribute') {
        melde(
          'ausdruck',
          stelle,
          `Im Element <${name}> steht JavaScript-Code „${auszug(eintrag.quelltext, attribut)}“; er würde beim Bauen der Website ausgeführt.`,
          'Entfernen Sie den Teil in geschweiften Klammern; Attribute schreiben Sie als name="Wert".',
        );
        continue;
      }
      gesehen.add(attribut.name);
      if (/^on/i.test(attribut.name)) {
        melde(
          'ereignis',
          stelle,
          `Das Attribut „${attribut.name}“ an <${name}> würde im Browser Code ausführen. Ereignis-Attribute (on…) sind nicht erlaubt.`,
          'Entfernen Sie das Attribut. Für Interaktion sorgt die Website selbst.',
        );
        continue;
      }
      if (attribut.value !== null && typeof attribut.value === 'object') {
        melde(
          'ausdruck',
          stelle,
          `Der Wert von „${attribut.name}“ an <${name}> ist JavaScript-Code in geschweiften Klammern; er würde beim Bauen der Website ausgeführt.`,
          `Schreiben Sie den Wert als Text in Anführungszeichen: ${attribut.name}="…".`,
        );
        continue;
      }
      if (typeof attribut.value === 'string' && pruefeUnsicher(attribut.value, stelle, `Das Attribut „${attribut.name}“ an <${name}>`)) {
        continue;
      }
      if (!erlaubt) continue;
      const regelAttribut = erlaubt.attribute[attribut.name];
      if (!regelAttribut) {
        const namen = Object.keys(erlaubt.attribute);
        const vorschlag = aehnlichster(attribut.name, namen);
        melde(
          regel,
          stelle,
          `<${name}> kennt das Attribut „${attribut.name}“ nicht.`,
          namen.length
            ? `${vorschlag ? `Meinten Sie „${vorschlag}“? ` : ''}Erlaubt ${namen.length === 1 ? 'ist' : 'sind'}: ${namen.join(', ')}.`
            : `Entfernen Sie das Attribut; <${name}> hat keine Attribute.`,
        );
        continue;
      }
      if (attribut.value === null || attribut.value === undefined) {
        melde(
          regel,
          stelle,
          `Das Attribut „${attribut.name}“ an <${name}> hat keinen Wert.`,
          `Schreiben Sie ${attribut.name}="…"${regelAttribut.werte ? ` mit einem dieser Werte: ${regelAttribut.werte.join(', ')}` : ''}.`,
        );
        continue;
      }
      if (regelAttribut.werte && !regelAttribut.werte.includes(attribut.value)) {
        melde(
          regel,
          stelle,
          `„${attribut.value}“ ist kein erlaubter Wert für „${attribut.name}“ an <${name}>.`,
          `Erlaubt sind: ${regelAttribut.werte.join(', ')}. Beispiel: ${erlaubt.beispiel.split('\n')[0]}`,
        );
      }
    }
    if (!erlaubt) return;
    for (const [attributName, regelAttribut] of Object.entries(erlaubt.attribute)) {
      if (regelAttribut.pflicht && !gesehen.has(attributName)) {
        melde(
          regel,
          stelleVon(knoten),
          `<${name}> braucht das Attribut „${attributName}“ (${regelAttribut.beschreibung}).`,
          `Ergänzen Sie ${attributName}="…"${regelAttribut.werte ? ` mit einem dieser Werte: ${regelAttribut.werte.join(', ')}` : ''}. Beispiel: ${erlaubt.beispiel.split('\n')[0]}`,
        );
      }
    }
  };

  const pruefeBegriff = (knoten: JsxElement) => {
    const attribut = knoten.attributes.find(
      (a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === 'begriff' && typeof a.value === 'string',
    );
    const begriff = (typeof attribut?.value === 'string' ? attribut.value : toString(knoten)).trim();
    const stelle = stelleVon(attribut ?? knoten);
    if (!begriff) {
      melde('begriff', stelle, '<Begriff> ist leer.', 'Schreiben Sie den Fachbegriff zwischen die Tags: <Begriff>FIT-Connect</Begriff>.');
      return;
    }
    if (kontext.glossar.has(begriffSchluessel(begriff))) return;
    const vorschlag = aehnlichster(begriff, [...kontext.glossar.keys()]);
    melde(
      'begriff',
      stelle,
      `„${begriff}“ steht nicht im Glossar (weder als Begriff noch als Synonym).`,
      vorschlag
        ? `Meinten Sie „${kontext.glossar.get(vorschlag)}“? Sonst ergänzen Sie den Begriff in content/glossar.yaml oder nennen ihn mit <Begriff begriff="…">.`
        : 'Ergänzen Sie den Begriff in content/glossar.yaml (begriff, definition) oder nennen Sie einen vorhandenen mit <Begriff begriff="…">Text</Begriff>.',
    );
  };

  const pruefeElement = (knoten: JsxElement) => {
    const stelle = stelleVon(knoten);
    const name = knoten.name;
    if (name === null) {
      melde(
        'komponente',
        stelle,
        'Leere Tags <>…</> (Fragmente) sind nicht erlaubt.',
        'Entfernen Sie <> und </>; der Inhalt dazwischen bleibt stehen.',
      );
      return;
    }
    if (GEFAEHRLICHE_HTML_ELEMENTE.includes(name.toLowerCase())) {
      melde(
        'html-verboten',
        stelle,
        `Das HTML-Element <${name}> ist verboten: Es kann Code ausführen, fremde Inhalte einbetten, Daten absenden oder die Gestaltung der Website verändern.`,
        name.toLowerCase() === 'iframe'
          ? 'Entfernen Sie das Element und verlinken Sie den Inhalt stattdessen: [Titel des Inhalts](https://…).'
          : 'Entfernen Sie das Element. Diagramme zeichnen Sie mit einem ```mermaid-Block, Hervorhebungen mit <Hinweis art="info">…</Hinweis>.',
      );
      pruefeAttribute(knoten, name, undefined, 'html');
      return;
    }
    if (name in KOMPONENTEN) {
      pruefeAttribute(knoten, name, KOMPONENTEN[name as keyof typeof KOMPONENTEN], 'komponente');
      if (name === 'Begriff') pruefeBegriff(knoten);
      return;
    }
    if (name in HTML_ELEMENTE) {
      pruefeAttribute(knoten, name, HTML_ELEMENTE[name as keyof typeof HTML_ELEMENTE], 'html');
      return;
    }
    if (/^[a-z][a-z0-9-]*$/.test(name)) {
      melde(
        'html',
        stelle,
        `Das HTML-Element <${name}> ist in Beiträgen nicht erlaubt.`,
        `${MARKDOWN_STATT_HTML[name] ?? 'Verwenden Sie Markdown.'} Erlaubte HTML-Elemente: ${erlaubtesHtml.map((e) => `<${e}>`).join(', ')}.`,
      );
      pruefeAttribute(knoten, name, undefined, 'html');
      return;
    }
    const vorschlag = aehnlichster(name, erlaubteKomponenten);
    melde(
      'komponente',
      stelle,
      `Die Komponente <${name}> gibt es nicht.`,
      `${vorschlag ? `Meinten Sie <${vorschlag}>? ` : ''}Erlaubt sind nur ${erlaubteKomponenten.map((k) => `<${k}>`).join(' und ')}; sie werden nicht importiert.`,
    );
    pruefeAttribute(knoten, name, undefined, 'komponente');
  };

  let vorige: number | undefined;
  const zweiter = new Map<string, Stelle>();
  visit(baum, (knoten) => {
    switch (knoten.type) {
      case 'mdxjsEsm': {
        const art = /^\s*export\b/.test(knoten.value) ? 'export' : 'import';
        melde(
          'esm',
          stelleVon(knoten),
          `„${art}“ ist in Beiträgen nicht erlaubt: MDX würde diesen Code beim Bauen der Website ausführen („${auszug(eintrag.quelltext, knoten)}“).`,
          `Entfernen Sie die Zeile. ${erlaubteKomponenten.map((k) => `<${k}>`).join(' und ')} stehen ohne import bereit; Angaben zum Dokument gehören ins Front Matter. Meinen Sie das Wort als Text, schreiben Sie den Satz um, sodass er nicht mit „${art}“ beginnt.`,
        );
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (nurKommentar(knoten)) {
          if (!imEntwurf && knoten.value.includes(PLATZHALTER)) {
            melde(
              'platzhalter',
              stelleVon(knoten),
              `Hier steht noch der Platzhalter der Vorlage, der Status ist aber „${String(status)}“.`,
              'Ersetzen Sie den Kommentar durch Ihren Text oder setzen Sie „status: entwurf“, solange der Text noch nicht fertig ist.',
            );
          }
        } else {
          melde(
            'ausdruck',
            stelleVon(knoten),
            `Geschweifte Klammern leiten in MDX JavaScript-Code ein, der beim Bauen der Website ausgeführt würde: „${auszug(eintrag.quelltext, knoten)}“.`,
            'Meinen Sie die Klammern als Text, schreiben Sie \\{ und \\}. Ein Kommentar, der nicht erscheint, sieht so aus: {/* Text */}.',
          );
        }
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        pruefeElement(knoten);
        return;
      case 'link':
      case 'definition':
        pruefeLink(knoten);
        return;
      case 'image':
        pruefeBild(knoten);
        return;
      case 'imageReference':
        if (!knoten.alt?.trim()) {
          melde('bild', stelleVon(knoten), 'Das Bild hat keinen Alternativtext.', 'Beschreiben Sie in den eckigen Klammern, was das Bild zeigt.');
        }
        return;
      case 'heading': {
        const stelle = stelleVon(knoten);
        const text = toString(knoten).trim();
        if (!text) melde('ueberschrift', stelle, 'Die Überschrift ist leer.', 'Schreiben Sie einen Text hinter die Rauten oder entfernen Sie die Zeile.');
        if (knoten.depth === 1) {
          melde(
            'ueberschrift',
            stelle,
            'Überschriften der Ebene 1 („# …“) sind im Text nicht erlaubt: Der Titel aus dem Front Matter ist die Hauptüberschrift der Seite.',
            'Beginnen Sie Abschnitte mit „## “; den Seitentitel ändern Sie im Feld „titel“.',
          );
        } else if (vorige === undefined && knoten.depth > 2) {
          melde(
            'ueberschrift',
            stelle,
            `Die erste Überschrift hat Ebene ${knoten.depth} („${'#'.repeat(knoten.depth)} “); der Text beginnt mit Ebene 2.`,
            `Schreiben Sie „## ${text}“.`,
          );
        } else if (vorige !== undefined && knoten.depth > vorige + 1) {
          melde(
            'ueberschrift',
            stelle,
            `Die Überschrift springt von Ebene ${vorige} auf Ebene ${knoten.depth}; Screenreader und Inhaltsverzeichnis brauchen lückenlose Ebenen.`,
            `Schreiben Sie „${'#'.repeat(vorige + 1)} ${text}“ oder fügen Sie eine Überschrift der Ebene ${vorige + 1} davor ein.`,
          );
        }
        if (knoten.depth === 2 && !zweiter.has(text)) zweiter.set(text, stelle);
        vorige = knoten.depth;
        return;
      }
    }
  });

  if (pflichtAbschnitte) {
    const vorhanden = [...zweiter.keys()];
    for (const abschnitt of pflichtAbschnitte.liste) {
      if (zweiter.has(abschnitt)) continue;
      const aehnlich = aehnlichster(abschnitt, vorhanden);
      melde(
        'abschnitt',
        aehnlich ? zweiter.get(aehnlich)! : textStart,
        `Der Pflichtabschnitt „## ${abschnitt}“ fehlt (${pflichtAbschnitte.wofuer}).`,
        aehnlich
          ? `Schreiben Sie die Überschrift „## ${aehnlich}“ genau als „## ${abschnitt}“.`
          : `Fügen Sie die Überschrift „## ${abschnitt}“ mit Text darunter ein. Pflichtabschnitte: ${pflichtAbschnitte.liste.map((a) => `„${a}“`).join(', ')}.`,
      );
    }
  }
  return befunde;
}

function splitAnker(adresse: string): [string, string | undefined] {
  const i = adresse.indexOf('#');
  return i < 0 ? [adresse, undefined] : [adresse.slice(0, i), adresse.slice(i + 1)];
}

function decodeURIComponentSicher(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
