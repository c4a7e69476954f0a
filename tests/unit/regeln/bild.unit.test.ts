import { describe, expect, it } from 'vitest';
import { bild } from '../../../src/pruefung/regeln/bild.ts';
import { befunde, kontext, stellen } from '../../helpers/regeln.ts';

const k = kontext({
  dateien: {
    'beitraege/teststadt/ablauf.png': '',
    'beitraege/teststadt/gut.svg': '<svg xmlns="http://www.w3.org/2000/svg"><a href="#x"/></svg>',
    'beitraege/teststadt/boese.svg': '<svg><script>alert(1)</script></svg>',
  },
});

describe('Regel bild', () => {
  it('meldet fehlenden Alternativtext, fremde Server, absolute Pfade, fehlende Dateien und aktive SVG', () => {
    const text =
      '![](./ablauf.png)\n\n![a](https://example.org/x.png)\n\n![b](/x.png)\n\n![c](./fehlt.png)\n\n![d](../../../x.png)\n\n![e](./boese.svg)\n';
    const gefunden = befunde(bild, text, {}, k);
    expect(stellen(gefunden)).toEqual(['4:1', '6:1', '8:1', '10:1', '12:1', '14:1']);
    expect(gefunden[1]!.meldung).toContain('fremden Server');
    expect(gefunden[3]!.hinweis).toContain('content/beitraege/teststadt/fehlt.png');
    expect(gefunden[4]!.meldung).toContain('im Inhaltsordner');
    expect(gefunden[5]!.hinweis).toContain('PNG');
  });

  it('erlaubt Bilder neben dem Dokument und SVG ohne Skripte', () => {
    expect(befunde(bild, '![Ablauf](./ablauf.png) ![Plan](gut.svg)\n', {}, k)).toEqual([]);
  });
});
