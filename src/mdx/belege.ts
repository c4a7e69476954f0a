/**
 * Sätteri-Plugin (hast): Belege am Satz. Autorinnen zitieren mit einer
 * GFM-Fußnote, deren Zeichen die Kennung einer Quelle ist
 * (`… verantwortlich.[^ozg-8a]`, `[^ozg-8a]: § 8a Abs. 4 OZG.`); Sätteri
 * nummeriert sie und schreibt den Abschnitt mit den Fußnoten.
 *
 * Warum eine Liste statt zweier: Wer auf die hochgestellte Zahl klickt, will
 * wissen, welche Quelle den Satz trägt und wie alt der Beleg ist. Darum steht
 * an jeder Fußnote die Quelle selbst (Titel mit Link, Art, „abgerufen am …“,
 * die Adresse ausgeschrieben für den Druck), nicht ein zweiter Verweis auf
 * eine Quellenliste. Die Quellenliste unter dem Text (src/components/Quellen.astro)
 * nennt danach nur noch Quellen, die keine Fußnote zitiert.
 *
 * Die IDs tragen das Präfix „beleg-“ (Schutz vor DOM-Clobbering, wie bei
 * GitHub); im Dossier setzt src/lib/dossier-html.ts das Präfix des Dokuments
 * davor, sodass mehrere Dokumente auf einer Seite sich nicht in die Quere kommen.
 */
import type { Element, ElementContent } from 'hast';
import type { Features, HastPluginDefinition } from 'satteri';
import { t } from '../i18n/de.ts';
import { formatiereDatum } from '../lib/datum.ts';

/** Sätteris Fußnoten-Einstellungen (`FootnoteOptions`, das Paket exportiert den Typ nicht einzeln). */
type FootnoteOptions = Exclude<NonNullable<Exclude<NonNullable<Features['gfm']>, boolean>['footnotes']>, boolean>;

/** Präfix der Fußnoten-IDs: „beleg-fn-<kennung>“ am Beleg, „beleg-fnref-<kennung>“ im Text. */
export const BELEG_PRAEFIX = 'beleg-';

/** Fußnoten-Einstellungen für `satteri({ features: { gfm: { footnotes } } })`: deutsche Texte. */
export const fussnotenOptionen: FootnoteOptions = {
  label: t('belege.titel'),
  backContent: '↩',
  // Zweiter und weiterer Verweis auf dieselbe Quelle: „Zurück zur Textstelle 1, Verweis 2“.
  backLabel: (nummer: number, wiederholung: number) =>
    wiederholung > 1 ? t('belege.zurueckWeitere', { nummer, wiederholung }) : t('belege.zurueck', { nummer }),
  clobberPrefix: BELEG_PRAEFIX,
};

/** Was das Plugin von einer Quelle im Front Matter braucht; alles kann fehlen, die Prüfung meldet es. */
export interface BelegQuelle {
  id?: unknown;
  titel?: unknown;
  url?: unknown;
  art?: unknown;
  abgerufen?: unknown;
}

/** Front Matter kommt aus js-yaml: `abgerufen: 2026-12-01` ist dort ein Date. */
function isoDatum(wert: unknown): string | undefined {
  if (wert instanceof Date && !Number.isNaN(wert.getTime())) return wert.toISOString().slice(0, 10);
  if (typeof wert === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(wert)) return wert;
  return undefined;
}

const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** Die Angaben einer Quelle als Absatz unter dem Beleg: Titel mit Link, Art, Abrufdatum, Adresse. */
export function quellenAbsatz(q: BelegQuelle): Element {
  const titel = typeof q.titel === 'string' ? q.titel : String(q.id ?? '');
  const url = typeof q.url === 'string' ? q.url : undefined;
  const kinder: ElementContent[] = [text(`${t('belege.quelle')}: `)];
  kinder.push(url ? el('a', { href: url, className: ['beleg-link'] }, [text(titel)]) : text(titel));
  if (typeof q.art === 'string') kinder.push(text(` · ${q.art}`));
  const abgerufen = isoDatum(q.abgerufen);
  if (abgerufen) {
    kinder.push(
      text(` · ${t('belege.abgerufen')} `),
      el('time', { dateTime: abgerufen }, [text(formatiereDatum(abgerufen))]),
    );
  }
  if (url) kinder.push(el('br', {}, []), el('span', { className: ['adresse'] }, [text(url)]));
  return el('p', { className: ['beleg-quelle'] }, kinder);
}

