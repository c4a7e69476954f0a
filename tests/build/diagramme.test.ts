/**
 * Diagramme in der gebauten Website: Seiten mit Diagramm laden den
 * Diagramm-Code (und über ihn mermaid), alle anderen Seiten nichts davon. Der
 * Quelltext steht ohne JavaScript lesbar da, aber nicht im Suchindex.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { mermaidAngaben } from '../../src/lib/mermaid-quelle.ts';
import { MERMAID_EINSTIEG, MERMAID_ORDNER } from '../../src/config/mermaid-ort.ts';
import { DIST, htmlSeiten, pruefeDist, seite } from '../helpers/dist.ts';

beforeAll(pruefeDist);

/** JS-Dateien, auf die eine Datei per import, import() oder Vites Vorladeliste zeigt (Pfade relativ zu dist/). */
function verweise(datei: string): string[] {
  const text = readFileSync(join(DIST, datei), 'utf8');
  const ziele = new Set<string>();
  for (const [, pfad] of text.matchAll(/["'`]((?:\.{1,2}\/|\/)?[\w./-]+\.js)["'`]/g)) {
    const ziel = pfad!.startsWith('.') ? posix.join(dirname(datei), pfad!) : pfad!.replace(/^\//, '');
    if (existsSync(join(DIST, ziel))) ziele.add(ziel);
  }
  return [...ziele];
}

/** Alle Dateien, die von den Startdateien aus erreichbar sind (statisch und dynamisch). */
function huelle(start: Iterable<string>): Set<string> {
  const gesehen = new Set<string>();
  const offen = [...start];
  while (offen.length) {
    const datei = offen.pop()!;
    if (gesehen.has(datei)) continue;
    gesehen.add(datei);
    offen.push(...verweise(datei));
  }
  return gesehen;
}

/** JS, das eine Seite lädt: <script src>, modulepreload und Importe in eingebetteten Modulen. */
function seitenSkripte(dom: HTMLElement): string[] {
  const dateien = new Set<string>();
  const aufnehmen = (adresse: string | undefined) => {
    if (adresse?.startsWith('/') && adresse.endsWith('.js')) dateien.add(adresse.slice(1));
  };
  for (const s of dom.querySelectorAll('script[src]')) aufnehmen(s.getAttribute('src'));
  for (const l of dom.querySelectorAll('link[rel="modulepreload"]')) aufnehmen(l.getAttribute('href'));
  for (const s of dom.querySelectorAll('script:not([src])')) {
    for (const [, pfad] of s.text.matchAll(/["'](\/_astro\/[\w./-]+\.js)["']/g)) aufnehmen(pfad);
  }
  return [...dateien];
}

const seiten = () => htmlSeiten().map((pfad) => ({ pfad, dom: seite(pfad) }));
const mitDiagramm = () => seiten().filter(({ dom }) => dom.querySelector('figure[data-diagramm]'));
const ohneDiagramm = () => seiten().filter(({ dom }) => !dom.querySelector('figure[data-diagramm]'));
/** Ein Skript, das Mermaid nachladen kann: Es nennt die Einstiegsdatei unter dist/_mermaid/ (src/browser/mermaid-laden.ts). */
const laedtMermaid = (datei: string) => readFileSync(join(DIST, datei), 'utf8').includes(MERMAID_EINSTIEG);

/** Relative Importe eines ES-Moduls, statisch und dynamisch (so schreibt Mermaids Paket sie). */
const relativeImporte = (code: string) =>
  [...code.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)].map((t) => t[1]!);

describe('Diagramm-Code nur auf Seiten mit Diagrammen', () => {
  it('es gibt Seiten mit und ohne Diagramm (sonst beweisen die Tests nichts)', () => {
    expect(mitDiagramm().length).toBeGreaterThan(0);
    expect(ohneDiagramm().length).toBeGreaterThan(0);
  });

  it('jede Seite mit Diagramm lädt ein Skript, das mermaid nachladen kann', () => {
    for (const { pfad, dom } of mitDiagramm()) {
      const erreichbar = huelle(seitenSkripte(dom));
      expect([...erreichbar].some(laedtMermaid), `${pfad} kann mermaid nicht laden`).toBe(true);
    }
  });

  it('mermaid wird nachgeladen, nicht beim Seitenaufruf', () => {
    for (const { pfad, dom } of seiten()) {
      expect(dom.toString(), pfad).not.toContain(`/${MERMAID_ORDNER}/`);
    }
  });

  it('keine Seite ohne Diagramm lädt Diagramm-Code, weder direkt noch über Umwege', () => {
    // Diagramm-Code: die Einstiegsskripte der Diagrammseiten, die mermaid nachladen können, und was sie laden.
    const einstiege = mitDiagramm().flatMap(({ dom }) =>
      seitenSkripte(dom).filter((datei) => [...huelle([datei])].some(laedtMermaid)),
    );
    const diagrammCode = new Set([...huelle(einstiege)].filter(laedtMermaid));
    expect(diagrammCode.size).toBeGreaterThan(0);

    for (const { pfad, dom } of ohneDiagramm()) {
      const geladen = [...huelle(seitenSkripte(dom))].filter((datei) => diagrammCode.has(datei));
      expect(geladen, `${pfad} lädt Diagramm-Code`).toEqual([]);
      expect(dom.querySelector('.diagramm-dialog, [data-diagramm-bild]'), pfad).toBeNull();
    }
  });

  it('Mermaid liegt vollständig unter dist/_mermaid/<Version>/: jede Datei, die es nachlädt, ist da', () => {
    const versionen = readdirSync(join(DIST, MERMAID_ORDNER));
    expect(versionen).toHaveLength(1);
    const ordner = join(DIST, MERMAID_ORDNER, versionen[0]!);
    const gesehen = new Set<string>();
    const offen = [MERMAID_EINSTIEG];
    while (offen.length) {
      const datei = offen.pop()!;
      if (gesehen.has(datei)) continue;
      expect(existsSync(join(ordner, datei)), `${datei} fehlt`).toBe(true);
      gesehen.add(datei);
      for (const ziel of relativeImporte(readFileSync(join(ordner, datei), 'utf8'))) {
        offen.push(posix.join(posix.dirname(datei), ziel));
      }
    }
    // Der Einstieg lädt Dutzende Teile (ein Teil je Diagrammart); ohne sie zeichnete keine Art.
    expect(gesehen.size).toBeGreaterThan(50);
    const alle = readdirSync(ordner, { recursive: true, encoding: 'utf8' });
    expect(alle.filter((d) => d.endsWith('.map'))).toEqual([]);
  });
});

describe('Diagramme im HTML', () => {
  it('jedes Diagramm ist eine <figure> mit Titel und Beschreibung aus accTitle und accDescr', () => {
    for (const { pfad, dom } of mitDiagramm()) {
      for (const figur of dom.querySelectorAll('figure[data-diagramm]')) {
        const angaben = mermaidAngaben(figur.getAttribute('data-quelle') ?? '');
        const unterschrift = figur.querySelector('figcaption');
        expect(angaben.titel, `${pfad}: Diagramm ohne accTitle`).toBeTruthy();
        expect(unterschrift?.querySelector('.titel')?.text.trim(), pfad).toBe(angaben.titel);
        expect(unterschrift?.querySelector('.beschreibung')?.text.trim(), pfad).toBe(angaben.beschreibung);
      }
    }
  });

  it('ohne JavaScript steht der Quelltext beschriftet da, außerhalb des Suchindex', () => {
    for (const { pfad, dom } of mitDiagramm()) {
      for (const figur of dom.querySelectorAll('figure[data-diagramm]')) {
        const quelle = figur.getAttribute('data-quelle') ?? '';
        // Mit Skripten liest ein Parser <noscript> als Text; sein Inhalt wird deshalb eigens geparst.
        const ersatz = parse(figur.querySelector('[data-pagefind-ignore] > noscript')?.innerHTML ?? '', {
          blockTextElements: {},
        });
        const block = ersatz.querySelector('pre');
        expect(block?.text, `${pfad}: kein Quelltext für Leser ohne JavaScript`).toBe(quelle);
        const beschriftung = block?.getAttribute('aria-labelledby');
        expect(beschriftung && ersatz.querySelector(`#${beschriftung}`)?.text.trim(), pfad).toBeTruthy();
      }
    }
  });

  it('der Quelltext eines Diagramms taucht im durchsuchbaren Text nicht auf', () => {
    for (const { pfad, dom } of mitDiagramm()) {
      const kopie = dom.querySelector('body')!.clone() as HTMLElement;
      for (const ignoriert of kopie.querySelectorAll('[data-pagefind-ignore], script, style')) ignoriert.remove();
      const text = kopie.text;
      for (const figur of dom.querySelectorAll('figure[data-diagramm]')) {
        const zeilen = (figur.getAttribute('data-quelle') ?? '').split('\n').map((zeile) => zeile.trim());
        for (const zeile of zeilen.filter((z) => /accTitle|accDescr|-->|->>/.test(z))) {
          expect(text, `${pfad}: „${zeile}“ ist durchsuchbar`).not.toContain(zeile);
        }
      }
    }
  });

  it('Knöpfe erscheinen erst, wenn das Bild da ist (ohne JavaScript nutzen sie nichts)', () => {
    for (const { pfad, dom } of mitDiagramm()) {
      for (const aktionen of dom.querySelectorAll('[data-diagramm-aktionen]')) {
        expect(aktionen.hasAttribute('hidden'), pfad).toBe(true);
      }
    }
  });
});
