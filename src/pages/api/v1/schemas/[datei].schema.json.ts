/** JSON-Schemas der offenen Daten, erzeugt aus den Zod-Schemas (siehe alsJsonSchema). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { adressen } from '../../../../lib/offene-daten/datensaetze.ts';
import { jsonAntwort } from '../../../../lib/offene-daten/grundlagen.ts';
import {
  alsJsonSchema,
  DATEI_NAMEN,
  dateiSchema,
  EXPORT_SCHEMA,
  indexSchema,
  type DateiName,
} from '../../../../lib/offene-daten/schemas.ts';
import { absolut } from '../../../../modell/urls.ts';

export const getStaticPaths = (() =>
  [...DATEI_NAMEN, 'index' as const, EXPORT_SCHEMA.name].map((name) => ({
    params: { datei: name },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const name = params.datei as DateiName | 'index' | typeof EXPORT_SCHEMA.name;
  const schema =
    name === 'index' ? indexSchema : name === EXPORT_SCHEMA.name ? EXPORT_SCHEMA.schema : dateiSchema(name);
  return jsonAntwort(alsJsonSchema(schema, absolut(adressen.schema(name), site!)), 'application/schema+json');
};
