/**
 * Ein anderer Inhaltsordner (Tests, Benchmark) bekommt einen eigenen Astro-Cache.
 * Sonst verweist Astros Datenspeicher beim nächsten Build noch auf Dateien
 * eines früheren, inzwischen gelöschten Ordners, und der Build scheitert.
 */
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export function cacheOrdnerFuer(inhaltsOrdner: string): string {
  const kennung = createHash('sha256').update(resolve(inhaltsOrdner)).digest('hex').slice(0, 12);
  return join(tmpdir(), `atlas-cache-${kennung}`);
}
