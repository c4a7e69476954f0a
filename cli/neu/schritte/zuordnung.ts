/** Schritt 2: Zu welcher Kommune und Leistung das Dokument gehört; nur vorhandene werden angeboten. */
import { abbrechen, erfrage } from './fragen.ts';
import type { Kontext } from './kontext.ts';

export async function zuordnung(kontext: Kontext): Promise<void> {
  const { kommunen, leistungen } = kontext.bestand;
  if (kontext.art === 'beitrag') {
    if (!kommunen.size)
      abbrechen(kontext, 'Es gibt noch keine Kommune. Legen Sie zuerst ein Profil an: npm run neu -- kommune');
    kontext.kommune = await erfrage(kontext, 'kommune', kontext.optionen.kommune, {
      text: 'Für welche Kommune schreiben Sie?',
      optionen: [...kommunen].map(([id, k]) => ({ wert: id, name: `${id} (${k.name})` })),
      standard: kommunen.size === 1 ? [...kommunen.keys()][0] : undefined,
    });
    const pilot = kommunen
      .get(kontext.kommune)!
      .pilot.map((p) => p.leistung)
      .filter((l) => leistungen.has(l));
    if (!pilot.length) {
      abbrechen(
        kontext,
        `${kommunen.get(kontext.kommune)!.name} pilotiert noch keine Leistung. Tragen Sie sie unter „pilot“ in content/kommunen/${kontext.kommune}.yaml ein.`,
      );
    }
    kontext.leistung = await erfrage(kontext, 'leistung', kontext.optionen.leistung, {
      text: 'Um welche Leistung geht es?',
      optionen: pilot.map((id) => ({ wert: id, name: `${id} (${leistungen.get(id)!.titel})` })),
      standard: pilot.length === 1 ? pilot[0] : undefined,
    });
  }
  if (kontext.art === 'konzept') {
    if (!leistungen.size) abbrechen(kontext, 'Es gibt noch keine Leistung unter content/leistungen/.');
    kontext.leistung = await erfrage(kontext, 'leistung', kontext.optionen.leistung, {
      text: 'Zu welcher Leistung gehört das Konzept?',
      optionen: [...leistungen].map(([id, l]) => ({ wert: id, name: `${id} (${l.titel})` })),
    });
  }
  if (kontext.art === 'anbindung') {
    if (!leistungen.size) abbrechen(kontext, 'Es gibt noch keine Leistung unter content/leistungen/.');
    kontext.leistung = await erfrage(kontext, 'leistung', kontext.optionen.leistung, {
      text: 'Zu welcher Leistung gehört der Anbindungsbogen?',
      optionen: [...leistungen].map(([id, l]) => ({ wert: id, name: `${id} (${l.titel})` })),
    });
  }
  if (kontext.art === 'kommune') {
    const wahl = await erfrage(kontext, 'leistung', kontext.optionen.leistung, {
      text: 'Welche Leistung pilotiert die Kommune? (weitere später in der Datei unter „pilot“)',
      optionen: [
        { wert: 'keine', name: 'noch keine' },
        ...[...leistungen].map(([id, l]) => ({ wert: id, name: `${id} (${l.titel})` })),
      ],
      standard: 'keine',
    });
    if (wahl !== 'keine') kontext.leistung = wahl;
  }
}
