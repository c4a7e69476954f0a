import { describe, expect, it } from 'vitest';
import { schreibeUm, zieleImDossier } from '../../src/lib/dossier-html.ts';

describe('schreibeUm', () => {
  it('versieht IDs und Verweise darauf mit dem Präfix', () => {
    const html =
      '<h2 id="ausgangslage">Ausgangslage</h2><a href="#ausgangslage">hoch</a>' +
      '<section aria-labelledby="quellen-titel"><h2 id="quellen-titel">Quellen</h2></section>' +
      '<a aria-describedby="tipp-1 tipp-2" href="/glossar/#efa">EfA</a><label for="feld">F</label>';
    expect(schreibeUm(html, { praefix: 'dossier-technisch' })).toBe(
      '<h2 id="dossier-technisch--ausgangslage">Ausgangslage</h2><a href="#dossier-technisch--ausgangslage">hoch</a>' +
        '<section aria-labelledby="dossier-technisch--quellen-titel"><h2 id="dossier-technisch--quellen-titel">Quellen</h2></section>' +
        '<a aria-describedby="dossier-technisch--tipp-1 dossier-technisch--tipp-2" href="/glossar/#efa">EfA</a><label for="dossier-technisch--feld">F</label>',
    );
  });

  it('setzt Überschriften tiefer, höchstens bis h6', () => {
    expect(schreibeUm('<h2 class="x">A</h2><h3>B</h3><h6>C</h6>', { praefix: 'p', ebenen: 1 })).toBe(
      '<h3 class="x">A</h3><h4>B</h4><h6>C</h6>',
    );
  });

  it('lässt Skripte, Stile und Text unberührt', () => {
    const html = '<script>if (a<b && id="x") {}</script><style>#x{}</style><p>id="y" &lt;h2&gt;</p>';
    expect(schreibeUm(html, { praefix: 'p', ebenen: 1 })).toBe(html);
  });

  it('lenkt Links auf Dokumente im Dossier in die Seite', () => {
    const ziel = zieleImDossier(new Map([['/leistungen/w/technisch/', 'dossier-technisch']]));
    const html =
      '<a href="/leistungen/w/technisch/">T</a><a href="/leistungen/w/technisch/#schnittstellen">S</a>' +
      '<a href="/leistungen/w/">Hub</a><a href="https://example.org/">Extern</a>';
    expect(schreibeUm(html, { praefix: 'p', ziel })).toBe(
      '<a href="#dossier-technisch">T</a><a href="#dossier-technisch--schnittstellen">S</a>' +
        '<a href="/leistungen/w/">Hub</a><a href="https://example.org/">Extern</a>',
    );
  });

  it('behält Attribute ohne Wert und selbstschließende Tags', () => {
    expect(schreibeUm('<input id="a" disabled /><br>', { praefix: 'p' })).toBe('<input id="p--a" disabled /><br>');
  });
});
