/** Schritt 3: Titel, Kurzbeschreibung und Autorinnen; beim Kommunenprofil Name, Land, AGS und Kontakt. */
import { LAENDER, SLUG_PATTERN } from '../../../src/schemas/index.ts';
import { slug } from '../../../src/modell/slug.ts';
import { erfrage } from './fragen.ts';
import type { Kontext } from './kontext.ts';

const nichtLeer = (a: string) => (a.trim() ? undefined : 'Bitte geben Sie einen Text ein.');

export async function angaben(kontext: Kontext): Promise<void> {
  const o = kontext.optionen;
  // Der Anbindungsbogen hat keinen Titel und keine Autoren: Er gehört zur Leistung, jeder Eintrag trägt seinen Beleg.
  if (kontext.art === 'anbindung') return;
  if (kontext.art === 'kommune') {
    kontext.titel = await erfrage(kontext, 'name', o.name, {
      text: 'Name der Kommune, z. B. „Stadt Musterstadt“',
      pruefe: (a) => nichtLeer(a) ?? (slug(a) ? undefined : 'Der Name braucht Buchstaben oder Ziffern.'),
    });
    const land = await erfrage(kontext, 'land', o.land, {
      text: 'Land',
      optionen: LAENDER.map((l) => ({ wert: l, name: l })),
    });
    const ags = await erfrage(kontext, 'ags', o.ags, {
      text: 'Amtlicher Gemeindeschlüssel, 8 Ziffern (leer lassen bei einer erfundenen Beispielkommune)',
      standard: '',
      pruefe: (a) => (a === '' || /^\d{8}$/.test(a) ? undefined : 'Der AGS hat genau 8 Ziffern, z. B. 16051000.'),
    });
    const kontakt = await erfrage(kontext, 'kontakt', o.kontakt, {
      text: 'Funktionsadresse für Rückfragen (kein persönliches Postfach), z. B. ozg@musterstadt.example',
      pruefe: (a) => (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(a) ? undefined : 'Bitte eine E-Mail-Adresse eingeben.'),
    });
    kontext.profil = { land, ags: ags || undefined, kontakt };
    return;
  }
  const standardTitel =
    kontext.art === 'konzept' && kontext.leistung
      ? `${kontext.typ === 'checkliste' ? 'Checkliste' : `${kontext.typ![0]!.toUpperCase()}${kontext.typ!.slice(1)}es Konzept`}: ${kontext.bestand.leistungen.get(kontext.leistung)?.titel ?? kontext.leistung}`
      : undefined;
  kontext.titel = await erfrage(kontext, 'titel', o.titel, {
    text: 'Titel',
    standard: standardTitel,
    pruefe: (a) =>
      nichtLeer(a) ?? (SLUG_PATTERN.test(slug(a)) ? undefined : 'Der Titel braucht Buchstaben oder Ziffern.'),
  });
  kontext.beschreibung = await erfrage(kontext, 'beschreibung', o.beschreibung, {
    text: 'Kurzbeschreibung in einem Satz (höchstens 160 Zeichen)',
    standard: 'Entwurf: Kurzbeschreibung folgt.',
    pruefe: (a) => nichtLeer(a) ?? (a.length > 160 ? `Das sind ${a.length} Zeichen; höchstens 160.` : undefined),
  });
  const team = kontext.kommune
    ? `Pilotteam ${kontext.bestand.kommunen.get(kontext.kommune)?.name ?? kontext.kommune}`
    : undefined;
  const autoren = await erfrage(kontext, 'autoren', o.autoren, {
    text: 'Autorinnen und Autoren oder Rollen mit Organisation, durch „;“ getrennt',
    standard: team,
    pruefe: nichtLeer,
  });
  kontext.autoren = autoren
    .split(';')
    .map((a) => a.trim())
    .filter(Boolean);
}
