/** Regel „kodierung“ (src/pruefung/regeln/kodierung.ts): nur UTF-8, keine Steuerzeichen, kein CR allein. */
import { describe, expect, it } from 'vitest';
import { leseUtf8 } from '../../../src/pruefung/kern/zeichen.ts';
import { pruefeZeichen } from '../../../src/pruefung/regeln/kodierung.ts';

const pruefe = (bytes: Uint8Array) => pruefeZeichen('content/x.mdx', leseUtf8(bytes));

describe('kodierung', () => {
  it('meldet Latin-1 mit Zeile und Spalte', () => {
    const befunde = pruefe(Uint8Array.from([0x61, 0x0a, 0x62, 0xe4]));
    expect(befunde).toMatchObject([{ regel: 'kodierung', zeile: 2, spalte: 2 }]);
  });
  it('meldet ein NUL-Byte und Zeilenenden nur aus CR', () => {
    expect(pruefe(new TextEncoder().encode('a\u0000b')).map((b) => b.regel)).toEqual(['kodierung']);
    expect(pruefe(new TextEncoder().encode('a\rb')).map((b) => b.regel)).toEqual(['kodierung']);
  });
  it('nimmt UTF-8 mit Umlauten und CRLF an', () => {
    expect(pruefe(new TextEncoder().encode('Größe\r\nÄnderung\n'))).toEqual([]);
  });
});
