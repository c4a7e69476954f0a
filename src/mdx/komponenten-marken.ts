/**
 * Komponentenmarken im fertigen HTML eines Dokuments (nicht zu verwechseln mit
 * den Platzhalter-Kommentaren der Vorlagen, die die Regel „platzhalter“ meldet).
 *
 * Inhalte werden beim Laden einmal zu HTML (src/mdx/mdx-html.ts),
 * statt für jede Datei ein JavaScript-Modul zu bündeln. Die Komponenten, die
 * Autorinnen verwenden dürfen (<Hinweis>, <Begriff>, Diagramme), bleiben
 * Astro-Komponenten: Im HTML stehen sie als Kommentarpaar mit ihren Attributen,
 * Inhalt.astro setzt beim Rendern der Seite die echte Komponente ein.
 *
 * Fälschen kann ein Dokument die Marken nicht: MDX kennt keine
 * HTML-Kommentare, und Text und Code werden maskiert („<“ wird zu „&lt;“).
 */

/** Ein Stück des Dokuments: fertiges HTML oder eine Komponente mit ihrem Inhalt. */
export type Teil = string | KomponentenTeil;

export interface KomponentenTeil {
  name: string;
  props: Record<string, unknown>;
  kinder: Teil[];
}

const ANFANG = '<!--atlas-komponente ';
const ENDE = '<!--/atlas-komponente-->';
// Name und Attribute (URI-kodiertes JSON, also ohne „>“ und Leerzeichen) oder das Ende.
const MARKE = /<!--atlas-komponente ([A-Za-z][A-Za-z0-9]*) ([^\s>]*)-->|<!--\/atlas-komponente-->/g;

/** Schreibt eine Komponente als Markenpaar um ihren schon fertigen Inhalt. */
export function marke(name: string, props: Record<string, unknown>, innen: string): string {
  return `${ANFANG}${name} ${encodeURIComponent(JSON.stringify(props))}-->${innen}${ENDE}`;
}

/**
 * Zerlegt HTML mit Komponentenmarken in Stücke, verschachtelt wie die Komponenten.
 * Ein Ende ohne Anfang oder ein Anfang ohne Ende ist ein Fehler des Zeichners,
 * nicht der Autorin; darum eine Ausnahme statt stiller Reparatur.
 */
export function zerlegeMarken(html: string): Teil[] {
  const wurzel: KomponentenTeil = { name: '', props: {}, kinder: [] };
  const stapel = [wurzel];
  let stelle = 0;
  for (const treffer of html.matchAll(MARKE)) {
    const offen = stapel.at(-1)!;
    if (treffer.index > stelle) offen.kinder.push(html.slice(stelle, treffer.index));
    stelle = treffer.index + treffer[0].length;
    if (treffer[1] === undefined) {
      if (stapel.length === 1) throw new Error('Platzhalter: Ende einer Komponente ohne Anfang.');
      stapel.pop();
      continue;
    }
    const teil: KomponentenTeil = {
      name: treffer[1],
      props: JSON.parse(decodeURIComponent(treffer[2]!)) as Record<string, unknown>,
      kinder: [],
    };
    offen.kinder.push(teil);
    stapel.push(teil);
  }
  if (stapel.length > 1) throw new Error(`Platzhalter: <${stapel.at(-1)!.name}> ohne Ende.`);
  if (stelle < html.length) wurzel.kinder.push(html.slice(stelle));
  return wurzel.kinder;
}
