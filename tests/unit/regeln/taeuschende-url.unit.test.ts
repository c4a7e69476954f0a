import { describe, expect, it } from 'vitest';
import { taeuschendeUrl } from '../../../src/pruefung/regeln/taeuschende-url.ts';
import { fremderHostImLinktext, pruefeAdresse } from '../../../src/pruefung/kern/taeuschung.ts';
import { befunde, stellen } from '../../helpers/regeln.ts';

const arten = (adresse: string) => pruefeAdresse(adresse).map((p) => p.art);

describe('Regel taeuschende-url', () => {
  it('meldet eine Benutzerangabe vor „@“ in Links, Definitionen, automatischen Links und Attributen und nennt das echte Ziel', () => {
    const text = [
      '[Bund](https://www.bund.de@evil.example/) und https://user:pass@evil.example/',
      '',
      '<abbr title="https://www.bund.de@evil.example">X</abbr>',
      '',
      '[ref]: //www.bund.de@evil.example/',
      '',
    ].join('\n');
    const gefunden = befunde(taeuschendeUrl, text).sort((a, b) => a.zeile - b.zeile || a.spalte - b.spalte);
    expect(stellen(gefunden)).toEqual(['4:1', '4:47', '6:7', '8:1']);
    expect(gefunden[0]!.meldung).toContain('„www.bund.de“');
    expect(gefunden[0]!.meldung).toContain('öffnen „evil.example“');
    expect(gefunden[0]!.hinweis).toContain('„@“');
  });

  it('meldet Servernamen mit Umlauten, Unicode-Doppelgängern, Punycode, %-Kodierung, Zeichen ohne Breite und als IP-Adresse', () => {
    expect(arten('https://www.bünd.de/')).toEqual(['host-unicode']);
    expect(arten('https://www.bund.de\u3002evil.example/')).toEqual(['host-unicode']);
    expect(arten('https://ｗｗｗ.bund.de/')).toEqual(['host-unicode']);
    expect(arten('https://www.b\u0430nd.de/')).toEqual(['host-unicode']); // kyrillisches а
    expect(arten('https://www.bu\u200Bnd.de/')).toEqual(['host-unicode']);
    expect(arten('https://xn--bnd-hoa.de/')).toEqual(['host-punycode']);
    expect(arten('https://www.XN--bnd-hoa.de/')).toEqual(['host-punycode']);
    expect(arten('https://www%2Ebund.de/')).toEqual(['host-kodiert']);
    for (const ip of [
      'http://127.0.0.1/',
      'http://2130706433/',
      'http://0x7f.1/',
      'http://0177.0.0.1/',
      'http://[::1]/',
    ]) {
      expect(arten(ip), ip).toEqual(['ip-adresse']);
    }
    expect(pruefeAdresse('http://0x7f.1/')[0]!.meldung).toContain('„127.0.0.1“, geschrieben als „0x7f.1“');
    expect(pruefeAdresse('https://www.bünd.de/')[0]!.hinweis).toContain('Redaktion');
    expect(arten('mailto:info@bünd.de')).toEqual(['host-unicode']);
  });

  it('meldet Backslash, Tabulator und Umbruch, die Browser umdeuten, und %-kodierte unsichtbare Zeichen', () => {
    // Browser lesen „\\“ als „/“: Ziel ist www.bund.de, andere Programme sähen evil.example.
    expect(arten('https://www.bund.de\\@evil.example/')).toEqual(['backslash']);
    expect(arten('https://evil.example\\@www.bund.de/')).toEqual(['backslash']);
    expect(arten('/\\evil.example/')).toEqual(['backslash']);
    expect(arten('https://www.bu\tnd.de/')).toEqual(['leerraum']);
    expect(arten('https://www.bund.de/%E2%80%AEfdp.exe')).toEqual(['unsichtbar']);
    const gefunden = befunde(taeuschendeUrl, '<abbr title="https://www.bund.de/\na">X</abbr>\n');
    expect(gefunden.map((b) => b.zeile)).toEqual([4]);
  });

  it('meldet einen Linktext, der einen anderen Server nennt als das Ziel, auch über Linkdefinitionen und bei E-Mail', () => {
    const text = [
      '[www.bund.de](https://evil.example/) [https://www.bund.de/wohngeld](https://www.bund.de.evil.example/)',
      '',
      '[Bundesportal bund.de][portal] und [info@bund.de](mailto:info@evil.example)',
      '',
      '[portal]: https://evil.example/',
      '',
    ].join('\n');
    const gefunden = befunde(taeuschendeUrl, text);
    expect(stellen(gefunden)).toEqual(['4:1', '4:38', '6:1', '6:36']);
    expect(gefunden[0]!.meldung).toBe(
      'Der Link zeigt „www.bund.de“, führt aber auf den Server „evil.example“. Leserinnen und Leser verlassen sich auf den sichtbaren Text.',
    );
    expect(gefunden[1]!.meldung).toContain('„bund.de.evil.example“');
  });

  it('lässt ehrliche Links stehen: gleicher Server, „www.“, Subdomain der genannten Domain, Dateinamen, interne Links', () => {
    const text = [
      '[www.bund.de](https://www.bund.de/) [bund.de](https://www.bund.de/) [BUND.DE](https://bund.de/)',
      '[bund.de](https://wohngeld.bund.de/) https://www.bund.de/ www.bund.de info@bund.de',
      '[TDDDG-Text bei datenschutz-eprivacy.de](https://datenschutz-eprivacy.de/kontakt/)',
      '[barrierefreies-webdesign.de, EN 301 549 v3.2.1](http://www.barrierefreies-webdesign.de/richtlinien/)',
      '[README.md](https://github.com/beispiel/atlas/blob/main/README.md) [Bericht (PDF)](https://www.bund.de/a.pdf)',
      '[Kap.IV](https://www.bund.de/) [z. B. Art. 3.2](https://www.bund.de/) [Wohngeld](/leistungen/wohngeld/) [Mail](mailto:info@bund.de)',
      '[info@bund.de](mailto:info@bund.de) [Telefon](tel:+49301234)',
      '',
    ].join('\n');
    expect(befunde(taeuschendeUrl, text)).toEqual([]);
  });

  it('eine Subdomain zählt nur unter einer echten Domain, nicht unter einer öffentlichen Endung wie gov.uk', () => {
    expect(fremderHostImLinktext('gov.uk', 'https://evil.gov.uk/')).toEqual({
      geschrieben: 'gov.uk',
      ziel: 'evil.gov.uk',
    });
    expect(fremderHostImLinktext('bund.de', 'https://bund.de.evil.example/')?.ziel).toBe('bund.de.evil.example');
    expect(fremderHostImLinktext('www.wohngeld.bund.de', 'https://bund.de/')?.ziel).toBe('bund.de');
    expect(fremderHostImLinktext('bund。de', 'https://evil.example/')?.geschrieben).toBe('bund.de');
    expect(fremderHostImLinktext('Amt unter amt.at', 'https://evil.example/')?.geschrieben).toBe('amt.at');
    expect(fremderHostImLinktext('verwaltung.bund.de', 'https://verwaltung.bund.de/')).toBeUndefined();
  });
});
