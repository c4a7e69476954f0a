// Kind: kompiliert stdin-Text mit satteri (wie @astrojs/mdx) und meldet ok.
import { mdxToJs } from 'satteri';
const chunks: Buffer[] = [];
for await (const c of process.stdin) chunks.push(c as Buffer);
const text = Buffer.concat(chunks).toString('utf8');
const t = performance.now();
try {
  await mdxToJs(text);
  console.log('ok', Math.round(performance.now() - t));
} catch (e) {
  console.log('fehler', String((e as Error).message).slice(0, 100));
}
