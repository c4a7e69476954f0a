/** Profil einer Pilotkommune: content/kommunen/<kommune>.yaml */
import { z } from 'astro/zod';
import { datum, text, verweis, webadresse } from './common.ts';

/** Die Länder mit ihrem zweistelligen Schlüssel im Amtlichen Gemeindeschlüssel. */
export const LAND_SCHLUESSEL = {
  'Schleswig-Holstein': '01',
  Hamburg: '02',
  Niedersachsen: '03',
  Bremen: '04',
  'Nordrhein-Westfalen': '05',
  Hessen: '06',
  'Rheinland-Pfalz': '07',
  'Baden-Württemberg': '08',
  Bayern: '09',
  Saarland: '10',
  Berlin: '11',
  Brandenburg: '12',
  'Mecklenburg-Vorpommern': '13',
  Sachsen: '14',
  'Sachsen-Anhalt': '15',
  Thüringen: '16',
} as const;
export const LAENDER = Object.keys(LAND_SCHLUESSEL) as [
  keyof typeof LAND_SCHLUESSEL,
  ...(keyof typeof LAND_SCHLUESSEL)[],
];
export type Land = keyof typeof LAND_SCHLUESSEL;

/**
 * Kreisschlüssel für fiktive Kommunen. In Thüringen ist der Kreisschlüssel 99
 * nicht vergeben; so kann ein Beispiel das Routing über AGS/ARS zeigen, ohne
 * eine echte Kommune zu treffen.
 */
export const FIKTIVER_KREIS = '99';

export const KOMMUNE_TYPEN = [
  'kreisfreie-stadt',
  'landkreis',
  'stadt',
  'gemeinde',
  'verwaltungsgemeinschaft',
  'erfuellende-gemeinde',
] as const;
export type KommuneTyp = (typeof KOMMUNE_TYPEN)[number];

export const PHASEN = ['vorbereitung', 'anbindung', 'test', 'produktiv'] as const;
export type Phase = (typeof PHASEN)[number];

/** Zahlen in YAML ohne Anführungszeichen werden wieder zu Ziffernfolgen. */
const ziffern = (laenge: number, name: string, beispiel: string) =>
  z.preprocess(
    (value) => (typeof value === 'number' ? String(value) : value),
    z
      .string({ error: `Erwartet wird der ${name} in Anführungszeichen, z. B. "${beispiel}".` })
      .regex(
        new RegExp(`^\\d{${laenge}}$`),
        `Der ${name} hat genau ${laenge} Ziffern, z. B. "${beispiel}". Führende Nullen nur mit Anführungszeichen.`,
      ),
  );

export const pilotSchema = z.strictObject({
  leistung: verweis('ID der Leistung (Ordnername unter content/leistungen/)'),
  phase: z
    .enum(PHASEN, { error: `Erlaubt sind: ${PHASEN.join(', ')}.` })
    .describe('Phase: vorbereitung, anbindung, test oder produktiv'),
  seit: datum.describe('Seit wann die Kommune in dieser Phase ist (JJJJ-MM-TT)'),
});

