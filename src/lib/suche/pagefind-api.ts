/** Der Teil der JS-API von Pagefind (dist/pagefind/pagefind.js), den die Suche nutzt. */
export type Zaehlung = Record<string, Record<string, number>>;
export interface PagefindDaten {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
export interface PagefindTreffer {
  id: string;
  score: number;
  data(): Promise<PagefindDaten>;
}
