import { mdxToJs } from 'satteri';
import { pruefeSeeds } from '../tests/fuzz/lauf.ts';
const seeds = Array.from({ length: 40 }, (_, i) => i + 1);
const r = await pruefeSeeds(seeds, 8);
console.log('angenommen', r.angenommen.length);
for (const d of r.angenommen) {
  try {
    await mdxToJs(d.text);
  } catch (e) {
    console.log('SATTERI', d.seed, d.pfad, String((e as Error).message).slice(0, 300));
  }
}
