// @ts-check
/**
 * html-validate für die gebaute Website (tests/build/html-valide.test.ts prüft
 * jede Seite in dist/). Jede abgeschaltete oder gelockerte Regel sagt, warum.
 */
import { defineConfig } from 'html-validate';

export default defineConfig({
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // Beides ist gültiges HTML: Astro lässt das „/“ an leeren Elementen weg, der
    // Markdown-Prozessor schreibt Kästchen von Aufgabenlisten als <input … />.
    // Eine Stilfrage, die Inhalte nicht beeinflussen sollen.
    'void-style': 'off',
    // Titel entstehen aus dem Titel des Beitrags und dem Namen der Website; lange,
    // genaue Titel helfen bei vielen offenen Tabs mehr als eine Kürzung für
    // Suchmaschinen (WCAG 2.4.2 verlangt beschreibende, nicht kurze Titel).
    'long-title': 'off',
  },
});
