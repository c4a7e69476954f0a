/**
 * Die Felder des Profils einer neuen Kommune im Formular (EditorKommune.astro):
 * lesen, schreiben, und der Name in der Webadresse, der dem Namen der Kommune
 * folgt, bis die Autorin ihn selbst ändert.
 */
import { kommuneId } from '../../modell/slug.ts';
import type { KommuneEntwurf } from './entwurf.ts';
import { leereKommune } from './kommune.ts';

const TEXTFELDER = ['name', 'id', 'typ', 'land', 'ags', 'ars', 'einwohner', 'website', 'kontakt'] as const;

export class Profilformular {
  readonly rahmen: HTMLElement;
  private idSelbst = false;

  constructor(rahmen: HTMLElement) {
    this.rahmen = rahmen;
    rahmen.addEventListener('input', (e) => {
      const feld = (e.target as HTMLElement).dataset.feld;
      if (feld === 'kommune.id') this.idSelbst = this.feld('id')?.value.trim() !== '';
      if (feld === 'kommune.name' && !this.idSelbst) {
        const id = this.feld('id');
        if (id) id.value = kommuneId(this.feld('name')?.value ?? '');
      }
    });
  }

  private feld(name: string): HTMLInputElement | HTMLSelectElement | null {
    return this.rahmen.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-feld="kommune.${name}"]`);
  }

  private zeilen(): HTMLElement[] {
    return [...this.rahmen.querySelectorAll<HTMLElement>('[data-pilot-zeile]')];
  }

  private static pilotFeld<T extends HTMLElement>(zeile: HTMLElement, name: string): T {
    return zeile.querySelector<T>(`[data-pilot="${name}"]`)!;
  }

  lies(): KommuneEntwurf {
    const wert = (name: (typeof TEXTFELDER)[number]) => this.feld(name)?.value ?? '';
    return {
      id: this.idSelbst ? wert('id') : kommuneId(wert('name')),
      idSelbst: this.idSelbst,
      name: wert('name'),
      typ: wert('typ'),
      land: wert('land'),
      ags: wert('ags'),
      ars: wert('ars'),
      einwohner: wert('einwohner'),
      website: wert('website'),
      fiktiv: (this.feld('fiktiv') as HTMLInputElement | null)?.checked ?? false,
      kontakt: wert('kontakt'),
      pilot: this.zeilen()
        .filter((z) => Profilformular.pilotFeld<HTMLInputElement>(z, 'leistung').checked)
        .map((z) => ({
          leistung: z.dataset.pilotZeile!,
          phase: Profilformular.pilotFeld<HTMLSelectElement>(z, 'phase').value,
          seit: Profilformular.pilotFeld<HTMLInputElement>(z, 'seit').value,
        })),
    };
  }

  /** Setzt ein Profil ins Formular; ohne Profil ein leeres, mit heute als Datum der Pilotleistungen. */
  schreibe(teil: Partial<KommuneEntwurf> | undefined, heute: string): void {
    const k = { ...leereKommune(), ...(teil && typeof teil === 'object' ? teil : {}) };
    for (const name of TEXTFELDER) {
      const feld = this.feld(name);
      const wert = k[name];
      if (feld && typeof wert === 'string') feld.value = wert;
    }
    const fiktiv = this.feld('fiktiv') as HTMLInputElement | null;
    if (fiktiv) fiktiv.checked = k.fiktiv === true;
    this.idSelbst = k.idSelbst === true;
    const id = this.feld('id');
    if (id && !this.idSelbst) id.value = kommuneId(k.name);
    const pilot = Array.isArray(k.pilot) ? k.pilot : [];
    for (const zeile of this.zeilen()) {
      const p = pilot.find((x) => x.leistung === zeile.dataset.pilotZeile);
      Profilformular.pilotFeld<HTMLInputElement>(zeile, 'leistung').checked = Boolean(p);
      Profilformular.pilotFeld<HTMLSelectElement>(zeile, 'phase').value = p?.phase ?? 'vorbereitung';
      Profilformular.pilotFeld<HTMLInputElement>(zeile, 'seit').value = p?.seit ?? heute;
    }
  }

  zeige(ja: boolean): void {
    this.rahmen.hidden = !ja;
  }
}
