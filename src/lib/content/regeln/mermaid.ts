/**
 * Mermaid-Diagramme ohne Einstellungen, Verknüpfungen und fremde Quellen,
 * geprüft am Text jeder Zeile (für jede Diagrammart gleich). Ob Mermaid das
 * Diagramm lesen kann und ob es accTitle und accDescr hat, prüft
 * src/lib/content/mermaid.ts gesammelt mit dem echten mermaid-Paket.
 */
import type { Diagramm } from '../mermaid.ts';
import { melder } from './hilfen.ts';
import type { MdxRegel } from './regel.ts';

/** Einstellungen im Diagramm könnten die Vorgaben der Website (securityLevel, Theme) aushebeln. */
const EINSTELLUNG = /%%\{/;
const KOPF_EINSTELLUNG = /^\s*config\s*:/;

/**
 * Verknüpfungen und Aktionen, in allen Diagrammarten: click (Flussdiagramm,
 * Klassen, Gantt …), href, link/links (Sequenz, Klassen), callback (Klassen)
 * und $link (C4). Mermaid setzt daraus Links und Handler ins SVG.
 */
const VERKNUEPFUNG = /^\s*click\s|\bhref\b|^\s*links?\s+[^\s\-=.<>&|]|^\s*callback\s|\$link\s*=/i;

/**
 * Was der Browser von anderswo laden würde: Bilder und Icons an Knoten
 * (`A@{ img: "…" }`, `icon: "fa:…"`, auch mit Schlüssel in Anführungszeichen),
 * Icons in Mindmaps (`::icon(…)`), CSS mit `url(…)` in style/classDef und jede
 * Adresse mit Schema oder „//Server“. Adressen gehören unter das Diagramm.
 */
const FREMDE_QUELLE = /\b(?:img|icon)\b["']?\s*:|::icon\s*\(|\burl\s*\(|\b[a-z][a-z0-9+.-]*:\/\/|(?:^|[\s"'(=])\/\/[^\s/]|\b(?:javascript|vbscript)\s*:/i;

/** Befunde zu einem Diagramm; die Zeile ist die der Datei (Zaun + Zeile im Diagramm). */
export function pruefeDiagrammText(d: Diagramm): { zeile: number; meldung: string; hinweis: string }[] {
  const befunde: { zeile: number; meldung: string; hinweis: string }[] = [];
  const zeilen = d.code.split('\n');
  const mitKopf = zeilen[0]?.trim() === '---';
  zeilen.forEach((zeile, i) => {
    const n = d.zeile + i + 1;
    if (EINSTELLUNG.test(zeile) || (mitKopf && KOPF_EINSTELLUNG.test(zeile))) {
      befunde.push({
        zeile: n,
        meldung: 'Einstellungen im Diagramm (%%{init: …}%% oder „config:“) sind nicht erlaubt; Darstellung und Sicherheit legt die Website fest.',
        hinweis: 'Entfernen Sie die Zeile; Farben und Schrift kommen von der Website.',
      });
    }
    if (VERKNUEPFUNG.test(zeile)) {
      befunde.push({
        zeile: n,
        meldung:
          'Verknüpfungen und Aktionen (click, href, link, links, callback) sind in Diagrammen nicht erlaubt: Sie könnten beim Anklicken Code ausführen oder fremde Seiten öffnen.',
        hinweis: 'Entfernen Sie die Zeile und setzen Sie den Link als [Linktext](…) unter das Diagramm.',
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
  });
  return befunde;
}

export const mermaid: MdxRegel = {
  name: 'mermaid',
  beschreibung:
    'Mermaid-Diagramme enthalten keine Einstellungen (%%{init}%%, config:), keine Verknüpfungen (click, href, link) und laden nichts von anderswo (img:, icon:, url(…), Adressen).',
  pruefe(dokument) {
    const { befunde, melde } = melder(dokument, this.name);
    for (const diagramm of dokument.diagramme) {
      for (const b of pruefeDiagrammText(diagramm)) melde({ zeile: b.zeile, spalte: 1 }, b.meldung, b.hinweis);
    }
    return befunde;
  },
};
