/**
 * Derselbe Seitentext für den Atlas und eine Vergleichs-Website
 * (npm run bench -- --vergleich N --seiten=ORDNER): Der Ordner enthält fertige
 * Markdown- oder MDX-Seiten mit `title` und `description` im Front Matter, wie
 * sie eine Starlight-Website unverändert nimmt. Der Atlas bekommt seinen
 * Benchmark-Bestand (werkzeuge/bench-korpus.ts), aber jedes Konzept und jeder
 * Beitrag trägt den Text einer dieser Seiten, Abschnitt für Abschnitt.
 *
 * Was der Atlas verlangt, bleibt erhalten: das Front Matter, die
 * Pflichtüberschriften seines Inhaltstyps und die Belege (jede erklärte
 * Quelle wird im Text zitiert). Angepasst wird nur, was seine Prüfung sonst
 * zurückweisen würde, und das ist Text, den beide Seiten gleich rendern:
 *  - Links auf andere Seiten des Ordners (relativ) werden zu ihrem Linktext,
 *    denn im Atlas gibt es diese Seiten nicht;
 *  - ein Mermaid-Diagramm ohne `accTitle`/`accDescr` bekommt beide Zeilen
 *    (Regel mermaid-barrierefreiheit).
 * Bausteine, Leistungsseiten und feste Seiten behalten ihren Text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Datei } from './bench-korpus.ts';

/** Die Seiten eines Ordners (.md und .mdx), nach Namen sortiert, damit Läufe gleich sind. */
export function liesSeiten(ordner: string): Datei[] {
  if (!existsSync(ordner)) throw new Error(`Den Ordner ${ordner} (--seiten) gibt es nicht.`);
  const namen = readdirSync(ordner)
    .filter((n) => /\.mdx?$/.test(n))
    .sort();
  if (namen.length === 0) throw new Error(`In ${ordner} liegt keine .md- oder .mdx-Seite.`);
  return namen.map((n) => ({ pfad: n, text: readFileSync(join(ordner, n), 'utf8') }));
}

const KOPF = /^---\n[\s\S]*?\n---\n/;

/** Text einer Seite ohne Front Matter, in Abschnitte an „## “ geteilt (mit der Überschrift ohne „## “). */
function abschnitte(text: string): { titel: string; inhalt: string }[] {
  const koerper = text.replace(KOPF, '');
  const teile = koerper.split(/^## (.*)$/m);
  const ergebnis: { titel: string; inhalt: string }[] = [];
  for (let i = 1; i < teile.length; i += 2) ergebnis.push({ titel: teile[i]!, inhalt: teile[i + 1] ?? '' });
  // Eine Seite ohne Überschriften ist ein einziger Abschnitt.
  if (ergebnis.length === 0) ergebnis.push({ titel: '', inhalt: koerper });
  return ergebnis;
}

/** Relative Links (auf Seiten, die es nur in der Vergleichs-Website gibt) werden zu ihrem Text. */
const ohneRelativeLinks = (text: string) => text.replace(/\[([^\]\n]*)\]\((?!https?:|mailto:|#)[^)\s]*\)/g, '$1');

/** Mermaid-Diagramme ohne Titel und Beschreibung für Screenreader bekommen beide. */
function mitBarrierefreienDiagrammen(text: string): string {
  return text.replace(/^```mermaid\n([^\n]*)\n([\s\S]*?)^```$/gm, (fence, kopf: string, rest: string) => {
    if (/^\s*accTitle\s*:/m.test(rest)) return fence;
    return [
      '```mermaid',
      kopf,
      '  accTitle: Weg eines Antrags',
      '  accDescr: Der Antrag geht vom Onlinedienst über den Zustelldienst zur zuständigen Stelle.',
      `${rest}\`\`\``,
    ].join('\n');
  });
}

/** Dateien, deren Text ersetzt wird: Konzepte und Beiträge. */
const traegtSeitentext = (pfad: string) =>
  pfad.endsWith('.mdx') &&
  !pfad.endsWith('/index.mdx') &&
  (pfad.startsWith('leistungen/') || pfad.startsWith('beitraege/'));

/**
 * Ersetzt den Text jedes Konzepts und Beitrags durch den Text der nächsten
 * Seite (reihum). Die i-te Pflichtüberschrift bekommt den i-ten Abschnitt der
 * Seite; hat die Seite mehr Abschnitte, folgen sie mit ihrer eigenen
 * Überschrift eine Ebene tiefer, hat sie weniger, bleibt eine Überschrift mit
 * dem letzten Abschnitt der Seite.
 */
export function mitGleichemText(dateien: readonly Datei[], seiten: readonly Datei[]): Datei[] {
  let naechste = 0;
  return dateien.map((d) => {
    if (!traegtSeitentext(d.pfad)) return d;
    const kopf = KOPF.exec(d.text)?.[0];
    if (!kopf) return d;
    const eigenerText = d.text.slice(kopf.length);
    const ueberschriften = [...eigenerText.matchAll(/^## (.*)$/gm)].map((t) => t[1]!);
    const fussnoten = [...eigenerText.matchAll(/^\[\^([^\]]+)\]:.*$/gm)];
    const seite = abschnitte(mitBarrierefreienDiagrammen(ohneRelativeLinks(seiten[naechste++ % seiten.length]!.text)));
    const teile = ueberschriften.map((titel, i) => {
      let inhalt = (seite[i] ?? seite.at(-1)!).inhalt.trimEnd();
      // Die Quellen des Front Matter müssen im Text zitiert sein (Regel beleg).
      if (i === 0 && fussnoten.length) inhalt += ` ${fussnoten.map((f) => `Beleg.[^${f[1]}]`).join(' ')}`;
      return `## ${titel}\n${inhalt}\n`;
    });
    for (const rest of seite.slice(ueberschriften.length)) teile.push(`### ${rest.titel}\n${rest.inhalt.trimEnd()}\n`);
    const definitionen = fussnoten.map((f) => f[0]).join('\n');
    return { pfad: d.pfad, text: `${kopf}\n${teile.join('\n')}${definitionen ? `\n${definitionen}\n` : ''}` };
  });
}
