/**
 * Schritt 5: Der Inhalt der neuen Datei: Front Matter mit allen Pflichtfeldern
 * und die Pflichtabschnitte der Art (aus src/schemas/abschnitte.ts). Bevor
 * etwas geschrieben wird, prüft dasselbe Schema wie die Website das Front
 * Matter.
 */
import {
  BAUSTEIN_ABSCHNITTE,
  BEITRAG_ABSCHNITTE,
  KONZEPT_ABSCHNITTE,
  PLATZHALTER,
} from '../../../src/schemas/abschnitte.ts';
import { QUELLEN_ARTEN } from '../../../src/schemas/common.ts';
import type { BeitragArt, KonzeptArt } from '../../../src/schemas/index.ts';
import { leseYaml, zerlegeMdx } from '../../../src/pruefung/kern/frontmatter.ts';
import { SAMMLUNGEN } from '../../../src/modell/sammlungen.ts';
import { abbrechen } from './fragen.ts';
import type { Kontext } from './kontext.ts';

/** Ein Text als YAML-Wert: JSON-Zeichenketten sind gültiges YAML und brauchen keine Sonderfälle. */
const t = (text: string) => JSON.stringify(text);
const liste = (werte: readonly string[]) => `[${werte.map(t).join(', ')}]`;

/** Ein Jahr nach dem Datum (für den nächsten Prüftermin). */
function inEinemJahr(datum: string): string {
  const [jahr, monat, tag] = datum.split('-');
  return `${Number(jahr) + 1}-${monat}-${monat === '02' && tag === '29' ? '28' : tag}`;
}

function abschnitte(liste: readonly string[]): string {
  return liste.map((a) => `## ${a}\n\n{/* ${PLATZHALTER} zu „${a}“. */}\n`).join('\n');
}

const EINLEITUNG =
  '{/* Erlaubt sind Markdown, <Hinweis art="info|warnung|beispiel">, <Begriff>, ```mermaid-Diagramme und Bilder neben der Datei. Siehe CONTRIBUTING.md. */}\n';

/** Das Muster für Belege am Satz (CONTRIBUTING.md, „Quellen und Belege“), als Kommentar: Er erscheint nicht auf der Seite. */
const BELEGE =
  '{/* Belege am Satz: Jede Aussage über Recht, Fristen, Zuständigkeiten oder Vorgaben trägt eine Fußnote mit der id ihrer Quelle, z. B. „… gelten die Mindestanforderungen.[^efa-mindestanforderungen]“. Am Dokumentende steht je Fußnote eine Zeile, was in der Quelle die Aussage trägt: „[^efa-mindestanforderungen]: Abschnitt „Anforderungen an nachnutzende Länder“.“ Nennt ein Satz eine Norm (§, Art., Abs., Beschluss 2024/13, Verordnung), verlangt npm run pruefen die Fußnote. */}\n';

/** Felder, die Konzepte und Bausteine gemeinsam haben (src/schemas/dokument.ts). */
function dokumentFelder(k: Kontext): string {
  return `status: entwurf
version: "0.1"
stand: ${k.heute}
autoren: ${liste(k.autoren!)}
pruefung:
  zuletzt: ${k.heute}
  naechste: ${inEinemJahr(k.heute)}
# Ersetzen Sie die Beispielquelle durch die Quellen, auf die sich das Dokument stützt. Jede Quelle
# hat eine id (im Text als Fußnote [^id] zitiert), eine Art (${QUELLEN_ARTEN.join(', ')})
# und das Datum, an dem Sie sie gelesen haben (abgerufen).
quellen:
  - id: efa-mindestanforderungen
    titel: "EfA-Mindestanforderungen (IT-Planungsrat)"
    url: https://docs.fitko.de/fit/policies/efa-mindestanforderungen/
    art: Dokumentation
    abgerufen: ${k.heute}
`;
}

