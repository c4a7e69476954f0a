/**
 * Prüft eine Datei, bevor die übrigen gelesen sind, und hält fest, was sie
 * dabei über die anderen wissen wollte. So braucht die Prüfung nie alle
 * Syntaxbäume zugleich im Speicher (jeder Baum ist nach seiner Datei frei),
 * und ein unverändertes Ergebnis lässt sich aus dem Zwischenspeicher
 * (cache.ts) wiederverwenden: Es gilt genau dann, wenn jede aufgezeichnete
 * Frage heute dieselbe Antwort bekommt.
 *
 * Der vorläufige Kontext antwortet „ja“ (die Seite gibt es, der Anker und der
 * Begriff auch). Stimmt eine dieser Antworten mit dem echten Kontext nicht
 * überein oder fragt eine Regel etwas, das sich nicht aufzeichnen lässt (alle
 * Adressen, die Zahl der Anker), wird die Datei mit dem echten Kontext neu
 * geprüft. Keine Regel wird dadurch übersprungen oder abgeschwächt: Das
 * Ergebnis ist in jedem Fall das, das der echte Kontext ergäbe.
 */
import type { MdxKontext } from './mdx.ts';

/** Eine aufgezeichnete Frage mit der Antwort, die der vorläufige Kontext gab. */
export type Abfrage =
  | { art: 'seite'; pfad: string }
  | { art: 'anker'; pfad: string; anker: string }
  | { art: 'begriff'; schluessel: string }
  | { art: 'funktion'; name: string; argumente: unknown[]; ergebnis: unknown };

/** Die Teile des Kontexts, die nicht von anderen Dateien abhängen. */
export type FesterKontext = Omit<MdxKontext, 'ziele' | 'glossar'>;

const leer: ReadonlySet<string> = new Set();

/** Ein Kontext, der Fragen nach anderen Seiten mit „ja“ beantwortet und sie aufzeichnet. */
export function vorlaeufigerKontext(fest: FesterKontext): {
  kontext: MdxKontext;
  /** Die Fragen, oder undefined, wenn eine Regel etwas Unaufzeichenbares gefragt hat. */
  abfragen(): Abfrage[] | undefined;
} {
  const abfragen: Abfrage[] = [];
  let aufzeichenbar = true;
  const unaufzeichenbar = () => {
    aufzeichenbar = false;
  };

  const ankerVon = (pfad: string): ReadonlySet<string> =>
    new Proxy(leer, {
      get(ziel, name) {
        if (name === 'has') {
          return (anker: string) => {
            abfragen.push({ art: 'anker', pfad, anker });
            return true;
          };
        }
        unaufzeichenbar();
        const wert = Reflect.get(ziel, name, ziel) as unknown;
        return typeof wert === 'function' ? (wert as (...a: unknown[]) => unknown).bind(ziel) : wert;
      },
    });

  const ziele = new Proxy(new Map<string, ReadonlySet<string>>(), {
    get(ziel, name) {
      if (name === 'get') {
        return (pfad: string) => {
          abfragen.push({ art: 'seite', pfad });
          return ankerVon(pfad);
        };
      }
      if (name === 'has') {
        return (pfad: string) => {
          abfragen.push({ art: 'seite', pfad });
          return true;
        };
      }
      unaufzeichenbar();
      const wert = Reflect.get(ziel, name, ziel) as unknown;
      return typeof wert === 'function' ? (wert as (...a: unknown[]) => unknown).bind(ziel) : wert;
    },
  });

  const glossar = new Proxy(new Map<string, string>(), {
    get(ziel, name) {
      if (name === 'has') {
        return (schluessel: string) => {
          abfragen.push({ art: 'begriff', schluessel });
          return true;
        };
      }
      unaufzeichenbar();
      const wert = Reflect.get(ziel, name, ziel) as unknown;
      return typeof wert === 'function' ? (wert as (...a: unknown[]) => unknown).bind(ziel) : wert;
    },
  });

  // Funktionen des Kontexts (z. B. adresseVonDatei) laufen echt; ihr Ergebnis wird mit aufgezeichnet.
  const kontext = { ...fest, ziele, glossar } as MdxKontext;
  for (const [name, wert] of Object.entries(fest)) {
    if (typeof wert !== 'function') continue;
    (kontext as unknown as Record<string, unknown>)[name] = (...argumente: unknown[]) => {
      const ergebnis = (wert as (...a: unknown[]) => unknown).apply(fest, argumente);
      abfragen.push({ art: 'funktion', name, argumente, ergebnis });
      return ergebnis;
    };
  }
  return { kontext, abfragen: () => (aufzeichenbar ? [...abfragen] : undefined) };
}

/** Bekommt jede Frage vom echten Kontext dieselbe Antwort wie vom vorläufigen? */
export function giltNoch(abfragen: readonly Abfrage[], kontext: MdxKontext): boolean {
  return abfragen.every((a) => {
    switch (a.art) {
      case 'seite':
        return kontext.ziele.has(a.pfad);
      case 'anker':
        return kontext.ziele.get(a.pfad)?.has(a.anker) === true;
      case 'begriff':
        return kontext.glossar.has(a.schluessel);
      case 'funktion': {
        const funktion = (kontext as unknown as Record<string, unknown>)[a.name];
        if (typeof funktion !== 'function') return false;
        return JSON.stringify(funktion.apply(kontext, a.argumente)) === JSON.stringify(a.ergebnis);
      }
    }
  });
}