export const kommuneSchema = z
  .strictObject({
    name: text('Name der Kommune, z. B. „Stadt Musterstadt“'),
    typ: z
      .enum(KOMMUNE_TYPEN, { error: `Erlaubt sind: ${KOMMUNE_TYPEN.join(', ')}.` })
      .describe('Art der Gebietskörperschaft'),
    land: z.enum(LAENDER, { error: `Erlaubt sind die Namen der Länder, z. B. Thüringen.` }).describe('Land'),
    ags: ziffern(8, 'Amtliche Gemeindeschlüssel (AGS)', '16051000')
      .optional()
      .describe('Amtlicher Gemeindeschlüssel, 8 Ziffern: Land (2), Regierungsbezirk (1), Kreis (2), Gemeinde (3)'),
    ars: ziffern(12, 'Amtliche Regionalschlüssel (ARS)', '160510000000')
      .optional()
      .describe('Amtlicher Regionalschlüssel, 12 Ziffern: wie AGS, dazu der Gemeindeverband (Stellen 6–9)'),
    einwohner: z
      .number({ error: 'Erwartet wird eine ganze Zahl.' })
      .int('Erwartet wird eine ganze Zahl.')
      .positive('Die Einwohnerzahl muss größer als 0 sein.')
      .optional()
      .describe('Einwohnerzahl (ungefähr genügt)'),
    website: webadresse.optional().describe('Webauftritt der Kommune'),
    fiktiv: z
      .boolean({ error: 'Erwartet wird true oder false.' })
      .describe('true bei einer erfundenen Beispielkommune; die Seite sagt das deutlich'),
    kontakt: z
      .email({ error: 'Erwartet wird eine E-Mail-Adresse, z. B. ozg@musterstadt.example.' })
      .describe('Funktionsadresse (kein persönliches Postfach), z. B. ozg@musterstadt.example'),
    pilot: z
      .array(pilotSchema, { error: 'Erwartet wird eine Liste von Pilotleistungen mit leistung, phase und seit.' })
      .describe('Leistungen, die die Kommune pilotiert, mit Phase'),
  })
  .superRefine((k, ctx) => {
    if (!k.ags && !k.ars && !k.fiktiv) {
      ctx.addIssue({
        code: 'custom',
        path: ['ags'],
        message: 'Eine echte Kommune braucht einen AGS (8 Ziffern) oder ARS (12 Ziffern).',
      });
    }
    const landSchluessel = LAND_SCHLUESSEL[k.land];
    for (const feld of ['ags', 'ars'] as const) {
      const wert = k[feld];
      if (!wert) continue;
      if (wert.slice(0, 2) !== landSchluessel) {
        ctx.addIssue({
          code: 'custom',
          path: [feld],
          message: `Der ${feld.toUpperCase()} beginnt mit ${wert.slice(0, 2)}, ${k.land} hat aber den Landesschlüssel ${landSchluessel}.`,
        });
      }
      if (k.land === 'Thüringen' && wert[2] !== '0') {
        ctx.addIssue({
          code: 'custom',
          path: [feld],
          message: `Thüringen hat keine Regierungsbezirke: Die dritte Ziffer des ${feld.toUpperCase()} ist immer 0.`,
        });
      }
      if (k.fiktiv && wert.slice(3, 5) !== FIKTIVER_KREIS) {
        ctx.addIssue({
          code: 'custom',
          path: [feld],
          message: `Eine fiktive Kommune darf keinen echten Schlüssel tragen. Verwenden Sie den Kreisschlüssel ${FIKTIVER_KREIS} (Stellen 4–5), z. B. "160${FIKTIVER_KREIS}…", oder lassen Sie das Feld weg.`,
        });
      }
    }
    // ARS = Land+RB+Kreis (5) + Gemeindeverband (4) + Gemeinde (3); der AGS lässt den Verband aus.
    if (k.ags && k.ars && (k.ars.slice(0, 5) !== k.ags.slice(0, 5) || k.ars.slice(9) !== k.ags.slice(5))) {
      ctx.addIssue({
        code: 'custom',
        path: ['ars'],
        message: 'AGS und ARS passen nicht zusammen: Die Stellen 1–5 und 10–12 des ARS müssen dem AGS entsprechen.',
      });
    }
    const gesehen = new Set<string>();
    k.pilot.forEach((p, i) => {
      if (gesehen.has(p.leistung)) {
        ctx.addIssue({
          code: 'custom',
          path: ['pilot', i, 'leistung'],
          message: `Die Leistung „${p.leistung}“ steht zweimal in der Pilotliste. Führen Sie jede Leistung nur einmal auf.`,
        });
      }
      gesehen.add(p.leistung);
    });
  })
  .describe('Profil einer Pilotkommune');

export type Kommune = z.infer<typeof kommuneSchema>;
