/**
 * Kodierung und Zeichen einer Inhaltsdatei, bevor irgendein Leser sie sieht.
 * Prüfung (remark, yaml) und Build (Sätteri, Astro) müssen dieselben Zeilen
 * und Zeichen sehen: Eine Datei in Latin-1 zeigte auf der Website
 * Ersatzzeichen, ein NUL-Byte käme roh ins HTML, und Zeilenenden nur mit CR
 * (altes Mac-Format) zählen die Leser verschieden (Issue 20). Rein, ohne
 * node:fs: Der Rand liest die Bytes.
 */
/** Der Text einer Datei und, falls sie kein gültiges UTF-8 ist, das erste ersetzte Zeichen. */
export interface GelesenerText {
  text: string;
  /** Index im Text, an dem das erste ungültige Byte ersetzt wurde. */
  ungueltigAb?: number;
}

/** Liest Bytes als UTF-8 und merkt sich, ob dabei etwas ersetzt werden musste. */
export function leseUtf8(bytes: Uint8Array): GelesenerText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    return { text, ungueltigAb: Math.max(0, text.indexOf('\uFFFD')) };
  }
}
