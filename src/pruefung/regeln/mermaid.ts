/**
 * Mermaid-Diagramme ohne Einstellungen, Verknüpfungen, HTML und fremde
 * Quellen, geprüft am Text (für jede Diagrammart gleich). Ob Mermaid das
 * Diagramm lesen kann und ob es accTitle und accDescr hat, prüft
 * src/pruefung/node/mermaid.ts gesammelt mit dem echten mermaid-Paket; dort
 * sieht eine zweite Prüfung auch, was hinter Escapes steckt.
 */
import { isAlias, isMap, isScalar, parseDocument, visit } from 'yaml';
import type { Diagramm } from '../kern/typen.ts';
import { melder } from './hilfen/mdx.ts';
import type { MdxRegel } from '../kern/typen.ts';

/** Einstellungen im Diagramm könnten die Vorgaben der Website (securityLevel, Theme) aushebeln. */
const EINSTELLUNG = /%%\{/;

/**
 * Verknüpfungen und Aktionen, in allen Diagrammarten: click (Flussdiagramm,
 * Klassen, Gantt …), href, link/links (Sequenz, Klassen), callback (Klassen)
 * details (Sequenz: liest Links aus einem Element der Seite) und $link (C4).
 * Mermaid setzt daraus Links und Handler ins SVG. Geprüft je
 * Anweisung: Mermaid trennt Anweisungen auch mit „;“ („A-->B; click A …“).
 */
const VERKNUEPFUNG = /^\s*click\s|\bhref\b|^\s*(?:links?|details)\s+[^\s\-=.<>&|]|^\s*callback\s|\$\s*link\b/i;

/**
 * Was der Browser von anderswo laden würde: Bilder und Icons an Knoten
 * (`A@{ img: "…" }`, `icon: "fa:…"`, auch mit Schlüssel in Anführungszeichen),
 * Icons in Mindmaps (`::icon(…)`), CSS mit `url(…)`, `image-set(…)` oder
 * `@import` in style/classDef und jede Adresse mit Schema oder „//Server“.
 * Adressen gehören unter das Diagramm.
 */
const FREMDE_QUELLE =
  /\b(?:img|icon)\b["']?\s*:|::icon\s*\(|\b(?:url|image-set|image)\s*\(|@import\b|\b[a-z][a-z0-9+.-]*:\/\/|(?:^|[\s"'(=])\/\/[^\s/]|\b(?:javascript|vbscript)\s*:/i;

/**
 * Ein „<“, mit dem ein HTML-Element beginnen könnte: vor einem Buchstaben, „/“,
 * „!“ oder „?“, auch als Entity (&lt;, &#60;, &#x3c;), in Mermaids
 * Schreibweise (#lt;, #60;) oder als Escape in den YAML-Daten eines Knotens
 * (\x3c, \u003c). Mermaid setzt Beschriftungen als HTML ein; ein
 * `<img onerror=…>` darin würde ein Element mit Handler. Pfeile („<--“, „<|--“,
 * „<<->>“) haben nach dem „<“ ein Satzzeichen und bleiben erlaubt.
 */
const TAG_ANFANG = /(?:<|&lt;?|&#0*60;?|&#x0*3c;?|#lt;|#0*60;|\\x0*3c|\\u0*3c|\\u\{0*3c\})[a-z/!?]/gi;

/** Stereotypen wie `<<interface>>`, `<<include>>`, `<<choice>>` (Klassen, Zustände): Wort ohne Attribute. */
const STEREOTYP = /<<[\p{L}\d _-]*>>/gu;
/** Elemente, die auch ohne Attribute etwas tun; als Stereotyp nie erlaubt. */
const GEFAEHRLICH =
  /^\s*\/?\s*(?:script|style|iframe|object|embed|img|image|svg|math|a|form|input|button|link|meta|base|foreignobject|template|video|audio|source|frame|frameset)\s*$/i;

/**
 * Argumente von C4-Elementen, ab denen Mermaid eine Verknüpfung liest (Position
 * des Links ohne `$link=`, von 0 gezählt); gleich ob mit `_Ext`, `Db`, `Queue`.
 */
const C4_LINK_POSITION: [RegExp, number][] = [
  [/^(?:Person|System(?:Db|Queue)?)(?:_Ext)?$/, 5],
  [/^(?:Container|Component)(?:Db|Queue)?(?:_Ext)?$/, 6],
  [/^(?:Boundary|Enterprise_Boundary|System_Boundary|Container_Boundary)$/, 4],
  [/^(?:Deployment_Node|Node|Node_L|Node_R)$/, 6],
  [/^(?:Rel|BiRel|Rel_Up|Rel_U|Rel_Down|Rel_D|Rel_Left|Rel_L|Rel_Right|Rel_R|Rel_Back)$/, 7],
  [/^RelIndex$/, 8],
];

/** Positionale Argumente eines C4-Aufrufs „Name(a, "b, c", $x="…")“ ohne die `$name=…`-Argumente. */
function c4Argumente(aufruf: string): string[] {
  const args: string[] = [];
  let aktuell = '';
  let inText = false;
  for (const zeichen of aufruf) {
    if (zeichen === '"') inText = !inText;
    if (zeichen === ',' && !inText) {
      args.push(aktuell.trim());
      aktuell = '';
    } else aktuell += zeichen;
  }
  args.push(aktuell.trim());
  return args.filter((a) => !a.startsWith('$'));
}

/** Ob eine C4-Zeile einen Link als Argument ohne Namen trägt, z. B. `Rel(a, b, "l", "t", "d", "s", "t", "/x")`. */
function c4Link(anweisung: string): boolean {
  const aufruf = /^\s*(\w+)\s*\((.*)\)\s*$/.exec(anweisung);
  if (!aufruf) return false;
  const position = C4_LINK_POSITION.find(([name]) => name.test(aufruf[1]!))?.[1];
  if (position === undefined) return false;
  const link = c4Argumente(aufruf[2]!)[position];
  return link !== undefined && link.replace(/"/g, '').trim() !== '';
}

interface TextBefund {
  zeile: number;
  meldung: string;
  hinweis: string;
}

const MELDUNG_EINSTELLUNG = {
  meldung:
    'Einstellungen im Diagramm (%%{init: …}%% oder „config:“) sind nicht erlaubt; Darstellung und Sicherheit legt die Website fest.',
  hinweis: 'Entfernen Sie die Zeile; Farben und Schrift kommen von der Website.',
};

/**
 * Der Kopf eines Diagramms (`---` … `---` vor der ersten Zeile), so
 * abgegrenzt wie Mermaid es tut: öffnender Zaun in der ersten Zeile, der
 * schließende mit derselben Einrückung. Gibt die Zeilen (0-basiert) zurück.
 */
function kopfbereich(zeilen: readonly string[]): { von: number; bis: number | undefined } | undefined {
  const erste = zeilen.findIndex((z) => z.trim() !== '');
  // Mermaid lässt davor jeden Leerraum außer Zeilenumbrüchen zu (\s: auch geschütztes Leerzeichen, BOM).
  const oeffnend = /^([^\S\r\n]*)---[^\S\r\n]*$/.exec(zeilen[erste] ?? '');
  if (!oeffnend) return undefined;
  const einrueckung = oeffnend[1]!;
  for (let i = erste + 1; i < zeilen.length; i++) {
    if (zeilen[i]!.startsWith(`${einrueckung}---`) && zeilen[i]!.slice(einrueckung.length + 3).trim() === '') {
      return { von: erste, bis: i };
    }
  }
  return { von: erste, bis: undefined };
}

/**
 * Prüft den Kopf als YAML, wie Mermaid ihn liest: Erlaubt ist nur `title` mit
 * einem Text. `config` (auch in Anführungszeichen oder als `{config: …}`),
 * `displayMode`, Anker, Verweise, Tags und Zusammenführungen (`<<`) würden
 * Mermaids Einstellungen erreichen oder verschleiern, was ankommt.
 */
function pruefeKopf(d: Diagramm, zeilen: readonly string[]): TextBefund[] {
  const kopf = kopfbereich(zeilen);
  if (!kopf) return [];
  const start = d.zeile + kopf.von + 1;
  if (kopf.bis === undefined) {
    return [
      {
        zeile: start,
        meldung: 'Der Kopf des Diagramms („---“ in der ersten Zeile) wird nicht mit „---“ geschlossen.',
        hinweis:
          'Schließen Sie den Kopf mit einer Zeile „---“ oder entfernen Sie ihn; erlaubt ist darin nur „title: …“.',
      },
    ];
  }
  const einrueckung = /^[^\S\r\n]*/.exec(zeilen[kopf.von]!)![0];
  const text = zeilen
    .slice(kopf.von + 1, kopf.bis)
    .map((z) => (z.startsWith(einrueckung) ? z.slice(einrueckung.length) : z))
    .join('\n');
  const dokument = parseDocument(text, { uniqueKeys: true, merge: false, prettyErrors: false });
  const falsch = (zeile: number, was: string): TextBefund[] => [
    {
      zeile,
      meldung: `Im Kopf des Diagramms (zwischen „---“) ist nur „title: …“ erlaubt, nicht ${was}; Einstellungen legt die Website fest.`,
      hinweis:
        'Lassen Sie im Kopf nur eine Zeile „title: Ihr Titel“ stehen oder entfernen Sie den Kopf; Farben und Schrift kommen von der Website.',
    },
  ];
  const zeileVon = (offset: number | undefined) =>
    start + 1 + (offset === undefined ? 0 : text.slice(0, offset).split('\n').length - 1);
  if (dokument.errors.length) return falsch(zeileVon(dokument.errors[0]!.pos[0]), 'fehlerhaftes YAML');
  let verboten: TextBefund[] = [];
  visit(dokument, (_, knoten) => {
    if (isAlias(knoten) || ((isScalar(knoten) || isMap(knoten)) && (knoten.anchor || knoten.tag))) {
      verboten = falsch(zeileVon(knoten.range?.[0]), 'Anker, Verweise oder Tags (&, *, !)');
      return visit.BREAK;
    }
    return undefined;
  });
  if (verboten.length) return verboten;
  const inhalt = dokument.contents;
  if (inhalt === null || (isScalar(inhalt) && (inhalt.value === null || inhalt.value === ''))) return [];
  if (!isMap(inhalt)) return falsch(zeileVon(inhalt.range?.[0]), 'etwas anderes als „title: …“');
  for (const paar of inhalt.items) {
    const schluessel = isScalar(paar.key) ? paar.key.value : undefined;
    const wert = paar.value;
    const ort = zeileVon(isScalar(paar.key) ? paar.key.range?.[0] : undefined);
    if (schluessel !== 'title') {
      return typeof schluessel === 'string' && schluessel.trim().toLowerCase() === 'config'
        ? [{ zeile: ort, ...MELDUNG_EINSTELLUNG }]
        : falsch(ort, `„${String(schluessel ?? '…').slice(0, 40)}“`);
    }
    if (wert !== null && !(isScalar(wert) && ['string', 'number'].includes(typeof wert.value)))
      return falsch(ort, 'einen Titel, der kein Text ist');
    // Der Titel nach YAML-Escapes („\x3c“, „\u003c“): Was die Zeile verbirgt, darf der Wert nicht bringen.
    const titel = isScalar(wert) ? String(wert.value) : '';
    if (htmlAnfang(titel) || FREMDE_QUELLE.test(titel) || VERKNUEPFUNG.test(titel)) {
      return falsch(ort, `einen Titel mit HTML, Link oder Adresse („${titel.slice(0, 40)}“)`);
    }
  }
  return [];
}

/**
 * Beschriftungen mit „<“, das ein HTML-Element beginnen könnte. Der
 * Zeilenumbruch `<br>` (ohne Attribute) und Stereotypen
 * wie `<<interface>>` bleiben erlaubt, außer sie heißen wie ein Element, das
 * auch ohne Attribute etwas tut (`<<script>>`). `nurZeichen` für Text, den
 * Mermaid schon gelesen hat: Dort sind „&lt;“ Mermaids eigene Maskierung
 * (List~int~ wird „List&lt;int&gt;“), nur ein echtes „<“ zählt.
 */
export function htmlAnfang(zeile: string, nurZeichen = false): boolean {
  // <br> ist Mermaids Zeilenumbruch in Beschriftungen; ohne Attribute kann es nichts ausführen.
  const ohneStereotyp = zeile
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(STEREOTYP, (treffer) => (GEFAEHRLICH.test(treffer.slice(2, -2)) ? treffer : ' '));
  if (nurZeichen) return /<[a-z/!?]/i.test(ohneStereotyp);
  TAG_ANFANG.lastIndex = 0;
  return TAG_ANFANG.test(ohneStereotyp);
}

/** Befunde zu einem Diagramm; die Zeile ist die der Datei (Zaun + Zeile im Diagramm). */
export function pruefeDiagrammText(d: Diagramm): TextBefund[] {
  const befunde: TextBefund[] = [];
  const zeilen = d.code.split('\n');
  // Mermaid macht aus jedem „\r“ einen Zeilenumbruch; ein einzelnes „\r“ beginnt dort also eine neue Zeile,
  // hinter der „click“ oder ein Tag stünde, ohne dass die Datei dort eine Zeile hätte.
  befunde.push(
    ...pruefeKopf(
      d,
      zeilen.map((z) => z.replace(/\r$/, '')),
    ),
  );
  const istC4 = zeilen.some((z) => /^\s*C4(?:Context|Container|Component|Dynamic|Deployment)\b/.test(z));
  zeilen.forEach((dateizeile, i) => {
    const n = d.zeile + i + 1;
    const teile = dateizeile.split('\r');
    const zeile = teile.join(' ');
    // Kommentare („%% …“) zeichnet Mermaid nicht; Direktiven („%%{“) meldet EINSTELLUNG.
    const sichtbar = teile.filter((t) => !/^\s*%%(?!\{)/.test(t)).join(' ');
    if (EINSTELLUNG.test(zeile)) befunde.push({ zeile: n, ...MELDUNG_EINSTELLUNG });
    const anweisungen = teile.flatMap((t) => t.split(';'));
    if (anweisungen.some((a) => VERKNUEPFUNG.test(a)) || (istC4 && [zeile, ...anweisungen].some(c4Link))) {
      befunde.push({
        zeile: n,
        meldung:
          'Verknüpfungen und Aktionen (click, href, link, links, callback, $link oder ein Link als Argument eines C4-Elements) sind in Diagrammen nicht erlaubt: Sie könnten beim Anklicken Code ausführen oder fremde Seiten öffnen.',
        hinweis: 'Entfernen Sie die Verknüpfung und setzen Sie den Link als [Linktext](…) unter das Diagramm.',
      });
    } else if (FREMDE_QUELLE.test(zeile)) {
      befunde.push({
        zeile: n,
        meldung:
          'Das Diagramm bindet ein Bild, ein Icon oder eine Adresse ein (img:, icon:, url(…) oder https://…). Beim Anzeigen würde der Browser sie von einem fremden Server laden, und die Website erlaubt das nicht.',
        hinweis:
          'Entfernen Sie Bild, Icon oder Adresse aus dem Diagramm. Bilder legen Sie als Datei neben den Beitrag und binden sie unter dem Diagramm ein (![Beschreibung](./bild.png)), Links schreiben Sie als [Linktext](https://…) in den Text.',
      });
    }
    if (htmlAnfang(sichtbar)) {
      befunde.push({
        zeile: n,
        meldung:
          'Im Diagramm steht ein „<“ vor einem Buchstaben oder „/“. Mermaid setzt Beschriftungen als HTML ein, daraus würde ein HTML-Element; HTML ist in Diagrammen nicht erlaubt.',
        hinweis:
          'Schreiben Sie „kleiner als“ statt „<“ oder für eine Richtung ein Wort wie „nach“ oder „an“. Pfeile wie -->, <-->, Stereotypen wie <<interface>> und der Zeilenumbruch <br> bleiben erlaubt.',
      });
    }
  });
  return befunde;
}

export const mermaid: MdxRegel = {
  name: 'mermaid',
  beschreibung:
    'Mermaid-Diagramme enthalten keine Einstellungen (%%{init}%%, Kopf außer title), keine Verknüpfungen (click, href, link, Links in C4), kein HTML (<) und laden nichts von anderswo (img:, icon:, url(…), Adressen).',
  pruefe(dokument) {
    const { befunde, melde } = melder(dokument, this.name);
    for (const diagramm of dokument.diagramme) {
      for (const b of pruefeDiagrammText(diagramm)) melde({ zeile: b.zeile, spalte: 1 }, b.meldung, b.hinweis);
    }
    return befunde;
  },
};