/** Erzeugt den Dateiinhalt aus dem Kontext. */
export function erzeugeInhalt(k: Kontext): string {
  switch (k.art) {
    case 'beitrag': {
      const steckbrief =
        k.typ === 'umsetzung'
          ? `# Der Steckbrief macht Umsetzungen vergleichbar; ersetzen Sie „offen“ durch Ihre Angaben.
steckbrief:
  zustellweg: sonstiges # fit-connect, osci-xta, e-mail oder sonstiges
  fachverfahren: "offen"
  eAkte: "offen"
  bezahlung: "offen"
  rueckkanal: "offen"
  nutzerkonto: "offen"
`
          : '';
      return `---
titel: ${t(k.titel!)}
beschreibung: ${t(k.beschreibung!)}
leistung: ${k.leistung}
art: ${k.typ}
datum: ${k.heute}
autoren: ${liste(k.autoren!)}
status: entwurf
# Eigene Erfahrungen brauchen keinen Beleg. Nennen Sie Recht oder Vorgaben (§, Beschluss …), belegen
# Sie sie wie ein Konzept: „quellen“ mit id, titel, url, art, abgerufen und eine Fußnote [^id] am Satz.
${steckbrief}---

${EINLEITUNG}
${abschnitte(BEITRAG_ABSCHNITTE[k.typ as BeitragArt])}`;
    }
    case 'konzept':
      return `---
titel: ${t(k.titel!)}
beschreibung: ${t(k.beschreibung!)}
art: ${k.typ}
${dokumentFelder(k)}---

${EINLEITUNG}${BELEGE}
${abschnitte(KONZEPT_ABSCHNITTE[k.typ as KonzeptArt])}`;
    case 'baustein':
      return `---
titel: ${t(k.titel!)}
beschreibung: ${t(k.beschreibung!)}
${dokumentFelder(k)}---

${EINLEITUNG}${BELEGE}
${abschnitte(BAUSTEIN_ABSCHNITTE)}`;
    case 'kommune': {
      const p = k.profil!;
      const pilot = k.leistung
        ? `pilot:\n  - leistung: ${k.leistung}\n    phase: vorbereitung # vorbereitung, anbindung, test oder produktiv\n    seit: ${k.heute}\n`
        : 'pilot: [] # Leistungen mit phase und seit, siehe CONTRIBUTING.md\n';
      return `name: ${t(k.titel!)}
typ: ${k.typ}
land: ${p.land}
${p.ags ? `ags: "${p.ags}"\nfiktiv: false` : '# Ohne AGS gilt die Kommune als erfundenes Beispiel; die Seite sagt das deutlich.\nfiktiv: true'}
kontakt: ${p.kontakt}
${pilot}`;
    }
    case 'anbindung':
      return anbindungsVorlage(k.heute);
    default:
      throw new Error('Die Art des Dokuments fehlt.');
  }
}

/**
 * Vorlage eines Anbindungsbogens: je Abschnitt ein Eintrag, der als „nicht
 * verifiziert“ beginnt. Wer ihn mit einer Quelle belegt, trägt deren id ein.
 */
function anbindungsVorlage(heute: string): string {
  return `# Anbindungsbogen. Jeder Eintrag nennt in „beleg“ die id einer Quelle unter „quellen“
# oder „nicht verifiziert“. Schreiben Sie nur, was Sie in einer Quelle gelesen haben.
# Formate der Werte: ars, ags, leistungsschluessel, url, email, text. Rollen: siehe CONTRIBUTING.md.
stand: ${heute}
varianten:
  - id: osci-xta
    name: OSCI/XTA über DVDV und Intermediär
    wann: "Wann diese Variante passt (aus der Quelle)."
    bausteine: [] # IDs aus content/querschnitt/, z. B. dvdv-osci-xta
    voraussetzungen:
      - art: zertifikat # zertifikat, dvdv-eintrag, intermediaer, firewall, zustellpunkt, rueckkanal, vertrag, sonstiges
        text: "Was vorliegen muss."
        beleg: nicht verifiziert
    beleg: nicht verifiziert
werte:
  - id: ars
    label: Amtlicher Regionalschlüssel (ARS)
    erklaerung: "Was der Wert ist und woher die Kommune ihn bekommt."
    format: ars
    beleg: nicht verifiziert
standards:
  - name: "Name des Standards"
    version: nicht verifiziert
    pruefenBis: ${inEinemJahr(heute)}
    beleg: nicht verifiziert
kosten:
  - posten: "Kostenposten"
    betrag: offen
    traeger: offen # Land, Bund, Kommune, Betreiber oder offen
    stand: ${heute}
    beleg: nicht verifiziert
support:
  - stufe: 1st Level
    rolle: Fachamt
    aufgabe: "Was diese Stufe beantwortet."
    beleg: nicht verifiziert
schritte:
  - id: pvog-pruefen
    titel: "Zuständigkeit und Leistung im Landesredaktionssystem pflegen"
    rolle: Redaktion Landesredaktionssystem
    # konzept: leistung/technisch oder /querschnitt/<id>/ (das Dokument, das den Schritt erklärt)
    gemeinsam: pvog-eintrag
    beleg: nicht verifiziert
quellen: []
`;
}

/** Welches Schema für die Datei gilt (dasselbe wie in src/content.config.ts). */
function schemaFuer(k: Kontext) {
  const sammlung = (
    {
      beitrag: 'beitraege',
      konzept: 'konzepte',
      baustein: 'querschnitt',
      kommune: 'kommunen',
      anbindung: 'anbindungen',
    } as const
  )[k.art!];
  return SAMMLUNGEN[sammlung].schema;
}

export async function vorlage(kontext: Kontext): Promise<void> {
  const inhalt = erzeugeInhalt(kontext);
  const yaml = kontext.art === 'kommune' || kontext.art === 'anbindung' ? inhalt : (zerlegeMdx(inhalt)?.yaml ?? '');
  const ergebnis = schemaFuer(kontext).safeParse(leseYaml(yaml).daten);
  if (!ergebnis.success) {
    const probleme = ergebnis.error.issues.map((p) => `${p.path.join('.') || 'Datei'}: ${p.message}`).join('\n  ');
    abbrechen(kontext, `Mit diesen Angaben wäre das Dokument ungültig:\n  ${probleme}`);
  }
  kontext.inhalt = inhalt;
}