/** Kennung (Fußnotenzeichen) aus der ID eines Belegs: „beleg-fn-ozg-8a“ → „ozg-8a“. */
export function kennungVon(id: unknown): string | undefined {
  const praefix = `${BELEG_PRAEFIX}fn-`;
  return typeof id === 'string' && id.startsWith(praefix) ? id.slice(praefix.length) : undefined;
}

const klassen = (node: Element): string[] => {
  const c: unknown = node.properties?.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
};

/**
 * Schreibt den Fußnotenabschnitt um: sichtbare Überschrift „Belege“ und an
 * jedem Beleg die Angaben seiner Quelle. Gibt auch die zitierten Kennungen zurück.
 */
export function bereiteBelegeAuf(
  abschnitt: Element,
  quellen: readonly BelegQuelle[],
): { abschnitt: Element; zitiert: string[] } {
  const nachId = new Map(quellen.filter((q) => typeof q.id === 'string').map((q) => [q.id as string, q]));
  const zitiert: string[] = [];
  const umschreiben = (knoten: ElementContent): ElementContent => {
    if (knoten.type !== 'element') return knoten;
    if (/^h[1-6]$/.test(knoten.tagName)) {
      // Sätteri versteckt die Überschrift (sr-only); hier ist sie die sichtbare Überschrift der Belege.
      const { className: _, ...rest } = knoten.properties ?? {};
      const uebrig = klassen(knoten).filter((k) => k !== 'sr-only');
      return { ...knoten, properties: uebrig.length ? { ...rest, className: uebrig } : rest };
    }
    if (knoten.tagName === 'li') {
      const kennung = kennungVon(knoten.properties?.id);
      if (kennung === undefined) return knoten;
      zitiert.push(kennung);
      const quelle = nachId.get(kennung);
      return quelle
        ? {
            ...knoten,
            properties: { ...knoten.properties, dataQuelle: kennung },
            children: [...knoten.children, quellenAbsatz(quelle)],
          }
        : knoten;
    }
    return { ...knoten, children: knoten.children.map(umschreiben) };
  };
  const neu = { ...abschnitt, properties: { ...abschnitt.properties, className: [...klassen(abschnitt), 'belege'] } };
  return { abschnitt: { ...neu, children: neu.children.map(umschreiben) }, zitiert };
}

interface AstroDaten {
  astro?: { frontmatter?: Record<string, unknown> };
}

/** Das Plugin für `satteri({ hastPlugins: [belege()] })`. */
export function belege(): HastPluginDefinition {
  return {
    name: 'nachnutzungsatlas:belege',
    element: {
      filter: ['section', 'a'],
      visit(node, ctx) {
        const props = node.properties ?? {};
        if (node.tagName === 'a') {
          // Die Zahl allein („1“) sagt einem Screenreader nicht, wohin der Link führt.
          if (props.dataFootnoteRef === undefined) return undefined;
          return {
            ...node,
            properties: { ...props, ariaLabel: t('belege.verweis', { nummer: ctx.textContent(node) }) },
          };
        }
        if (props.dataFootnotes === undefined) return undefined;
        const frontmatter = (ctx.data as AstroDaten).astro?.frontmatter;
        const quellen = Array.isArray(frontmatter?.quellen) ? (frontmatter.quellen as BelegQuelle[]) : [];
        const { abschnitt, zitiert } = bereiteBelegeAuf(node, quellen);
        // Die Seite liest die Liste über `remarkPluginFrontmatter` und zeigt darunter nur die übrigen Quellen.
        if (frontmatter) frontmatter.belegteQuellen = zitiert;
        return abschnitt;
      },
    },
  };
}

/** Die zitierten Kennungen, die das Plugin ins Front Matter geschrieben hat (`render(eintrag).remarkPluginFrontmatter`). */
export function belegteQuellen(frontmatter: Record<string, unknown> | undefined): string[] {
  const liste = frontmatter?.belegteQuellen;
  return Array.isArray(liste) ? liste.filter((k): k is string => typeof k === 'string') : [];
}
