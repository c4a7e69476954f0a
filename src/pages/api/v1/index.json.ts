/** Offene Daten: Verzeichnis aller Dateien dieser Version. */
import type { APIRoute } from 'astro';
import { verzeichnis } from '../../../lib/offene-daten/datensaetze.ts';
import { grundlagen, jsonAntwort } from '../../../lib/offene-daten/grundlagen.ts';

export const GET: APIRoute = async ({ site }) => jsonAntwort(verzeichnis(await grundlagen(site)));
