/** HTML-Elemente, die Code ausführen, fremde Inhalte einbetten oder Daten absenden können. */
import { elementArt, jsxElemente, melder, stelleVon } from './hilfen/mdx.ts';
import type { MdxRegel } from '../kern/typen.ts';

export const htmlVerboten: MdxRegel = {
  name: 'html-verboten',
  beschreibung: 'Keine gefährlichen HTML-Elemente wie <script>, <style>, <iframe>, <form> oder <svg>.',
  pruefe(dokument) {
    const { befunde, melde } = melder(dokument, this.name);
    if (!dokument.baum) return befunde;
    for (const element of jsxElemente(dokument.baum)) {
      if (elementArt(element.name) !== 'verboten') continue;
      const name = element.name!;
      melde(
        stelleVon(element),
        `Das HTML-Element <${name}> ist verboten: Es kann Code ausführen, fremde Inhalte einbetten, Daten absenden oder die Gestaltung der Website verändern.`,
        name.toLowerCase() === 'iframe'
          ? 'Entfernen Sie das Element und verlinken Sie den Inhalt stattdessen: [Titel des Inhalts](https://…).'
          : 'Entfernen Sie das Element. Diagramme zeichnen Sie mit einem ```mermaid-Block, Hervorhebungen mit <Hinweis art="info">…</Hinweis>.',
      );
    }
    return befunde;
  },
};
