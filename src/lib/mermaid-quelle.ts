/**
 * Liest aus dem Quelltext eines Mermaid-Diagramms, was die Website ohne
 * Mermaid selbst wissen muss: Art, Titel (accTitle) und Beschreibung
 * (accDescr). Läuft im Build und in Tests, ohne DOM und ohne mermaid.
 */

export interface MermaidAngaben {
  /** Erstes Schlüsselwort, z. B. „flowchart“, „sequenceDiagram“, „stateDiagram-v2“. */
  art: string;
  /** Text hinter `accTitle:`; fehlt, wenn das Diagramm keinen Titel hat. */
  titel?: string;
  /** Text hinter `accDescr:` oder in `accDescr { … }`, Zeilen mit Leerzeichen verbunden. */
  beschreibung?: string;
  /** Richtung eines Flussdiagramms (TD, LR …), sonst ''. */
  richtung: string;
  /** Zeilen, die etwas zeichnen (ohne Leerzeilen, Kommentare, Titel, Beschreibung). */
  inhaltsZeilen: number;
}

const TITEL = /^[ \t]*accTitle[ \t]*:[ \t]*(.*?)[ \t]*$/m;
const BESCHREIBUNG_ZEILE = /^[ \t]*accDescr[ \t]*:[ \t]*(.*?)[ \t]*$/m;
const BESCHREIBUNG_BLOCK = /^[ \t]*accDescr[ \t]*\{([^}]*)\}/m;

function ohneKopf(quelle: string): string {
  // Frontmatter (---…---) und Direktiven (%%{…}%%) gehören nicht zum Diagramm.
  return quelle.replace(/^\s*---\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/, '').replace(/%%\{[\s\S]*?\}%%/g, '');
}

function leer(text: string | undefined): string | undefined {
  const sauber = text?.replace(/\s+/g, ' ').trim();
  return sauber ? sauber : undefined;
}

/** Liest Art, Titel, Beschreibung und Umfang aus dem Quelltext eines Diagramms. */
export function mermaidAngaben(quelle: string): MermaidAngaben {
  const rumpf = ohneKopf(quelle);
  const blockBeschreibung = BESCHREIBUNG_BLOCK.exec(rumpf);
  const ohneBlock = blockBeschreibung ? rumpf.replace(blockBeschreibung[0], '') : rumpf;
  const zeilen = ohneBlock
    .split(/\r?\n/)
    .map((zeile) => zeile.trim())
    .filter((zeile) => zeile && !zeile.startsWith('%%'));
  const [kopf = '', ...rest] = zeilen;
  const titel = leer(TITEL.exec(ohneBlock)?.[1]);
  const beschreibung = leer(blockBeschreibung?.[1] ?? BESCHREIBUNG_ZEILE.exec(ohneBlock)?.[1]);
  return {
    art: kopf.split(/\s+/)[0] ?? '',
    richtung: /^(?:flowchart|graph)\s+(TB|TD|BT|RL|LR)\b/.exec(kopf)?.[1] ?? '',
    ...(titel ? { titel } : {}),
    ...(beschreibung ? { beschreibung } : {}),
    inhaltsZeilen: rest.filter((zeile) => !/^acc(Title|Descr)\b/.test(zeile)).length,
  };
}

export interface Groesse {
  /** Natürliche Breite in rem. */
  breite: number;
  /** Natürliche Höhe in rem. */
  hoehe: number;
}

const NACHRICHT = /^\s*([^\s:>-][^:>]*?)\s*(?:<<)?-{1,2}(?:>>|>|x|\))\s*[+-]?\s*([^:]+?)\s*:/;

/** Teilnehmer und Nachrichten eines Sequenzdiagramms, grob gezählt. */
function sequenzUmfang(quelle: string): { teilnehmer: number; nachrichten: number } {
  const namen = new Set<string>();
  let nachrichten = 0;
  for (const zeile of quelle.split(/\r?\n/)) {
    const deklaration = /^\s*(?:participant|actor)\s+(\S+)/.exec(zeile);
    const nachricht = NACHRICHT.exec(zeile);
    if (deklaration) namen.add(deklaration[1]!);
    else if (nachricht) {
      namen.add(nachricht[1]!);
      namen.add(nachricht[2]!);
      nachrichten++;
    } else if (/^\s*(Note|note)\b/.test(zeile)) nachrichten++;
  }
  return { teilnehmer: Math.max(namen.size, 1), nachrichten };
}

/**
 * Schätzt die natürliche Größe eines Diagramms in rem, damit die Seite vor dem
 * Zeichnen Platz in der richtigen Form freihält und beim Einblenden wenig
 * springt. Eine Schätzung, an den Diagrammen in content/ abgelesen: Mermaid
 * misst erst im Browser.
 */
export function geschaetzteGroesse(quelle: string, angaben: MermaidAngaben = mermaidAngaben(quelle)): Groesse {
  const { art, richtung } = angaben;
  const zeilen = Math.max(angaben.inhaltsZeilen, 1);
  let groesse: Groesse;
  if (art === 'sequenceDiagram') {
    const { teilnehmer, nachrichten } = sequenzUmfang(quelle);
    groesse = { breite: teilnehmer * 19, hoehe: 8 + nachrichten * 3.6 };
  } else if (/^(flowchart|graph)$/.test(art) && /^(LR|RL)$/.test(richtung)) {
    groesse = { breite: zeilen * 11, hoehe: 8 };
  } else if (/^(flowchart|graph)$/.test(art)) {
    groesse = { breite: 36, hoehe: zeilen * 6 };
  } else {
    groesse = { breite: 20 + zeilen * 2.4, hoehe: zeilen * 4.5 };
  }
  const runden = (wert: number) => Math.round(Math.min(Math.max(wert, 6), 160));
  return { breite: runden(groesse.breite), hoehe: runden(groesse.hoehe) };
}

/** Kurze, stabile ID für ein Diagramm (für IDs im HTML), aus Quelltext und Zeile. */
export function diagrammId(quelle: string, zeile = 0): string {
  // FNV-1a: klein, schnell, in Build und Browser gleich.
  let hash = 0x811c9dc5;
  for (const zeichen of `${zeile}:${quelle}`) {
    hash ^= zeichen.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `diagramm-${hash.toString(36)}`;
}
