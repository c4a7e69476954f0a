/**
 * Gültiges HTML: html-validate prüft jede Seite in dist/ mit der Einstellung
 * aus .htmlvalidate.mjs (dort steht zu jeder abgeschalteten Regel, warum).
 * Eine Seite mit bekannten Fehlern zeigt, dass die Prüfung anschlägt.
 */
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlSeiten, pruefeDist } from '../helpers/dist.ts';

const pruefer = new HtmlValidate(new FileSystemConfigLoader());
const KAPUTT = join(import.meta.dirname, '..', 'fixtures', 'pruefsteine', 'kaputt.html');

/** Befunde einer Datei als lesbare Zeilen: „datei:zeile:spalte regel: meldung“. */
async function befunde(datei: string, name = datei): Promise<string[]> {
  const bericht = await pruefer.validateFile(datei);
  return bericht.results.flatMap((ergebnis) =>
    ergebnis.messages.map((m: Message) => `${name}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
  );
}

describe('gültiges HTML (html-validate)', () => {
  beforeAll(pruefeDist);

  it('jede Seite in dist/ ist ohne Fehler', async () => {
    const seiten = htmlSeiten();
    expect(seiten.length).toBeGreaterThan(50);
    const alle = (await Promise.all(seiten.map((s) => befunde(join(DIST, s), s)))).flat();
    expect(alle, `Fehler im HTML:\n${alle.join('\n')}`).toEqual([]);
  });

  it('findet die Fehler der Fixture-Seite (die Prüfung kann scheitern)', async () => {
    const regeln = (await befunde(KAPUTT)).map((zeile) => zeile.split(' ')[1]);
    expect(regeln).toEqual(expect.arrayContaining(['no-dup-id:', 'element-permitted-content:', 'wcag/h37:']));
  });
});
