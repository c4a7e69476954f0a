/**
 * Anbindungsbogen im Browser: Variante wählen, Werte beim Tippen prüfen
 * (dieselben Formate wie Schema und Prüfung), Aufgaben zur Variante zeigen,
 * Eingaben im localStorage halten, als JSON exportieren und importieren.
 * Ohne dieses Skript bleibt die Seite vollständig lesbar und druckbar.
 */
import { pruefeWerte } from '../../lib/anbindung/plan.ts';
import type { Anbindung } from '../../schemas/anbindung.ts';
import { herunterladen, lade, leseImport, loesche, speichere, type Zustand } from './datei.ts';
import { TEXTE } from './texte.ts';

interface Daten {
  leistung: string;
  titel: string;
  anbindung: Anbindung;
}

const formular = document.querySelector<HTMLElement>('[data-anbindung]');
if (formular) starte(formular);

function starte(form: HTMLElement): void {
  const daten = JSON.parse(form.dataset.anbindung ?? '{}') as Daten;
  const { leistung, anbindung } = daten;
  const status = form.querySelector<HTMLElement>('[data-werte-status]');
  const meldung = document.querySelector<HTMLElement>('[data-datei-meldung]');
  const kommune = form.querySelector<HTMLInputElement>('#kommune');
  const radios = [...form.querySelectorAll<HTMLInputElement>('input[name="variante"]')];
  const felder = new Map(
    anbindung.werte.map((w) => [w.id, form.querySelector<HTMLInputElement>(`#wert-${CSS.escape(w.id)}`)!]),
  );
  // Meldungen erst nach der ersten Eingabe in ein Feld (oder nach Wahl der Variante), nicht beim Laden.
  const beruehrt = new Set<string>();

  const zustand = (): Zustand => ({
    kommune: kommune?.value.trim() || undefined,
    leistungen: [
      {
        leistung,
        variante: radios.find((r) => r.checked)?.value,
        werte: Object.fromEntries([...felder].map(([id, feld]) => [id, feld.value])),
      },
    ],
  });

  const zeige = (alleFehler = false) => {
    const z = zustand().leistungen[0]!;
    const fehler = pruefeWerte(anbindung, z.variante, z.werte);
    let sichtbar = 0;
    for (const [id, feld] of felder) {
      const block = feld.closest<HTMLElement>('[data-wert]')!;
      const ausgabe = block.querySelector<HTMLElement>('[data-fehler]')!;
      const text = alleFehler || beruehrt.has(id) ? fehler.get(id) : undefined;
      // Werte, die die gewählte Variante nicht braucht, bleiben sichtbar (man kann sie trotzdem eintragen).
      feld.setAttribute('aria-invalid', text ? 'true' : 'false');
      ausgabe.hidden = !text;
      ausgabe.textContent = text ?? '';
      if (text) sichtbar++;
      // Für den Druck: leere Felder, die die gewählte Variante nicht braucht, fallen weg (Stilregel der Seite).
      const noetig = block.dataset.varianten?.split(' ').filter(Boolean) ?? [];
      block.toggleAttribute('data-nicht-noetig', Boolean(z.variante && noetig.length && !noetig.includes(z.variante)));
      block.toggleAttribute('data-leer', !feld.value.trim());
    }
    // Eingabefelder schneiden lange Werte im Druck ab; gedruckt wird darum eine Kopie als Text.
    for (const feld of [kommune, ...felder.values()]) {
      const kopie = feld?.parentElement?.querySelector<HTMLElement>('[data-druckwert]');
      if (feld && kopie) kopie.textContent = feld.value.trim();
    }
    if (status) status.textContent = z.variante ? (sichtbar ? TEXTE.fehlerAnzahl(sichtbar) : TEXTE.fehlerKeine) : '';
    // Aufgaben: nur Schritte für die gewählte Variante; Rollen ohne Schritt verschwinden.
    for (const li of form.querySelectorAll<HTMLElement>('[data-rolle] li[data-varianten]')) {
      const v = li.dataset.varianten?.split(' ').filter(Boolean) ?? [];
      li.hidden = Boolean(z.variante && v.length && !v.includes(z.variante));
    }
    for (const rolle of form.querySelectorAll<HTMLElement>('[data-rolle]')) {
      rolle.hidden = [...rolle.querySelectorAll('li')].every((li) => li.hidden);
    }
    for (const block of form.querySelectorAll<HTMLElement>('[data-variante-block]')) {
      block.classList.toggle('gewaehlt', block.dataset.varianteBlock === z.variante);
    }
  };
  // Gespeichert wird erst, wenn jemand etwas eingibt, wählt oder importiert: Wer nur ansieht, hinterlässt nichts.
  const merke = () => speichere(leistung, zustand());

  const setze = (z: Zustand) => {
    const eigene = z.leistungen.find((l) => l.leistung === leistung);
    if (kommune && z.kommune !== undefined) kommune.value = z.kommune;
    if (!eigene) return 0;
    for (const r of radios) r.checked = r.value === eigene.variante;
    let n = 0;
    for (const [id, feld] of felder) {
      feld.value = eigene.werte[id] ?? '';
      if (feld.value) {
        beruehrt.add(id);
        n++;
      }
    }
    return n;
  };

  const gespeichert = lade(leistung);
  if (gespeichert) setze(gespeichert);

  form.addEventListener('input', (e) => {
    const ziel = e.target as HTMLInputElement;
    if (ziel.name && felder.has(ziel.name)) beruehrt.add(ziel.name);
    zeige();
    merke();
  });
  form.addEventListener('change', (e) => {
    zeige((e.target as HTMLInputElement).name === 'variante');
    merke();
  });

  const datei = document.querySelector<HTMLElement>('[data-datei]');
  if (datei) {
    datei.hidden = false;
    document.querySelector<HTMLElement>('[data-ohne-js]')?.setAttribute('hidden', '');
    datei.querySelector('[data-export]')?.addEventListener('click', () => {
      const name = `anbindungsbogen-${leistung}.json`;
      herunterladen(name, zustand());
      if (meldung) meldung.textContent = TEXTE.exportOk(name);
    });
    datei.querySelector<HTMLInputElement>('[data-import]')?.addEventListener('change', async (e) => {
      const eingabe = e.target as HTMLInputElement;
      const f = eingabe.files?.[0];
      if (!f) return;
      try {
        const z = await leseImport(f);
        if (!z.leistungen.some((l) => l.leistung === leistung)) throw new Error(TEXTE.importLeistung);
        const n = setze(z);
        zeige(true);
        merke();
        if (meldung) meldung.textContent = TEXTE.importOk(n);
      } catch (fehler) {
        if (meldung) meldung.textContent = TEXTE.importFehler((fehler as Error).message);
      }
      eingabe.value = '';
    });
    datei.querySelector('[data-loeschen]')?.addEventListener('click', () => {
      loesche(leistung);
      for (const feld of form.querySelectorAll<HTMLInputElement>('input[type="text"]')) feld.value = '';
      for (const r of radios) r.checked = false;
      beruehrt.clear();
      zeige();
      loesche(leistung);
      if (meldung) meldung.textContent = TEXTE.geloescht;
    });
  }
  zeige(Boolean(gespeichert));
}
