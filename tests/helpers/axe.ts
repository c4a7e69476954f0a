/**
 * axe-core im Browser: spielt den Quelltext aus node_modules in eine Seite ein
 * (über die DevTools, an der Content-Security-Policy vorbei, die ein
 * eingespieltes <script> zu Recht blockieren würde) und prüft sie gegen die
 * Regeln für WCAG 2.0, 2.1 und 2.2 in den Stufen A und AA. Meldungen auf Deutsch.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import axe from 'axe-core';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const DEUTSCH = readFileSync(require.resolve('axe-core/locales/de.json'), 'utf8');

/**
 * Die Regelsätze, auf die BITV 2.0 / EN 301 549 verweisen (WCAG 2.1 AA), dazu
 * die neuen AA-Regeln aus WCAG 2.2. Außerdem axes „best-practice“: Regeln zu
 * Landmarken (eindeutig benannt, genau ein <main>), Überschriftenfolge und
 * Sprunglink, die keine WCAG-Kriterien sind, aber 1.3.1 und 2.4.1 stützen.
 * Die Website besteht sie; so bleibt es.
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] as const;

/**
 * Abgeschaltete Regeln, jede mit Grund. Leer heißt: Alles, was axe für diese
 * Stufen prüft, muss bestehen.
 */
export const AXE_AUSNAHMEN: Record<string, string> = {};

/** Ein Verstoß, so aufbereitet, dass die Meldung im Test ohne Nachschlagen verständlich ist. */
export interface AxeBefund {
  regel: string;
  wirkung: string;
  hilfe: string;
  /** Was zu tun ist (Zusammenfassung von axe für die erste Stelle). */
  abhilfe: string;
  /** CSS-Selektoren der betroffenen Elemente. */
  stellen: string[];
}

/** Prüft die Seite im aktuellen Zustand und gibt alle Verstöße zurück. */
export async function axePruefen(page: Page): Promise<AxeBefund[]> {
  const geladen = await page.evaluate(() => 'axe' in window);
  if (!geladen) {
    await page.evaluate(axe.source);
    await page.evaluate((locale) => window.axe.configure({ locale: JSON.parse(locale) }), DEUTSCH);
  }
  return page.evaluate(
    async ({ tags, aus }) => {
      const ergebnis = await window.axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules: Object.fromEntries(aus.map((regel) => [regel, { enabled: false }])),
        resultTypes: ['violations'],
      });
      return ergebnis.violations.map((v) => ({
        regel: v.id,
        wirkung: v.impact ?? '',
        hilfe: v.help,
        abhilfe: (v.nodes[0]?.failureSummary ?? '').replace(/\s+/g, ' '),
        stellen: v.nodes.map((n) => n.target.join(' ')),
      }));
    },
    { tags: [...AXE_TAGS], aus: Object.keys(AXE_AUSNAHMEN) },
  );
}

/** Höchstens so viele Stellen je Befund in der Meldung; der Rest wird gezählt. */
const STELLEN = 5;

/** Befunde als lesbarer Text für die Fehlermeldung eines Tests. */
export function befundText(adresse: string, befunde: AxeBefund[]): string {
  return befunde
    .map((b) => {
      const stellen = b.stellen.slice(0, STELLEN).map((s) => `    ${s}`);
      if (b.stellen.length > STELLEN) stellen.push(`    … und ${b.stellen.length - STELLEN} weitere`);
      return `${adresse} [${b.regel}, ${b.wirkung}] ${b.hilfe}\n    ${b.abhilfe}\n${stellen.join('\n')}`;
    })
    .join('\n');
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}
