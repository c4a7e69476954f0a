/**
 * /beitraege/<kommune>/<slug>/quelle.mdx: die Datei eines Beitrags, Zeichen
 * für Zeichen wie im Repository. „Im Editor bearbeiten“ öffnet sie im
 * Beitragseditor, der sie von derselben Website lädt (keine Anfrage an die
 * Plattform oder an Dritte).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { inhaltsOrdner } from '../../../../config/inhalte.ts';
import { atlas, ersterTeil, zweiterTeil } from '../../../../lib/atlas.ts';
import { SAMMLUNGEN } from '../../../../modell/sammlungen.ts';

export const getStaticPaths = (async () => {
  const a = await atlas();
  return a.beitraege.map((beitrag) => ({
    params: { kommune: ersterTeil(beitrag.id), slug: zweiterTeil(beitrag.id) },
    props: { id: beitrag.id },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const text = await readFile(join(inhaltsOrdner(), SAMMLUNGEN.beitraege.ordner, `${props.id as string}.mdx`), 'utf8');
  return new Response(text, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
