/**
 * Text für HTML: die fünf Zeichen, die Markup beginnen oder einen
 * Attributwert beenden, als Entität. Für Text in Elementen und in Attributen
 * in doppelten oder einfachen Anführungszeichen.
 */
const HTML_ZEICHEN: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function maskiereHtml(text: string): string {
  return text.replace(/[&<>"']/g, (z) => HTML_ZEICHEN[z]!);
}
