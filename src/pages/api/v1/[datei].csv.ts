/**
 * Offene Daten als CSV (UTF-8 mit BOM, Semikolon): die Standards und die Werte,
 * die Kommunen je Leistung liefern, mit Leistungsschlüsseln. Aus denselben
 * Daten wie die JSON-Dateien.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { atlas } from '../../../lib/atlas.ts';
import { csv, standardsListe } from '../../../lib/anbindung/standards.ts';
import { boegen } from '../../../lib/offene-daten/datensaetze.ts';
import { heute } from '../../../schemas/index.ts';

const DATEIEN = ['standards', 'anbindung-werte'] as const;

export const getStaticPaths = (() => DATEIEN.map((datei) => ({ params: { datei } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const b = boegen(await atlas());
  const text =
    params.datei === 'standards'
      ? csv(
          [
            'Standard',
            'Version',
            'gilt ab',
            'gilt bis',
            'prüfen bis',
            'Zustand',
            'Leistungen',
            'Leistungsschlüssel',
            'Quellen',
          ],
          standardsListe(b, heute()).map((s) => [
            s.name,
            s.version,
            s.gueltigAb,
            s.gueltigBis,
            s.pruefenBis,
            s.zustand,
            s.leistungen.map((l) => l.titel).join(', '),
            s.leistungen.flatMap((l) => l.leistungsschluessel).join(' '),
            s.quellen.map((q) => `${q.url} (abgerufen ${q.abgerufen})`).join(' '),
          ]),
        )
      : csv(
          ['Leistung', 'Leistungsschlüssel', 'Wert', 'Beschriftung', 'Format', 'Transportwege', 'Beleg'],
          b.flatMap((x) =>
            x.anbindung.werte.map((w) => [
              x.titel,
              x.leistungsschluessel.join(' '),
              w.id,
              w.label,
              w.format,
              (w.varianten ?? []).join(' ') || 'alle',
              w.beleg,
            ]),
          ),
        );
  return new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
