/**
 * Content-Security-Policy (CSP) der Website an einem Ort: astro.config.mjs
 * übergibt sie an Astros `security.csp`, die Tests prüfen gegen sie, und die
 * Kopfzeilen für einen eigenen Server (README) stehen daneben.
 *
 * Astro schreibt die Richtlinie als <meta http-equiv="content-security-policy">
 * in jede Seite und ergänzt `script-src` um die Hashes der Skripte, die es selbst
 * gebündelt hat. Skripte, die nicht aus dem Code der Website stammen (etwa ein
 * <script>, das an der Inhaltsprüfung vorbei in einen Beitrag geriete), haben
 * keinen Hash und laufen nicht. Skripte mit `is:inline` hasht Astro nicht; sie
 * melden ihren Hash selbst mit `Astro.csp.insertScriptHash(skriptHash(…))`.
 */
import { createHash } from 'node:crypto';

/** Weitere Direktiven; `script-src` und `style-src` setzt Astro aus den Quellen unten. */
export const CSP_DIREKTIVEN = [
  // Alles nur vom eigenen Server: keine Schriften, Bilder oder Daten von Dritten.
  "default-src 'self'",
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * Skripte: nur vom eigenen Server und mit Hash, kein 'unsafe-inline', kein
 * 'unsafe-eval'. 'wasm-unsafe-eval' erlaubt nur, WebAssembly zu übersetzen:
 * Pagefind durchsucht den Index mit einem WebAssembly-Modul vom eigenen Server.
 * Es erlaubt weder eval() noch new Function() (dafür stünde 'unsafe-eval').
 */
export const SKRIPT_QUELLEN = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * Stile: 'unsafe-inline' ist nötig und hier vertretbar. Mermaid setzt beim
 * Zeichnen ein <style> in jedes SVG, die Diagramm-Komponente gibt ihre Maße
 * als style-Attribut mit, und Astro schreibt kleine Stylesheets inline. Stile
 * können kein Skript ausführen; das Schlimmste, was ein eingeschleuster Stil
 * könnte (Inhalte verstecken oder verschieben), verhindert schon die
 * Inhaltsprüfung, die style-Attribute und <style> in Beiträgen verbietet.
 * Mit 'unsafe-inline' lässt Astro die Hashes der Stile weg (mit Hashes würde
 * der Browser 'unsafe-inline' ignorieren und Mermaids Stile blockieren).
 */
export const STIL_QUELLEN = ["'self'", "'unsafe-inline'"] as const;

/**
 * Kopfzeilen, die ein eigener Server zusätzlich senden sollte (README, Abschnitt
 * „Sicherheits-Kopfzeilen“); der Testserver der Browsertests sendet sie auch.
 * `frame-ancestors` wirkt nur als Kopfzeile, nicht im <meta>. Zwei Richtlinien
 * (Kopfzeile und <meta>) gelten beide: Erlaubt ist nur, was beide erlauben.
 */
export const SERVER_KOPFZEILEN = {
  'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Strict-Transport-Security': 'max-age=31536000',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const;

/** CSP-Hash eines Inline-Skripts über seinen Text, so wie er im HTML steht: 'sha256-…' ohne Anführungszeichen. */
export function skriptHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
