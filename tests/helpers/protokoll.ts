/**
 * Protokoll eines Browser-Kontexts für die Prüfsteine Datenschutz und
 * Sicherheit: jede Anfrage (Anfragen an fremde Server werden festgehalten und
 * abgebrochen, verlassen den Rechner also nie), jeder Verstoß gegen die
 * Content-Security-Policy (Ereignis `securitypolicyviolation` und Meldung in
 * der Konsole), jeder Skriptfehler; dazu, was die Website im Browser speichert.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface Protokoll {
  /** Jede angefragte Adresse (http, https, ws), in der Reihenfolge der Anfragen. */
  anfragen: string[];
  /** Anfragen an einen anderen Ursprung als die Website (abgebrochen). */
  fremd: string[];
  /** CSP-Verstöße: „Direktive blockiert (Quelle)“. */
  csp: string[];
  /** Skriptfehler und Fehlermeldungen in der Konsole. */
  fehler: string[];
}

/** Beginnt das Protokoll für alle Seiten des Kontexts; `basis` ist der Ursprung der Website. */
export async function protokolliere(kontext: BrowserContext, basis: string): Promise<Protokoll> {
  const ursprung = new URL(basis).origin;
  const protokoll: Protokoll = { anfragen: [], fremd: [], csp: [], fehler: [] };

  await kontext.route('**/*', async (route) => {
    const adresse = route.request().url();
    if (!/^(https?|wss?):/.test(adresse)) return route.fallback();
    protokoll.anfragen.push(adresse);
    if (new URL(adresse).origin === ursprung) return route.fallback();
    protokoll.fremd.push(adresse);
    return route.abort('blockedbyclient');
  });

  // Die Bindung läuft über die DevTools und unterliegt selbst keiner CSP.
  await kontext.exposeBinding('__meldeCspVerstoss', (_quelle, text: string) => {
    protokoll.csp.push(text);
  });
  await kontext.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const melde = (window as unknown as { __meldeCspVerstoss: (text: string) => void }).__meldeCspVerstoss;
        void melde(`${e.effectiveDirective} blockiert ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
      },
      true,
    );
  });

  kontext.on('console', (meldung) => {
    if (meldung.type() !== 'error' && !/Content Security Policy/i.test(meldung.text())) return;
    const ort = meldung.page()?.url() ?? '';
    // Abgebrochene fremde Anfragen stehen schon in `fremd`; ihre Netzfehlermeldung wäre doppelt.
    if (/ERR_BLOCKED_BY_CLIENT/.test(meldung.text())) return;
    (/Content Security Policy/i.test(meldung.text()) ? protokoll.csp : protokoll.fehler).push(
      `${ort}: ${meldung.text()}`,
    );
  });
  kontext.on('weberror', (fehler) => protokoll.fehler.push(`${fehler.page()?.url() ?? ''}: ${fehler.error().message}`));
  return protokoll;
}

/** Was die Website im Browser abgelegt hat (Cookies kommen aus dem Kontext, nicht aus der Seite). */
export interface Gespeichert {
  cookies: string[];
  localStorage: Record<string, string>;
  sessionStorage: Record<string, string>;
  indexedDB: string[];
  cacheStorage: string[];
  serviceWorker: number;
}

/** Liest alles, was eine Website im Browser speichern kann, für den Ursprung der Seite. */
export async function gespeichert(page: Page): Promise<Gespeichert> {
  const cookies = (await page.context().cookies()).map((c) => `${c.domain} ${c.name}`);
  const imBrowser = await page.evaluate(async () => {
    const alles = (speicher: Storage) => Object.fromEntries(Object.entries(speicher));
    return {
      localStorage: alles(localStorage),
      sessionStorage: alles(sessionStorage),
      indexedDB: (await indexedDB.databases()).map((d) => d.name ?? ''),
      cacheStorage: 'caches' in window ? await caches.keys() : [],
      serviceWorker: (await navigator.serviceWorker?.getRegistrations())?.length ?? 0,
    };
  });
  return { cookies, ...imBrowser };
}
