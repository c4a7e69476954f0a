/**
 * Rundweg durch den Beitragseditor in Chromium (Ablauf in editor/rundweg.ts):
 * „Im Editor bearbeiten“ auf der gebauten Seite eines Beitrags, „Datei
 * öffnen“, „Dateitext einfügen“ und eine ganze Datei, eingefügt in ein
 * Textfeld. Jedes Mal steht die Datei unverändert da, ohne Befund vor der
 * ersten Eingabe; keine Anfrage an Dritte, kein CSP-Verstoß, kein Skriptfehler.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { axePruefen, befundText } from '../helpers/axe.ts';
import { browserTests } from '../helpers/browser.ts';
import { protokolliere } from '../helpers/protokoll.ts';
import {
  dateiOeffnen,
  einfuegen,
  imEditorBearbeiten,
  playwrightBedienung,
  type RundwegBedienung,
} from './editor/rundweg.ts';

browserTests('Beitragseditor in Chromium: Dateien öffnen, unverändert zurück', (umgebung) => {
  async function mitSeite(ablauf: (b: RundwegBedienung, page: Page) => Promise<void>): Promise<void> {
    const kontext = await umgebung().kontext();
    const protokoll = await protokolliere(kontext, umgebung().basis);
    try {
      const page = await kontext.newPage();
      await ablauf(playwrightBedienung(page), page);
      expect(protokoll.fremd, 'Anfragen an fremde Server').toEqual([]);
      expect(protokoll.csp, 'CSP-Verstöße').toEqual([]);
      expect(protokoll.fehler, 'Fehler im Browser').toEqual([]);
    } finally {
      await kontext.close();
    }
  }

  it(
    '„Im Editor bearbeiten“ öffnet die Datei der Seite, ohne Befund und ohne „gibt es schon“',
    { timeout: 120_000 },
    () =>
      mitSeite(async (b, page) => {
        await imEditorBearbeiten(b, 'musterstadt/umsetzung-wohngeld');
        // Geöffnet, mit Hinweisen und dem Feld „Text vor dem ersten Abschnitt“: ohne Verstoß gegen die Barrierefreiheit.
        const axe = await axePruefen(page);
        expect(axe, befundText('/mitwirken/beitrag/?datei=…', axe)).toEqual([]);
      }),
  );

  it('„Datei öffnen“ übernimmt eine Datei von der Festplatte unverändert', { timeout: 120_000 }, () =>
    mitSeite((b) => dateiOeffnen(b, 'beispieltal/routing-ueber-ars')),
  );

  it(
    '„Dateitext einfügen“ und eine ganze Datei im Textfeld; vor dem Ersetzen fragt die Seite',
    { timeout: 120_000 },
    () =>
      mitSeite((b) =>
        einfuegen(b, 'exempelbach/ohne-eigene-it', 'landkreis-musterland/prozessmodell-unterhaltsvorschuss'),
      ),
  );
});
