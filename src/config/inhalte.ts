/**
 * Wo die Inhalte liegen. Eine Tatsache, die die Website (src/content.config.ts,
 * src/lib/git.ts), die Inhaltsprüfung und die Autorenwerkzeuge teilen; sie
 * steht hier, unter allen, damit keiner dafür einen anderen importiert.
 */

/** Ordner mit Inhalten: content/ oder, für Tests und Benchmarks, ATLAS_CONTENT_DIR. */
export function inhaltsOrdner(env: Record<string, string | undefined> = process.env): string {
  return env.ATLAS_CONTENT_DIR ?? 'content';
}
