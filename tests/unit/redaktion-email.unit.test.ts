/** Die Adresse der Redaktion für Beiträge ohne Git: nur eine gültige Adresse zählt, sonst warnt der Build. */
import { expect, it } from 'vitest';
import { redaktionEmail } from '../../src/config/site.ts';
import { redaktionWarnung } from '../../src/integrations/redaktion-hinweis.ts';

it('nimmt eine Funktionsadresse an, keine Liste, keine Zusätze und keinen Platzhalter', () => {
  expect(redaktionEmail({ ATLAS_REDAKTION_EMAIL: ' redaktion@atlas.example ' })).toBe('redaktion@atlas.example');
  for (const falsch of [
    '',
    '[Funktionsadresse der Redaktion]',
    'a@b.example, c@d.example',
    'a@b.example?cc=x@y.example',
  ])
    expect(redaktionEmail({ ATLAS_REDAKTION_EMAIL: falsch }), falsch).toBeUndefined();
  expect(redaktionEmail({})).toBeUndefined();
});

it('der Build warnt, solange die Adresse fehlt oder ungültig ist, und schweigt, wenn sie stimmt', () => {
  expect(redaktionWarnung({})).toMatch(/ATLAS_REDAKTION_EMAIL ist nicht gesetzt.*Vorlage/);
  expect(redaktionWarnung({ ATLAS_REDAKTION_EMAIL: 'redaktion' })).toMatch(/keine gültige E-Mail-Adresse/);
  expect(redaktionWarnung({ ATLAS_REDAKTION_EMAIL: 'redaktion@atlas.example' })).toBeUndefined();
});
