/** Adressen mit Tricks: Browser führen „ JaVa\tScript:“ aus; die Prüfung muss sie ebenso lesen. */
import { describe, expect, it } from 'vitest';
import { gefaehrlichesSchema, schemaVon } from '../../src/pruefung/kern/url.ts';

describe('gefaehrlichesSchema', () => {
  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['JaVaScRiPt:alert(1)', 'javascript'],
    ['  javascript:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['java\nscript:alert(1)', 'javascript'],
    ['\u0000javascript:alert(1)', 'javascript'],
    ['&#106;avascript:alert(1)', 'javascript'],
    ['&#x6A;avascript:alert(1)', 'javascript'],
    ['javascript&colon;alert(1)', 'javascript'],
    ['java&Tab;script:alert(1)', 'javascript'],
    ['%6Aavascript:alert(1)', 'javascript'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'data'],
    ['DATA:image/svg+xml,<svg onload=alert(1)>', 'data'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['VBScript:msgbox(1)', 'vbscript'],
  ])('%j → %s', (adresse, erwartet) => {
    expect(gefaehrlichesSchema(adresse)).toBe(erwartet);
  });

  it.each([
    'https://example.org/javascript:',
    '/leistungen/wohngeld/',
    './bild.png',
    'mailto:a@b.example',
    '#data:x',
    'datenschutz/',
  ])('%j ist harmlos', (adresse) => {
    expect(gefaehrlichesSchema(adresse)).toBeUndefined();
  });
});

describe('schemaVon', () => {
  it('erkennt Schemata und Pfade', () => {
    expect(schemaVon('HTTPS://example.org')).toBe('https');
    expect(schemaVon('tel:+49361')).toBe('tel');
    expect(schemaVon('/glossar/#fit-connect')).toBeUndefined();
    expect(schemaVon('../technisch/')).toBeUndefined();
  });
});
