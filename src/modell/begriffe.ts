/**
 * Wie ein <Begriff> im Text zu seinem Glossareintrag findet. Die Komponente
 * (src/user-components/Begriff.astro), das Verzeichnis „Verwendet in“ auf
 * /glossar/ und die offenen Daten nutzen dieselbe Regel: Text ohne Tags,
 * Leerraum zusammengefasst, ohne Unterschied von Groß- und Kleinschreibung,
 * gleich dem Begriff oder einem seiner Synonyme.
 */

const ENTITAETEN: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", nbsp: ' ' };

/** Vergleichsform eines Begriffs: „<em>FIT-Connect</em>“ → „fit-connect“. */
export function begriffSchluessel(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|apos|#39|nbsp);/g, (_, name: string) => ENTITAETEN[name]!)
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export interface Glossierbar {
  begriff: string;
  synonyme: readonly string[];
}

/** Der Glossareintrag zu einem Text (Inhalt oder Attribut „begriff“ von <Begriff>), sonst undefined. */
export function findeBegriff<T extends Glossierbar>(glossar: readonly T[], text: string): T | undefined {
  const gesucht = begriffSchluessel(text);
  return glossar.find(
    (e) => begriffSchluessel(e.begriff) === gesucht || e.synonyme.some((s) => begriffSchluessel(s) === gesucht),
  );
}

/**
 * Die Texte aller <Begriff>-Verwendungen in einem MDX-Quelltext: das Attribut
 * „begriff“, sonst der Inhalt zwischen den Tags. Codeblöcke, Inline-Code und
 * MDX-Kommentare zählen nicht – dort steht <Begriff> nur als Beispiel.
 */
export function begriffeImQuelltext(mdx: string): string[] {
  const ohneCode = mdx
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\S\n]*$/gm, '')
    .replace(/(`+)[^`]*?\1/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
  const treffer: string[] = [];
  for (const m of ohneCode.matchAll(/<Begriff\b([^>]*?)\/>|<Begriff\b([^>]*)>([\s\S]*?)<\/Begriff>/g)) {
    // Gruppe 1: Attribute eines selbstschließenden Tags; 2 und 3: Attribute und Inhalt eines Paars.
    const attribute = m[1] ?? m[2] ?? '';
    const inhalt = m[3] ?? '';
    const attribut = /\bbegriff\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attribute);
    const text = attribut ? (attribut[1] ?? attribut[2]!) : inhalt;
    if (begriffSchluessel(text)) treffer.push(text);
  }
  return treffer;
}

/** Eine Seite, deren Text Begriffe verwenden kann. */
export interface Textseite {
  titel: string;
  href: string;
  /** MDX-Quelltext ohne Frontmatter. */
  text: string;
}

/**
 * Welche Seiten welchen Glossarbegriff verwenden: Schlüssel ist die ID des
 * Eintrags, Wert die Seiten in der Reihenfolge der Eingabe, jede einmal.
 * Begriffe, die nicht im Glossar stehen, fallen weg (die Komponente bricht bei
 * ihnen den Build ab).
 */
export function ordneVerwendungen<T extends Glossierbar & { id: string }>(
  seiten: readonly Textseite[],
  glossar: readonly T[],
): Map<string, { titel: string; href: string }[]> {
  const ergebnis = new Map<string, { titel: string; href: string }[]>();
  for (const seite of seiten) {
    const ids = new Set(begriffeImQuelltext(seite.text).map((text) => findeBegriff(glossar, text)?.id));
    for (const id of ids) {
      if (id) ergebnis.set(id, [...(ergebnis.get(id) ?? []), { titel: seite.titel, href: seite.href }]);
    }
  }
  return ergebnis;
}
