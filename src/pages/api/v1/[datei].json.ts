/** Offene Daten: /api/v1/<datei>.json je Inhaltstyp. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datei } from '../../../lib/offene-daten/datensaetze.ts';
import { grundlagen, jsonAntwort } from '../../../lib/offene-daten/grundlagen.ts';
import { DATEI_NAMEN, type DateiName } from '../../../lib/offene-daten/schemas.ts';

export const getStaticPaths = (() => DATEI_NAMEN.map((name) => ({ params: { datei: name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  jsonAntwort(datei(params.datei as DateiName, await grundlagen(site)));
