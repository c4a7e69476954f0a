/**
 * Mehrere Dokumente auf einer Seite (Dossier): Jedes Dokument bringt seine
 * eigenen IDs mit (Überschriften-Anker wie „ausgangslage“, „quellen-titel“,
 * Tooltip-IDs). Damit jede ID auf der Seite eindeutig bleibt und jeder Verweis
 * darauf weiter trifft, bekommt jedes Dokument ein Präfix. Links auf andere
 * Dokumente desselben Dossiers zeigen danach in die Seite (auch im PDF).
 * Reine Funktionen über HTML-Text; Skripte und Stile bleiben unberührt.
 */

/** ID im Dossier: Präfix des Dokuments, zwei Bindestriche, ursprüngliche ID. Slugs enthalten nie „--“. */
export const praefixId = (praefix: string, id: string) => `${praefix}--${id}`;

export interface Umschreibung {
  /** Präfix für jede ID dieses Dokuments. */
  praefix: string;
  /** Überschriften so viele Ebenen tiefer setzen (bei 1: h2 → h3); tiefer als h6 geht es nicht. */
  ebenen?: number;
  /** Neues Ziel für einen Link auf eine andere Seite, wenn sie im Dossier steht („#…“), sonst undefined. */
  ziel?: (href: string) => string | undefined;
}

/** Attribute, deren Wert eine ID oder eine Liste von IDs ist. */
const ID_ATTRIBUTE = new Set([
  'id',
  'for',
  'headers',
  'list',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-details',
  'aria-errormessage',
  'aria-flowto',
  'aria-activedescendant',
]);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;
const ATTRIBUT = /(\s+)([^\s"'>/=]+)(?:(\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const ROHTEXT = /(<(script|style|textarea)\b[\s\S]*?<\/\2\s*>)/gi;

function neuerWert(name: string, wert: string, u: Umschreibung): string {
  if (ID_ATTRIBUTE.has(name)) {
    return wert
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => praefixId(u.praefix, id))
      .join(' ');
  }
  if (name === 'href') {
    if (wert.startsWith('#') && wert.length > 1) return `#${praefixId(u.praefix, wert.slice(1))}`;
    return u.ziel?.(wert) ?? wert;
  }
  return wert;
}

function schreibeTag(tag: string, schliessend: string, name: string, attribute: string, leer: string, u: Umschreibung) {
  let neuerName = name;
  const ebene = /^h([1-6])$/i.exec(name);
  if (ebene && u.ebenen) neuerName = `h${Math.min(6, Number(ebene[1]) + u.ebenen)}`;
  if (schliessend) return `</${neuerName}>`;
  const neueAttribute = attribute.replace(
    ATTRIBUT,
    (ganz, raum: string, attr: string, gleich?: string, d?: string, e?: string, o?: string) => {
      const wert = d ?? e ?? o;
      if (wert === undefined) return ganz;
      const name = attr.toLowerCase();
      const neu = neuerWert(name, wert, u);
      return neu === wert ? ganz : `${raum}${attr}${gleich}"${neu.replaceAll('"', '&quot;')}"`;
    },
  );
  return neuerName === name && neueAttribute === attribute ? tag : `<${neuerName}${neueAttribute}${leer ? ' /' : ''}>`;
}

/** Schreibt IDs, Verweise und Überschriftenebenen eines HTML-Ausschnitts für das Dossier um. */
export function schreibeUm(html: string, u: Umschreibung): string {
  return html
    .split(ROHTEXT)
    .map((teil, i) => {
      // split mit zwei Gruppen: i % 3 === 1 ist ein Skript/Stil, i % 3 === 2 dessen Tagname.
      if (i % 3 === 2) return '';
      if (i % 3 === 1) return teil;
      return teil.replace(TAG, (tag, schliessend: string, name: string, attribute: string, leer: string) =>
        schreibeTag(tag, schliessend, name, attribute, leer, u),
      );
    })
    .join('');
}

/**
 * Ziel-Funktion für `schreibeUm`: Links auf Seiten im Dossier (Pfad → Präfix)
 * werden zu Ankern in der Seite, „/…/technisch/#schnittstellen“ zu
 * „#<präfix>--schnittstellen“.
 */
export function zieleImDossier(seiten: ReadonlyMap<string, string>): (href: string) => string | undefined {
  return (href) => {
    if (!href.startsWith('/')) return undefined;
    const [pfad = '', anker] = href.split('#', 2);
    const praefix = seiten.get(pfad);
    if (!praefix) return undefined;
    return anker ? `#${praefixId(praefix, anker)}` : `#${praefix}`;
  };
}
