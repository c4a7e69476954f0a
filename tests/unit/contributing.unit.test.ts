/**
 * CONTRIBUTING.md beschreibt, was die Werkzeuge verlangen. Damit die Anleitung
 * nicht veraltet, prüft dieser Test sie gegen die Quellen: Pflichtabschnitte
 * (src/schemas/abschnitte.ts), erlaubte Komponenten und HTML-Elemente
 * (src/schemas/mdx.ts) und die Regeln, die die Fixtures abdecken.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GRENZEN } from '../../src/pruefung/kern/grenzen.ts';
import { MDX_REGELN } from '../../src/pruefung/regeln/index.ts';
import { BAUSTEIN_ABSCHNITTE, BEITRAG_ABSCHNITTE, KONZEPT_ABSCHNITTE } from '../../src/schemas/abschnitte.ts';
import { glossarBeleg } from '../../src/pruefung/regeln/glossar-beleg.ts';
import { HTML_ELEMENTE, KOMPONENTEN } from '../../src/schemas/mdx.ts';
import { dateienUnter, erwartungen, FIXTURES, PROJEKT } from '../../werkzeuge/pruefen-lauf.ts';

const anleitung = readFileSync(join(PROJEKT, 'CONTRIBUTING.md'), 'utf8');

describe('CONTRIBUTING.md', () => {
  it('nennt jede Art mit ihren Pflichtabschnitten', () => {
    for (const [art, abschnitte] of [...Object.entries(KONZEPT_ABSCHNITTE), ...Object.entries(BEITRAG_ABSCHNITTE)]) {
      const zeile = anleitung
        .split('\n')
        .find((z) => z.startsWith(`| \`${art}\``) && abschnitte.every((a) => z.includes(a)));
      expect(zeile, `Tabellenzeile für „${art}“ mit ${abschnitte.join(', ')}`).toBeDefined();
    }
    expect(anleitung.replace(/\s+/g, ' ')).toContain(
      `Baustein** (FIT-Connect, PVOG …) hat die Abschnitte ${BAUSTEIN_ABSCHNITTE.join(', ')}`,
    );
  });

  it('nennt jede erlaubte Komponente mit ihren Attributen und Werten und jedes erlaubte HTML-Element', () => {
    for (const [name, komponente] of Object.entries(KOMPONENTEN)) {
      expect(anleitung).toContain(`<${name}>`);
      for (const [attribut, regel] of Object.entries(komponente.attribute)) {
        expect(anleitung).toContain(`\`${attribut}\``);
        for (const wert of (regel as { werte?: readonly string[] }).werte ?? [])
          expect(anleitung).toContain(`\`${wert}\``);
      }
    }
    for (const name of Object.keys(HTML_ELEMENTE)) expect(anleitung).toMatch(new RegExp(`\`<${name}[ >]`));
    expect(anleitung).toContain('src/schemas/mdx.ts');
  });

  it('zeigt den einen Weg für Belege: Quelle mit id, art, abgerufen und Fußnote am Satz', () => {
    const abschnitt = anleitung.slice(anleitung.indexOf('## Quellen und Belege'));
    expect(abschnitt).toMatch(
      /- id: ozg-8a\n\s+titel: .+\n\s+url: .+\n\s+art: Gesetz.*\n\s+abgerufen: \d{4}-\d{2}-\d{2}/,
    );
    expect(abschnitt).toContain('verantwortlich.[^ozg-8a]');
    expect(abschnitt).toMatch(/^\[\^ozg-8a\]: /m);
  });

  it('erklärt jede Regel der Prüfung in der Regeltabelle', () => {
    const fehler = join(FIXTURES, 'pruefen/fehler');
    const regeln = new Set(
      dateienUnter(fehler).flatMap((d) =>
        !/\.(mdx|yaml)$/.test(d) ? [] : erwartungen(join(fehler, d)).map((e) => e.regel),
      ),
    );
    for (const regel of [
      ...regeln,
      'pflichtseite',
      'doppelte-id',
      ...MDX_REGELN.map((r) => r.name),
      glossarBeleg.name,
    ]) {
      expect(anleitung, `Regel ${regel}`).toMatch(new RegExp(`^\\| [^|]*\`${regel}\``, 'm'));
    }
  });

  it('nennt jede Regel aus src/pruefung/regeln/ und jede Grenze mit ihrem Wert', () => {
    for (const regel of [...MDX_REGELN.map((r) => r.name), 'grenze', 'pruefung']) {
      expect(anleitung, `Regel ${regel}`).toMatch(new RegExp(`^\\| [^|]*\`${regel}\``, 'm'));
    }
    const tabelle = anleitung.slice(anleitung.indexOf('### Grenzen'), anleitung.indexOf('## Meldungen der Prüfung'));
    for (const [name, wert] of Object.entries(GRENZEN)) {
      // Die Vorprüfung ist eine großzügige Schätzung vor dem Lesen, keine Grenze für Autorinnen.
      if (name === 'vorpruefungTiefe') continue;
      expect(tabelle, `Grenze ${name}`).toMatch(
        new RegExp(`\\| ${wert.toLocaleString('de-DE').replace('.', '\\.')}\\b`),
      );
    }
  });
});
