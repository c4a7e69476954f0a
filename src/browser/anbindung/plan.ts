/**
 * Anbindungsplan im Browser: Auswahl von Leistungen und Transportweg, der Plan
 * mit plan() neu gebaut (DOM aus Text, nie HTML aus Daten), Auswahl im
 * localStorage, Export und Import im selben Format wie der Anbindungsbogen.
 */
import { plan, type PlanAuswahl } from '../../lib/anbindung/plan.ts';
import { herunterladen, lade, leseImport, loesche, speichere, type Zustand } from './datei.ts';
import { TEXTE } from './texte.ts';

interface Daten {
  boegen: PlanAuswahl[];
  texte: {
    gemeinsam: Record<string, string>;
    fuer: string;
    bogen: string;
    keine: string;
    gemeinsamTitel: string;
    jeLeistung: string;
  };
  adressen: Record<string, string>;
}

const SEITE = 'plan';
const form = document.querySelector<HTMLElement>('[data-plan]');
const ausgabe = document.querySelector<HTMLElement>('[data-plan-ausgabe]');
if (form && ausgabe) starte(form, ausgabe);

function el<K extends keyof HTMLElementTagNameMap>(name: K, text?: string, klasse?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(name);
  if (text !== undefined) e.textContent = text;
  if (klasse) e.className = klasse;
  return e;
}

function starte(form: HTMLElement, ausgabe: HTMLElement): void {
  const daten = JSON.parse(form.dataset.plan ?? '{}') as Daten;
  const status = document.querySelector<HTMLElement>('[data-plan-status]');
  const meldung = document.querySelector<HTMLElement>('[data-datei-meldung]');
  const kommune = form.querySelector<HTMLInputElement>('#kommune');
  const haken = (id: string) => form.querySelector<HTMLInputElement>(`#leistung-${CSS.escape(id)}`)!;
  const wahl = (id: string) => form.querySelector<HTMLSelectElement>(`[data-variante-fuer="${CSS.escape(id)}"]`)!;

  const zustand = (): Zustand => ({
    kommune: kommune?.value.trim() || undefined,
    leistungen: daten.boegen
      .filter((b) => haken(b.leistung).checked)
      .map((b) => ({
        leistung: b.leistung,
        ...(wahl(b.leistung).value ? { variante: wahl(b.leistung).value } : {}),
        werte: {},
      })),
  });

  const zeichne = () => {
    const z = zustand();
    const auswahl = z.leistungen.map((l) => ({
      ...daten.boegen.find((b) => b.leistung === l.leistung)!,
      variante: l.variante,
    }));
    const ergebnis = plan(auswahl);
    const t = daten.texte;
    const teile: HTMLElement[] = [];
    if (auswahl.length === 0) {
      teile.push(el('p', t.keine));
    } else {
      const h = el('h2', t.gemeinsamTitel);
      h.id = 'gemeinsam';
      const ol = el('ol', undefined, 'gemeinsam');
      for (const g of ergebnis.gemeinsam) {
        const li = el('li');
        li.dataset.gemeinsam = g.art;
        li.append(el('strong', t.gemeinsam[g.art] ?? g.art), ` (${g.rolle})`);
        const fuer = el('span', t.fuer.replace('{leistungen}', g.leistungen.map((l) => l.titel).join(', ')), 'fuer');
        fuer.style.display = 'block';
        li.append(fuer);
        ol.append(li);
      }
      const h2 = el('h2', t.jeLeistung);
      h2.id = 'je-leistung';
      teile.push(h, ol, h2);
      for (const l of ergebnis.jeLeistung) {
        const sektion = el('section');
        sektion.dataset.planLeistung = l.leistung;
        const h3 = el('h3', l.titel);
        h3.id = `plan-${l.leistung}`;
        sektion.setAttribute('aria-labelledby', h3.id);
        const liste = el('ol');
        for (const s of l.schritte) {
          const li = el('li', `${s.titel} `);
          li.append(el('span', `(${s.rolle})`, 'leise'));
          liste.append(li);
        }
        const p = el('p', undefined, 'nicht-drucken');
        const a = el('a', `${t.bogen}: ${l.titel}`);
        a.href = daten.adressen[l.leistung] ?? '#';
        p.append(a);
        sektion.append(h3, liste, p);
        teile.push(sektion);
      }
    }
    ausgabe.replaceChildren(...teile);
    if (status) status.textContent = '';
  };
  // Gespeichert wird erst nach einer Eingabe oder einem Import: Wer nur ansieht, hinterlässt nichts.
  const merke = () => speichere(SEITE, zustand());

  const setze = (z: Zustand) => {
    if (kommune && z.kommune !== undefined) kommune.value = z.kommune;
    for (const b of daten.boegen) {
      const eintrag = z.leistungen.find((l) => l.leistung === b.leistung);
      haken(b.leistung).checked = Boolean(eintrag);
      wahl(b.leistung).value = eintrag?.variante ?? '';
    }
  };

  const gespeichert = lade(SEITE);
  if (gespeichert) setze(gespeichert);
  const geaendert = () => {
    zeichne();
    merke();
  };
  form.addEventListener('change', geaendert);
  form.addEventListener('input', geaendert);

  const datei = document.querySelector<HTMLElement>('[data-datei]');
  if (datei) {
    datei.hidden = false;
    document.querySelector<HTMLElement>('[data-ohne-js]')?.setAttribute('hidden', '');
    datei.querySelector('[data-export]')?.addEventListener('click', () => {
      const name = 'anbindungsplan.json';
      const z = zustand();
      if (z.leistungen.length === 0) {
        if (meldung) meldung.textContent = daten.texte.keine;
        return;
      }
      herunterladen(name, z);
      if (meldung) meldung.textContent = TEXTE.exportOk(name);
    });
    datei.querySelector<HTMLInputElement>('[data-import]')?.addEventListener('change', async (e) => {
      const eingabe = e.target as HTMLInputElement;
      const f = eingabe.files?.[0];
      if (!f) return;
      try {
        const z = await leseImport(f);
        setze(z);
        zeichne();
        merke();
        if (meldung) meldung.textContent = TEXTE.importOk(z.leistungen.length);
      } catch (fehler) {
        if (meldung) meldung.textContent = TEXTE.importFehler((fehler as Error).message);
      }
      eingabe.value = '';
    });
    datei.querySelector('[data-loeschen]')?.addEventListener('click', () => {
      setze({ leistungen: daten.boegen.map((b) => ({ leistung: b.leistung, werte: {} })) });
      if (kommune) kommune.value = '';
      zeichne();
      loesche(SEITE);
      if (meldung) meldung.textContent = TEXTE.geloescht;
    });
  }
  zeichne();
}
