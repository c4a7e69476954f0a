/**
 * Druck eines Dossiers im echten Browser (Chromium): Navigation und Knöpfe
 * verschwinden, Diagramme sind gezeichnet, jedes Dokument beginnt auf einer
 * neuen Seite, „Als PDF speichern“ öffnet den Druckdialog.
 */
import { expect, it } from 'vitest';
import { pruefeInhaltsordner } from '../../src/pruefung/node/index.ts';
import { url } from '../../src/modell/urls.ts';
import { dateiFuer, seite } from '../helpers/dist.ts';
import { browserTests } from '../helpers/browser.ts';

/** Die Leistung, deren Konzeptdokumente die meisten Diagramme haben: der härteste Fall für den Druck. */
const { eintraege } = await pruefeInhaltsordner('content');

function leistungMitDiagrammen(): { id: string; fences: number; dokumente: number } {
  const leistungen = eintraege
    .filter((e) => e.sammlung === 'leistungen')
    .map((l) => {
      const teile = eintraege.filter((e) => e === l || (e.sammlung === 'konzepte' && e.id.startsWith(`${l.id}/`)));
      const fences = teile.reduce((n, e) => n + (e.text?.match(/^```mermaid/gm)?.length ?? 0), 0);
      return { id: l.id, fences, dokumente: teile.length };
    });
  return leistungen.sort((a, b) => b.fences - a.fences)[0]!;
}

browserTests('Dossier im Druck', (umgebung) => {
  const leistung = leistungMitDiagrammen();
  const adresse = url.dossier(leistung.id);
  // Die Diagramm-Komponente kommt aus dem Zweig mermaid; ohne sie bleibt ein Codeblock stehen.
  const mitDiagrammKomponente = () => {
    const datei = dateiFuer(adresse);
    // Ohne dist/ nicht überspringen: dann scheitert beforeAll mit der Anleitung zum Bauen.
    return datei ? seite(datei).querySelectorAll('figure[data-diagramm]').length > 0 : true;
  };

  it('blendet Navigation, Brotkrumen, Fuß und Druckknopf aus und bricht vor jedem Dokument um', async () => {
    const kontext = await umgebung().kontext();
    const page = await kontext.newPage();
    await page.goto(adresse);
    await expect.poll(() => page.locator('button[data-drucken]').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    for (const auswahl of [
      'header.kopf',
      'nav.brotkrumen',
      'footer.fuss',
      'button[data-drucken]',
      '#hauptnavigation',
    ]) {
      expect(await page.locator(auswahl).first().isVisible(), auswahl).toBe(false);
    }
    const umbrueche = await page
      .locator('[data-dossier-dokument]')
      .evaluateAll((abschnitte) => abschnitte.map((a) => getComputedStyle(a).breakBefore));
    expect(umbrueche).toHaveLength(leistung.dokumente);
    expect(umbrueche.every((u) => u === 'page')).toBe(true);
    expect(await page.locator('.titelseite').evaluate((t) => getComputedStyle(t).breakAfter)).toBe('page');
    // Im PDF: Titelseite, Inhaltsverzeichnis und mindestens eine Seite je Dokument.
    const pdf = await page.pdf({ format: 'A4' });
    const seiten = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    expect(seiten).toBeGreaterThanOrEqual(leistung.dokumente + 2);
    await kontext.close();
  });

  it.skipIf(!mitDiagrammKomponente())('zeichnet jedes Diagramm, auch im Druck sichtbar', async () => {
    expect(leistung.fences).toBeGreaterThan(0);
    const kontext = await umgebung().kontext();
    const page = await kontext.newPage();
    await page.goto(adresse);
    const figuren = page.locator('figure[data-diagramm]');
    expect(await figuren.count()).toBe(leistung.fences);
    for (const figur of await figuren.all()) {
      await figur.scrollIntoViewIfNeeded();
      await expect.poll(() => figur.getAttribute('data-zustand'), { timeout: 30_000 }).toBe('fertig');
    }
    await page.emulateMedia({ media: 'print' });
    const groessen = await figuren.evaluateAll((alle) =>
      alle.map((f) => f.querySelector('svg')?.getBoundingClientRect().height ?? 0),
    );
    expect(groessen.every((h) => h > 20)).toBe(true);
    await kontext.close();
  });

  it('„Als PDF speichern“ öffnet den Druckdialog', async () => {
    const kontext = await umgebung().kontext();
    const page = await kontext.newPage();
    await page.addInitScript(() => {
      window.print = () => {
        document.documentElement.dataset.gedruckt = 'ja';
      };
    });
    await page.goto(adresse);
    await page.getByRole('button', { name: 'Als PDF speichern' }).click();
    // Der Knopf wartet, bis alle Diagramme gezeichnet sind (druck-sofort.browser.test.ts), dann druckt er.
    await expect.poll(() => page.locator('html').getAttribute('data-gedruckt'), { timeout: 30_000 }).toBe('ja');
    await kontext.close();
  });
});
