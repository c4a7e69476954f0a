/**
 * Statischer Server über dist/ für Browsertests (ohne Zwischenspeicher); siehe
 * werkzeuge/server.ts. Er sendet die Sicherheits-Kopfzeilen, die das README
 * für den Betrieb empfiehlt: Die Browsertests prüfen die Website so, wie sie ausgeliefert wird.
 */
import { starteStatischenServer, type Server } from '../../werkzeuge/server.ts';
import { SERVER_KOPFZEILEN } from '../../src/lib/csp.ts';
import { DIST } from './dist.ts';

export type { Server };

/** Startet den Server über `wurzel` (Standard: dist/) auf einem freien Port, auf Wunsch unter einem Pfad (`praefix`, z. B. „/atlas/“). */
export function starteServer(wurzel: string = DIST, praefix = '/'): Promise<Server> {
  return starteStatischenServer(wurzel, { kopfzeilen: SERVER_KOPFZEILEN, praefix });
}
