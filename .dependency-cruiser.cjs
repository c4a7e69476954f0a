/**
 * Der Bauplan des Atlas als Regeln für dependency-cruiser (docs/architektur.md,
 * „Schichten“). `npm run schichten` (scripts/schichten.ts) prüft damit jeden
 * Import in src/, cli/, scripts/, tests/ und werkzeuge/, auch die im Kopf und in
 * <script> von .astro-Dateien, und zusätzlich Kreise zwischen Ordnern.
 * Pfade sind relativ zum Projektordner.
 */
const SEITE = '^src/(pages|layouts|components)/';
const BUILD = '^src/(integrations|mdx)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'kein-kreis',
      comment:
        'Kein Kreis zwischen Dateien, auch nicht über reine Typimporte: Er hält Module zusammen, die getrennt sein sollen.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'pruefung-kern-unten',
      comment:
        'kern/ (Typen, Lesen von YAML, Grenzen) ist die unterste Schicht der Prüfung und kennt weder Regeln noch Treiber noch den Node-Rand.',
      severity: 'error',
      from: { path: '^src/pruefung/kern/' },
      to: { path: '^src/pruefung/(regeln|treiber|node)/' },
    },
    {
      name: 'pruefung-regeln-rein',
      comment: 'Regeln sind rein: Sie kennen kern/ und einander, nicht den Treiber und nicht den Node-Rand.',
      severity: 'error',
      from: { path: '^src/pruefung/regeln/' },
      to: { path: '^src/pruefung/(treiber|node)/' },
    },
    {
      name: 'pruefung-treiber-rein',
      comment: 'Der Treiber läuft auch im Browser-Editor; Dateien, Cache und Worker reicht der Node-Rand herein.',
      severity: 'error',
      from: { path: '^src/pruefung/treiber/' },
      to: { path: '^src/pruefung/node/' },
    },
    {
      name: 'pruefung-rein-ohne-node',
      comment: 'kern/, regeln/ und treiber/ laufen im Browser: kein Node-Modul, kein happy-dom.',
      severity: 'error',
      from: { path: '^src/pruefung/(kern|regeln|treiber)/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'pruefung-unabhaengig',
      comment: 'Die Prüfung steht unter der Website: Sie kennt nur Inhaltsmodell, Schemas und Einstellungen.',
      severity: 'error',
      from: { path: '^src/pruefung/' },
      to: { path: '^src/(?!pruefung/|modell/|schemas/|config/)' },
    },
    {
      name: 'grundlagen-unten',
      comment: 'Inhaltsmodell, Schemas, Einstellungen und Texte sind die Grundlage und importieren nur einander.',
      severity: 'error',
      from: { path: '^src/(modell|schemas|config|i18n)/' },
      to: { path: '^src/(?!modell/|schemas/|config/|i18n/)' },
    },
    {
      name: 'browser-ohne-node',
      comment:
        'Code für den Browser importiert keine Astro-Integrationen, Seiten und Komponenten. Dass er auch über Umwege kein Node-Modul erreicht, prüft scripts/schichten.ts (browser-erreicht-node).',
      severity: 'error',
      from: { path: '^src/browser/' },
      to: { path: ['^src/integrations/', SEITE, '^src/user-components/'] },
    },
    {
      name: 'browser-ohne-node-module',
      comment: 'Code für den Browser importiert kein Modul von Node.',
      severity: 'error',
      from: { path: '^src/browser/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'browser-ohne-node-typen',
      comment: 'Auch Typen holt der Browser nicht aus dem Node-Rand; geteilte Typen stehen in pruefung/kern/.',
      severity: 'error',
      from: { path: '^src/browser/' },
      to: { path: '^src/pruefung/node/' },
    },
    {
      name: 'bibliothek-unter-seiten',
      comment: 'lib/ liefert Daten und Funktionen für Seiten; sie kennt keine Seiten, Komponenten und Build-Plugins.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: [SEITE, BUILD, '^src/(user-components|browser)/'] },
    },
    {
      name: 'mdx-unter-integrationen',
      comment:
        'Der Weg von MDX zu HTML (src/mdx/) kennt keine Seiten, keine Astro-Integrationen und keinen Browser-Code.',
      severity: 'error',
      from: { path: '^src/mdx/' },
      to: { path: [SEITE, '^src/(integrations|browser)/'] },
    },
    {
      name: 'seiten-ohne-build-plugins',
      comment: 'Seiten und Komponenten lesen Daten aus lib/ oder mdx/, nicht aus Astro-Integrationen.',
      severity: 'error',
      from: { path: [SEITE, '^src/user-components/'] },
      to: { path: '^src/integrations/' },
    },
    {
      name: 'komponenten-unter-seiten',
      comment: 'Komponenten und Layouts importieren keine Seiten.',
      severity: 'error',
      from: { path: '^src/(layouts|components|user-components)/' },
      to: { path: '^src/pages/' },
    },
    {
      name: 'skripte-nicht-tests',
      comment: 'scripts/ und tests/ teilen Code nur über werkzeuge/.',
      severity: 'error',
      from: { path: '^scripts/' },
      to: { path: '^tests/' },
    },
    {
      name: 'tests-nicht-skripte',
      comment: 'scripts/ und tests/ teilen Code nur über werkzeuge/.',
      severity: 'error',
      from: { path: '^tests/' },
      to: { path: '^scripts/' },
    },
    {
      name: 'werkzeuge-unten',
      comment: 'werkzeuge/ ist die gemeinsame Grundlage von Skripten und Tests und kennt keins von beiden.',
      severity: 'error',
      from: { path: '^werkzeuge/' },
      to: { path: '^(scripts|tests)/' },
    },
    {
      name: 'website-ohne-werkzeuge',
      comment: 'Die Website und die Autorenwerkzeuge hängen nicht an Test- und Messwerkzeugen.',
      severity: 'error',
      from: { path: '^(src|cli)/' },
      to: { path: '^(werkzeuge|scripts|tests)/' },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
  },
};
