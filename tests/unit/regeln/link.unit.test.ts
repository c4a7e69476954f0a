import { describe, expect, it } from 'vitest';
import { link } from '../../../src/pruefung/regeln/link.ts';
import { befunde, kontext, stellen } from '../../helpers/regeln.ts';

const k = kontext({
  ziele: { '/leistungen/wohngeld/': ['betrieb-und-support'], '/glossar/': ['fit-connect'] },
  dateien: { 'leistungen/wohngeld/index.mdx': '' },
});

describe('Regel link', () => {
  it('meldet fehlende Schrägstriche, unbekannte Seiten und Anker mit Vorschlag', () => {
    const text =
      '[a](/leistungen/wohngeld) [b](/leistungen/wohngold/) [c](/leistungen/wohngeld/#betrieb) [d](#nirgends)\n\n## Da\n';
    const gefunden = befunde(link, text, {}, k);
    expect(stellen(gefunden)).toEqual(['4:1', '4:27', '4:54', '4:89']);
    expect(gefunden[0]!.meldung).toContain('endet nicht mit „/“');
    expect(gefunden[1]!.hinweis).toContain('Meinten Sie /leistungen/wohngeld/?');
    expect(gefunden[2]!.hinweis).toContain('#betrieb-und-support');
    expect(gefunden[3]!.hinweis).toContain('#da');
  });

  it('meldet leere Adressen, fremde Adressarten, fehlendes Schema und relative Links mit Vorschlag', () => {
    const text = '[a]() [b](ftp://x.de/) [c](//example.org/) [d](../../leistungen/wohngeld/index.mdx)\n';
    const gefunden = befunde(link, text, {}, k);
    expect(gefunden.map((b) => b.hinweis)).toEqual([
      expect.stringContaining('Tragen Sie die Adresse'),
      expect.stringContaining('Erlaubt sind Adressen mit https:'),
      'Schreiben Sie die Adresse vollständig: https://example.org/',
      'Schreiben Sie die Adresse der Seite: [d](/leistungen/wohngeld/).',
    ]);
  });

  it('lässt gültige Links und gefährliche (Regel „unsichere-url“) stehen', () => {
    const text =
      '[a](https://example.org/) [b](mailto:a@b.de) [c](/leistungen/wohngeld/#betrieb-und-support) [d](/glossar/#fit-connect) [e](javascript:x)\n';
    expect(befunde(link, text, {}, k)).toEqual([]);
  });
});
