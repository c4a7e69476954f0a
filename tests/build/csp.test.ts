/**
 * Content-Security-Policy in der gebauten Website: jede Seite trägt sie als
 * <meta>, Skripte nur vom eigenen Server oder mit Hash (kein 'unsafe-inline',
 * kein 'unsafe-eval'), und jedes Inline-Skript der Seite hat seinen Hash in
 * der Richtlinie. Dass der Browser sie auch durchsetzt, zeigen
 * tests/browser/datenschutz-sicherheit.browser.test.ts und
 * tests/browser/pruefsteine-scheitern.browser.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { skriptHash } from '../../src/lib/csp.ts';
import { htmlSeiten, pruefeDist, seite } from '../helpers/dist.ts';

/** Die Richtlinie einer Seite als Direktive → Quellen. */
function richtlinie(datei: string): Map<string, string[]> {
  const metas = seite(datei).querySelectorAll('meta[http-equiv="content-security-policy"]');
  expect(metas, `${datei}: genau eine CSP`).toHaveLength(1);
  return new Map(
    (metas[0]!.getAttribute('content') ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((teile) => teile[0])
      .map(([name, ...quellen]) => [name!, quellen]),
  );
}

/** Inline-Skripte, die der Browser ausführt (keine Datenblöcke wie application/json). */
function inlineSkripte(datei: string): string[] {
  return seite(datei)
    .querySelectorAll('script:not([src])')
    .filter((s) => ['', 'module', 'text/javascript'].includes(s.getAttribute('type') ?? ''))
    .map((s) => s.rawText);
}

describe('Content-Security-Policy in jeder Seite', () => {
  beforeAll(pruefeDist);
  const seiten = htmlSeiten();

  it('Skripte nur vom eigenen Server oder mit Hash; WebAssembly ja, eval nein', () => {
    for (const datei of seiten) {
      const csp = richtlinie(datei);
      const skripte = csp.get('script-src') ?? [];
      expect(skripte, datei).toContain("'self'");
      expect(skripte, datei).not.toContain("'unsafe-inline'");
      expect(skripte, datei).not.toContain("'unsafe-eval'");
      expect(
        skripte.filter((q) => !q.startsWith("'sha256-")),
        datei,
      ).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(csp.get('default-src'), datei).toEqual(["'self'"]);
      expect(csp.get('object-src'), datei).toEqual(["'none'"]);
      expect(csp.get('base-uri'), datei).toEqual(["'self'"]);
      // frame-ancestors gilt nur als Kopfzeile; im <meta> ignoriert der Browser es mit einer Warnung.
      expect(csp.has('frame-ancestors'), datei).toBe(false);
    }
  });

  it('jedes Inline-Skript hat seinen Hash in der Richtlinie seiner Seite', () => {
    let geprueft = 0;
    for (const datei of seiten) {
      const erlaubt = richtlinie(datei).get('script-src') ?? [];
      for (const text of inlineSkripte(datei)) {
        expect(erlaubt, `${datei}: Inline-Skript „${text.slice(0, 60)}…“`).toContain(`'${skriptHash(text)}'`);
        geprueft++;
      }
    }
    expect(geprueft).toBeGreaterThan(seiten.length);
  });

  it("Stile: 'unsafe-inline' ohne Hashes (mit Hash ignorierte der Browser 'unsafe-inline' und blockierte Mermaids Stile)", () => {
    for (const datei of seiten) {
      expect(richtlinie(datei).get('style-src'), datei).toEqual(["'self'", "'unsafe-inline'"]);
    }
  });

  it('skriptHash rechnet SHA-256 in Base64 wie die CSP (Testvektor des leeren Texts)', () => {
    expect(skriptHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });
});
