import { describe, expect, it } from 'vitest';
import { unsichereUrl } from '../../../src/pruefung/regeln/unsichere-url.ts';
import { befunde, stellen } from '../../helpers/regeln.ts';

describe('Regel unsichere-url', () => {
  it('meldet javascript:, data: und vbscript: in Links, Definitionen, Bildern und Attributen, auch verschleiert', () => {
    const text = [
      '[a](javascript:alert(1)) [b](JaVa%09Script:x)',
      '',
      '![c](data:image/png;base64,AAAA)',
      '',
      '<abbr title="vbscript:msgbox">X</abbr>',
      '',
      '[d]: javascript:alert(2)',
      '',
    ].join('\n');
    const gefunden = befunde(unsichereUrl, text).sort((a, b) => a.zeile - b.zeile || a.spalte - b.spalte);
    expect(stellen(gefunden)).toEqual(['4:1', '4:26', '6:1', '8:7', '10:1']);
    expect(gefunden.map((b) => b.meldung.match(/„(\w+):“/)?.[1])).toEqual([
      'javascript',
      'javascript',
      'data',
      'vbscript',
      'javascript',
    ]);
    expect(gefunden[0]!.hinweis).toContain('https://');
  });

  it('lässt https-, mailto- und interne Adressen stehen', () => {
    expect(befunde(unsichereUrl, '[a](https://example.org/) [b](mailto:a@b.de) [c](/leistungen/)\n')).toEqual([]);
  });
});
