/**
 * Liest alle Dateien unter content/ von der Platte, ordnet sie ihren Sammlungen
 * zu und liest das YAML mit Zeilenangaben. Führt nichts aus: MDX bleibt Text.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { befundAusAusnahme } from '../regeln/pruefung.ts';
import { pruefeDateiname } from '../regeln/dateiname.ts';
import { frontmatterBefund } from '../regeln/frontmatter.ts';
import { ortBefund } from '../regeln/ort.ts';
import { keineDatei } from '../regeln/verknuepfung.ts';
import type { Befund } from '../kern/befund.ts';
import { leseYaml, zerlegeMdx } from '../kern/frontmatter.ts';
import type { RohEintrag } from '../kern/typen.ts';
import { GRENZEN } from '../kern/grenzen.ts';
import { dateiZuGross, pruefeGroesse } from '../regeln/grenze.ts';
import { leseUtf8 } from '../kern/zeichen.ts';
import { pruefeZeichen } from '../regeln/kodierung.ts';
import { DATENDATEIEN, pruefeDatendatei } from '../treiber/datendateien.ts';
export type { RohEintrag } from '../kern/typen.ts';
import { SAMMLUNGEN, zuordnen, type Zuordnung } from '../../modell/sammlungen.ts';

/** Dateien, die neben den Inhalten liegen dürfen: Bilder zu Beiträgen, Erläuterungen. */
const BEIGABEN = /\.(?:png|jpe?g|gif|webp|svg|avif)$|(?:^|\/)README\.md$/i;

/**
 * Alle Einträge unter dem Inhaltsordner, die keine versteckten Dateien sind:
 * gewöhnliche Dateien zum Lesen, alles andere (symbolische Verknüpfungen,
 * Gerätedateien, Pipes) für einen Befund. Eine Verknüpfung prüfte die Prüfung
 * sonst nicht, während Astro ihr folgt (Issue 20): Ein Beitrag könnte so eine
 * ungeprüfte Datei oder eine Datei außerhalb des Projekts in den Build holen.
 */
function alleDateien(ordner: string): { dateien: string[]; andere: { pfad: string; verknuepfung: boolean }[] } {
  if (!existsSync(ordner)) return { dateien: [], andere: [] };
  const dateien: string[] = [];
  const andere: { pfad: string; verknuepfung: boolean }[] = [];
  for (const e of readdirSync(ordner, { recursive: true, withFileTypes: true })) {
    const pfad = join(e.parentPath, e.name);
    if (e.isFile()) {
      if (!e.name.startsWith('.')) dateien.push(pfad);
    } else if (!e.isDirectory()) {
      andere.push({ pfad, verknuepfung: e.isSymbolicLink() });
    }
  }
  return { dateien, andere };
}

/** Liest den Inhaltsordner. `anzeigeBasis` ist der Ordner, relativ zu dem Pfade in Meldungen erscheinen. */
export function ladeInhalte(
  inhaltsOrdner: string,
  anzeigeBasis: string = process.cwd(),
): { eintraege: RohEintrag[]; befunde: Befund[] } {
  const eintraege: RohEintrag[] = [];
  const befunde: Befund[] = [];
  const { dateien, andere } = alleDateien(inhaltsOrdner);
  for (const { pfad, verknuepfung } of andere) {
    befunde.push(keineDatei(relative(anzeigeBasis, pfad).split(sep).join('/'), verknuepfung));
  }
  for (const absolut of dateien.sort()) {
    const pfad = relative(inhaltsOrdner, absolut).split(sep).join('/');
    const datei = relative(anzeigeBasis, absolut).split(sep).join('/');
    const zuordnung = zuordnen(pfad);
    const datenSchema = DATENDATEIEN[pfad];
    if (datenSchema) {
      // Daten der Website ohne eigene Seite (Frageformen der Suche): lesen wie Inhalte, gegen ihr Schema prüfen.
      const gelesen = leseUtf8(readFileSync(absolut));
      const zeichen = pruefeZeichen(datei, gelesen);
      befunde.push(...(zeichen.length ? zeichen : pruefeDatendatei(datei, gelesen.text, datenSchema)));
      continue;
    }
    if (!zuordnung) {
      if (!BEIGABEN.test(pfad)) {
        befunde.push(
          ortBefund(
            datei,
            'Die Datei liegt an keinem vorgesehenen Ort und wird nicht veröffentlicht.',
            `Verschieben Sie sie an einen dieser Orte: ${Object.values(SAMMLUNGEN)
              .map((s) => s.ort)
              .join(', ')} oder content/glossar.yaml.`,
          ),
        );
      }
      continue;
    }
    const name = pruefeDateiname(datei, zuordnung);
    if (name) {
      befunde.push(name);
      continue;
    }
    try {
      const eintrag = leseDatei(absolut, datei, pfad, zuordnung, befunde);
      if (eintrag) eintraege.push(eintrag);
    } catch (fehler) {
      // Was beim Lesen einer Datei auch geschieht: ein Befund für sie, die übrigen Dateien werden gelesen.
      befunde.push(befundAusAusnahme(datei, fehler, 'beim Lesen'));
    }
  }
  return { eintraege, befunde };
}

/** Liest eine Datei mit Front Matter bzw. YAML; Befunde zu Form und Grenzen kommen in `befunde`. */
function leseDatei(
  absolut: string,
  datei: string,
  pfad: string,
  zuordnung: Zuordnung,
  befunde: Befund[],
): RohEintrag | undefined {
  // Erst die Größe auf der Platte: Eine riesige Datei wird gar nicht erst gelesen (UTF-8: bis 4 Byte je Zeichen).
  const bytes = statSync(absolut).size;
  if (bytes > GRENZEN.dateiZeichen * 4) {
    befunde.push(
      dateiZuGross(datei, `${(bytes / 1_000_000).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`),
    );
    return undefined;
  }
  const gelesen = leseUtf8(readFileSync(absolut));
  const quelltext = gelesen.text;
  const zeichen = pruefeZeichen(datei, gelesen);
  if (zeichen.length) {
    // Mit falscher Kodierung, Steuerzeichen oder alten Zeilenenden lesen Prüfung und Build verschieden: nicht weiter lesen.
    befunde.push(...zeichen);
    return undefined;
  }
  const grenzen = pruefeGroesse(datei, quelltext);
  befunde.push(...grenzen);
  if (quelltext.length > GRENZEN.dateiZeichen) return undefined;
  if (!pfad.endsWith('.mdx')) return { ...zuordnung, datei, pfad, quelltext, yaml: leseYaml(quelltext) };
  const teile = zerlegeMdx(quelltext);
  if (!teile) {
    befunde.push(
      frontmatterBefund(
        datei,
        'Die Datei beginnt nicht mit einem Front-Matter-Block.',
        'Die erste Zeile muss „---“ sein, dann folgen die Felder, dann wieder eine Zeile „---“. Vorlage: npm run neu.',
      ),
    );
    return undefined;
  }
  const yaml = leseYaml(teile.yaml, 1);
  // Mit einer zu langen Zeile wird der Text nicht gelesen (die MDX-Regeln laufen nicht), das Front Matter schon.
  if (grenzen.length) return { ...zuordnung, datei, pfad, quelltext, yaml };
  return { ...zuordnung, datei, pfad, quelltext, yaml, text: teile.text, textStartZeile: teile.textStartZeile };
}
