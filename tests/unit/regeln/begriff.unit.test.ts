import { describe, expect, it } from 'vitest';
import { begriff } from '../../../src/pruefung/regeln/begriff.ts';
import { befunde, kontext, stellen } from '../../helpers/regeln.ts';

const k = kontext({ glossar: { 'fit-connect': 'FIT-Connect', zustellpunkt: 'Zustellpunkt' } });

describe('Regel begriff', () => {
  it('meldet leere und unbekannte Begriffe, mit Vorschlag', () => {
    const gefunden = befunde(
      begriff,
      '<Begriff></Begriff> und <Begriff>FIT-Conect</Begriff> und <Begriff>Quark</Begriff>\n',
      {},
      k,
    );
    expect(stellen(gefunden)).toEqual(['4:1', '4:25', '4:59']);
    expect(gefunden[0]!.meldung).toBe('<Begriff> ist leer.');
    expect(gefunden[1]!.hinweis).toContain('Meinten Sie „FIT-Connect“?');
  });

  it('findet Begriffe im Text oder im Attribut begriff', () => {
    expect(
      befunde(
        begriff,
        '<Begriff>FIT-Connect</Begriff> und <Begriff begriff="Zustellpunkt">Zustellpunkte</Begriff>\n',
        {},
        k,
      ),
    ).toEqual([]);
  });
});
