/** Statischer Server über dist/ für Browsertests (ohne Zwischenspeicher); siehe scripts/lib/server.ts. */
import { starteStatischenServer, type Server } from '../../scripts/lib/server.ts';
import { DIST } from './dist.ts';

export type { Server };

/** Startet den Server über `wurzel` (Standard: dist/) auf einem freien Port. */
export function starteServer(wurzel: string = DIST): Promise<Server> {
  return starteStatischenServer(wurzel);
}
