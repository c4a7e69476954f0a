// Baut die Testinhalte plus eine Datei mit einer Bauart der Tiefe/Größe n; meldet Exit-Code oder Signal.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const KOPF = `---
titel: Messung
beschreibung: Messung der Grenzen.
leistung: testleistung
art: checkliste
datum: 2026-08-01
autoren: ["Team teststadt"]
status: entwurf
---

## Checkliste

`;
const bauarten: Record<string, (n: number) => string> = {
  zitat: (n) => `${'> '.repeat(n)}Text\n`,
  liste: (n) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- Punkt\n`).join(''),
  olliste: (n) => Array.from({ length: n }, (_, i) => `${'   '.repeat(i)}1. Punkt\n`).join(''),
  jsx: (n) => `${'<Hinweis>'.repeat(n)}x${'</Hinweis>'.repeat(n)}\n`,
  jsxblock: (n) => `${'<Hinweis>\n\n'.repeat(n)}x\n\n${'</Hinweis>\n\n'.repeat(n)}`,
  betonung: (n) => `${'*a '.repeat(n)}x${' a*'.repeat(n)}\n`,
  sub: (n) => `${'<sub>'.repeat(n)}x${'</sub>'.repeat(n)}\n`,
  zeile: (n) => `${'Wort '.repeat(Math.ceil(n / 5))}\n`,
  datei: (n) => `${'Ein Absatz mit etwas Text, der sich wiederholt.\n\n'.repeat(Math.ceil(n / 49))}`,
  diagramme: (n) => Array.from({ length: n }, (_, i) => `\`\`\`mermaid\nflowchart TD\n  accTitle: D${i}\n  accDescr: D${i}\n  A --> B\n\`\`\`\n\n`).join(''),
  diagrammgross: (n) => `\`\`\`mermaid\nflowchart TD\n  accTitle: D\n  accDescr: D\n${Array.from({ length: n }, (_, i) => `  N${i} --> N${i + 1}\n`).join('')}\`\`\`\n`,
};
const [art, ...ns] = process.argv.slice(2);
for (const n of ns.map(Number)) {
  const ordner = join(mkdtempSync(join(tmpdir(), 'atlas-mess-')), 'content');
  cpSync('/tmp/i14/c0', ordner, { recursive: true });
  writeFileSync(join(ordner, 'beitraege/teststadt/messung.mdx'), KOPF + bauarten[art!]!(n));
  const dist = mkdtempSync(join(tmpdir(), 'atlas-mess-dist-'));
  const t = performance.now();
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], {
    cwd: '/tmp/i14/mess', env: { ...process.env, ATLAS_CONTENT_DIR: ordner, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8', maxBuffer: 1e9, timeout: 600000,
  });
  const s = ((performance.now() - t) / 1000).toFixed(1);
  const text = `${r.stdout}\n${r.stderr}`;
  const grund = r.signal ?? (r.status === 0 ? 'ok' : (text.match(/(Segmentation fault|RangeError[^\n]*|Maximum call stack[^\n]*|Die Inhalte sind nicht gültig|error[^\n]*)/i)?.[0] ?? `exit ${r.status}`));
  console.log(`${art} ${n}: ${grund} (${s} s)`);
  rmSync(join(ordner, '..'), { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
}
