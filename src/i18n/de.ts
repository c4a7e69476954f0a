/**
 * Alle Texte der Oberfläche an einem Ort, mit Schlüsseln nach Bereich.
 * Inhalte (content/) sprechen für sich; hier stehen nur die Texte der Website.
 */
const texte = {
  'site.titel': 'Nachnutzungsatlas',
  'site.untertitel': 'EfA-Onlinedienste in den kommunalen Betrieb bringen',
  'site.beschreibung':
    'Technische und organisatorische Konzepte, mit denen Kommunen „Einer für Alle“-Onlinedienste an Fachverfahren, E-Akte und Prozesse anbinden, und Erfahrungen von Pilotkommunen.',

  'nav.label': 'Hauptnavigation',
  'nav.leistungen': 'Leistungen',
  'nav.querschnitt': 'Bausteine',
  'nav.kommunen': 'Kommunen',
  'nav.beitraege': 'Beiträge',
  'nav.glossar': 'Glossar',
  'nav.mitwirken': 'Mitwirken',
  'nav.menue': 'Menü',
  'nav.startseite': 'Startseite',
  'nav.skiplink': 'Zum Inhalt springen',
  'nav.brotkrumen': 'Sie sind hier',
  'nav.fusszeile': 'Rechtliches und Service',

  'suche.label': 'Suche',
  'suche.platzhalter': 'Suchen, z. B. Zustellpunkt',
  'suche.absenden': 'Suchen',
  'suche.titel': 'Suche',
  'suche.einleitung':
    'Durchsuchen Sie Leistungen, Konzepte, Bausteine, Beiträge der Pilotkommunen, das Glossar und die festen Seiten. Die Filter funktionieren auch ohne Suchbegriff.',
  'suche.feld': 'Suchbegriff',
  'suche.feld.hinweis': 'Abkürzungen wie „eWA“ oder „OSCI“ finden auch den ausgeschriebenen Begriff.',
  'suche.sortierung': 'Sortierung',
  'suche.sortierung.relevanz': 'Beste Treffer zuerst',
  'suche.sortierung.datum': 'Neueste zuerst',
  'suche.filter': 'Filter',
  'suche.filter.hinweis': 'Mehrere Werte in einem Filter: einer davon genügt. Mehrere Filter: alle müssen passen.',
  'suche.filter.zuruecksetzen': 'Alle Filter zurücksetzen',
  'suche.filter.klappe': 'Filter ein- und ausblenden',
  'suche.filter.gewaehlt': '({n} gewählt)',
  'suche.facette.leistung': 'Leistung',
  'suche.facette.kommune': 'Kommune',
  'suche.facette.art': 'Dokumentart',
  'suche.facette.status': 'Status',
  'suche.ergebnisse': 'Ergebnisse',
  'suche.status.bereit': 'Geben Sie einen Suchbegriff ein oder wählen Sie einen Filter.',
  'suche.status.laedt': 'Suche läuft …',
  'suche.status.treffer': '{n} Treffer für „{q}“',
  'suche.status.treffer.filter': '{n} Seiten passen zu den gewählten Filtern',
  'suche.status.treffer.filter.eins': 'Eine Seite passt zu den gewählten Filtern',
  'suche.status.keine': 'Keine Treffer für „{q}“. Versuchen Sie einen anderen Begriff oder entfernen Sie Filter.',
  'suche.status.gelockert': 'Keine Seite passt zu allen Suchwörtern. {n} Treffer für „{q}“.',
  'suche.status.ergaenzt':
    'Nur {alle} Seiten passen zu allen Suchwörtern („{q}“). Gezeigt werden {n} Treffer für „{weniger}“, darunter diese.',
  'suche.status.ergaenzt.eins':
    'Nur eine Seite passt zu allen Suchwörtern („{q}“). Gezeigt werden {n} Treffer für „{weniger}“, darunter diese.',
  'suche.status.keine.filter': 'Keine Seite passt zu allen gewählten Filtern. Entfernen Sie einen Filter.',
  'suche.status.angezeigt': 'Angezeigt: {n} von {gesamt}',
  'suche.mehr': 'Weitere Treffer anzeigen',
  'suche.fehler':
    'Die Suche konnte nicht geladen werden. Laden Sie die Seite neu oder finden Sie Inhalte über die Übersicht der Leistungen.',
  'suche.ohneJs':
    'Die Suche braucht JavaScript. Ohne JavaScript finden Sie alle Inhalte über die Übersicht der Leistungen.',
  'suche.ohneJs.link': 'Zur Übersicht der Leistungen',
  'suche.art.leistung': 'Leistung',
  'suche.art.konzept': 'Konzept: {art}',
  'suche.art.baustein': 'Baustein',
  'suche.art.beitrag': 'Beitrag: {art}',
  'suche.art.kommune': 'Kommunenprofil',
  'suche.art.glossar': 'Glossar',
  'suche.art.seite': 'Seite',

  'thema.umschalten': 'Dunkles Farbschema',
  'thema.hinweis': 'Farbschema wechseln',

  'status.entwurf': 'Entwurf',
  'status.in-abstimmung': 'In Abstimmung',
  'status.freigegeben': 'Freigegeben',
  'status.label': 'Status',
  'status.entwurf.hinweis':
    'Dieses Dokument ist ein Entwurf. Es ist noch nicht abgestimmt und kann sich wesentlich ändern.',
  'status.in-abstimmung.hinweis': 'Dieses Dokument wird gerade abgestimmt. Änderungen sind noch möglich.',

  'pruefung.ueberfaellig': 'Prüfung überfällig',
  'pruefung.ueberfaellig.hinweis':
    'Dieses Dokument hätte bis zum {datum} inhaltlich geprüft werden sollen. Angaben können veraltet sein; prüfen Sie sie vor der Nachnutzung an den genannten Quellen.',

  'aenderungen.titel': 'Änderungen',
  'aenderungen.nichtVerfuegbar':
    'Die Versionsgeschichte ist in diesem Build nicht verfügbar (zum Beispiel, weil nur ein flacher Klon des Repositorys gebaut wurde). Maßgeblich ist der Stand laut Dokument.',
  'aenderungen.keine': 'Die Versionsgeschichte verzeichnet für dieses Dokument noch keine Änderungen.',
  'aenderungen.weitere': 'und {n} ältere Änderungen',
  'aenderungen.alle': 'Vollständige Versionsgeschichte im Repository',

  'kennzeichen.beispiel': 'Beispiel-Leistung',
  'kennzeichen.beispiel.hinweis':
    'Diese Leistung dient als Beispiel. Die sechs Leistungen des Thüringer Vorhabens „Erprobung einer Nachnutzung“ sind nicht öffentlich benannt; die Inhalte zeigen, wie ein Konzept aussehen kann.',
  'kennzeichen.fiktiv': 'Fiktive Kommune',
  'kennzeichen.fiktiv.hinweis':
    'Diese Kommune ist erfunden. Sie zeigt beispielhaft, wie eine Pilotkommune ihre Erfahrungen teilt. Namen, Zahlen und Schlüssel sind keine echten Daten.',
  'kennzeichen.fiktiv.kurz': 'fiktiv',

  'konzeptart.technisch': 'Technisches Konzept',
  'konzeptart.organisatorisch': 'Organisatorisches Konzept',
  'konzeptart.rechtlich': 'Rechtliches Konzept',
  'konzeptart.finanziell': 'Finanzierung',
  'konzeptart.betrieb': 'Betriebskonzept',
  'konzeptart.checkliste': 'Checkliste',

  'beitragsart.erfahrungsbericht': 'Erfahrungsbericht',
  'beitragsart.umsetzung': 'Umsetzung',
  'beitragsart.prozessmodell': 'Prozessmodell',
  'beitragsart.lessons-learned': 'Lessons Learned',
  'beitragsart.checkliste': 'Checkliste',

  'kommunetyp.kreisfreie-stadt': 'Kreisfreie Stadt',
  'kommunetyp.landkreis': 'Landkreis',
  'kommunetyp.stadt': 'Stadt',
  'kommunetyp.gemeinde': 'Gemeinde',
  'kommunetyp.verwaltungsgemeinschaft': 'Verwaltungsgemeinschaft',
  'kommunetyp.erfuellende-gemeinde': 'Erfüllende Gemeinde',

  'phase.vorbereitung': 'Vorbereitung',
  'phase.anbindung': 'Anbindung',
  'phase.test': 'Test',
  'phase.produktiv': 'Produktiv',
  'phase.keine': 'nicht beteiligt',

  'zustellweg.fit-connect': 'FIT-Connect',
  'zustellweg.osci-xta': 'OSCI/XTA',
  'zustellweg.e-mail': 'E-Mail',
  'zustellweg.sonstiges': 'Sonstiges',

  'start.einleitung':
    'Unter dem Onlinezugangsgesetz sind Onlinedienste nach dem Prinzip „Einer für Alle“ (EfA) entstanden: Ein Land entwickelt und betreibt einen Dienst, andere Länder und ihre Kommunen nutzen ihn nach. Offen ist vor Ort meist, wie der Dienst an Fachverfahren, E-Akte, Bezahlung und Rückkanal angebunden wird und wer welche Aufgabe übernimmt. Der Nachnutzungsatlas sammelt dazu Konzepte und die Erfahrungen von Pilotkommunen.',
  'start.leistungen': 'Leistungen',
  'start.leistungen.text': 'Für jede Leistung: Steckbrief, Konzepte und Umsetzungen der Pilotkommunen im Vergleich.',
  'start.neueste': 'Neueste Beiträge aus Pilotkommunen',
  'start.mitmachen': 'Mitwirken',
  'start.mitmachen.text':
    'Pilotkommunen veröffentlichen ihre Erfahrungen als Beitrag über einen Pull- oder Merge-Request. Eine Vorlage und eine Prüfung helfen dabei.',
  'start.mitmachen.link': 'So wirken Sie mit',
  'start.bausteine': 'Querschnitts-Bausteine',
  'start.bausteine.text': 'Technik, die viele Leistungen teilen: Zustellung, Redaktion, Nutzerkonto, Bezahlung.',

  'leistungen.titel': 'Leistungen',
  'leistungen.einleitung':
    'Jede Leistung hat einen Steckbrief, Konzeptdokumente nach Art und die Umsetzungen der Pilotkommunen. Die hier gezeigten Leistungen sind Beispiele.',
  'leistung.steckbrief': 'Steckbrief',
  'leistung.leistungsschluessel': 'Leistungsschlüssel',
  'leistung.leistungsschluessel.keiner': 'noch nicht eingetragen',
  'leistung.themenfeld': 'Themenfeld (OZG)',
  'leistung.efa.anbieterLand': 'EfA-Anbieter',
  'leistung.efa.onlinedienst': 'Onlinedienst',
  'leistung.efa.betreiber': 'Betrieb',
  'leistung.efa.url': 'Beschreibung des Dienstes',
  'leistung.vollzug': 'Zuständig vor Ort',
  'leistung.standards': 'Standards',
  'leistung.bausteine': 'Genutzte Bausteine',
  'leistung.konzepte': 'Konzeptdokumente',
  'leistung.konzepte.keine': 'Zu dieser Leistung gibt es noch keine Konzeptdokumente.',
  'leistung.piloten': 'Pilotkommunen',
  'leistung.piloten.keine': 'Noch keine Kommune pilotiert diese Leistung.',
  'leistung.beitraege': 'Beiträge der Pilotkommunen',
  'leistung.beitraege.keine': 'Zu dieser Leistung gibt es noch keine Beiträge.',
  'leistung.vergleich': 'Umsetzungen im Vergleich',
  'leistung.vergleich.beschriftung': 'Steckbriefe der Umsetzungen von {leistung}, eine Spalte je Kommune',
  'leistung.vergleich.keine': 'Noch keine Kommune hat ihre Umsetzung beschrieben.',
  'leistung.vergleich.merkmal': 'Merkmal',
  'leistung.anzahl.konzepte': '{n} Konzeptdokumente',
  'leistung.anzahl.piloten': '{n} Pilotkommunen',

  'steckbrief.zustellweg': 'Zustellweg',
  'steckbrief.fachverfahren': 'Fachverfahren',
  'steckbrief.eAkte': 'E-Akte / DMS',
  'steckbrief.bezahlung': 'Bezahlung',
  'steckbrief.rueckkanal': 'Rückkanal',
  'steckbrief.nutzerkonto': 'Nutzerkonto',
  'steckbrief.aufwandPersonentage': 'Aufwand (Personentage)',
  'steckbrief.dauerWochen': 'Dauer (Wochen)',
  'steckbrief.unbekannt': 'keine Angabe',

  'dokument.meta': 'Angaben zum Dokument',
  'dokument.version': 'Version',
  'dokument.stand': 'Stand',
  'dokument.autoren': 'Autorinnen und Autoren',
  'dokument.pruefung': 'Nächste Prüfung',
  'dokument.geaendert': 'Zuletzt geändert',
  'dokument.geaendert.quelle.git': 'laut Versionsgeschichte',
  'dokument.geaendert.quelle.stand': 'Stand laut Dokument; Versionsgeschichte nicht verfügbar',
  'dokument.inhalt': 'Inhalt',
  'dokument.quellen': 'Quellen',
  'dokument.quellen.weitere': 'Weitere Quellen',
  'belege.titel': 'Belege',
  'belege.verweis': 'Beleg {nummer}',
  'belege.zurueck': 'Zurück zur Textstelle {nummer}',
  'belege.zurueckWeitere': 'Zurück zur Textstelle {nummer}, Verweis {wiederholung}',
  'belege.quelle': 'Quelle',
  'belege.abgerufen': 'abgerufen am',
  'dokument.bearbeiten': 'Diese Seite bearbeiten',
  'dokument.bearbeiten.ohneRepo': 'Änderungen vorschlagen',
  'dokument.vorher': 'Vorheriges Dokument',
  'dokument.nachher': 'Nächstes Dokument',
  'dokument.leistung': 'Leistung',
  'dokument.kommune': 'Kommune',
  'dokument.datum': 'Datum',
  'dokument.art': 'Art',
  'dokument.bezug': 'Bezieht sich auf',
  'dokument.steckbrief': 'Steckbrief der Umsetzung',

  'querschnitt.titel': 'Querschnitts-Bausteine',
  'querschnitt.einleitung':
    'Bausteine, die viele EfA-Leistungen gemeinsam nutzen: was sie sind, was eine Kommune tun muss und wo es typischerweise hakt.',
  'querschnitt.genutztVon': 'Genutzt von',

  'kommunen.titel': 'Pilotkommunen',
  'kommunen.einleitung':
    'Kommunen, die Leistungen pilotieren, und ihr Stand je Leistung. Alle hier gezeigten Kommunen sind fiktive Beispiele.',
  'kommunen.matrix': 'Stand je Kommune und Leistung',
  'kommunen.matrix.beschriftung': 'Phase der Pilotierung je Kommune (Zeilen) und Leistung (Spalten)',
  'kommunen.verzeichnis': 'Verzeichnis',
  'kommune.typ': 'Art',
  'kommune.land': 'Land',
  'kommune.ags': 'Amtlicher Gemeindeschlüssel',
  'kommune.ars': 'Amtlicher Regionalschlüssel',
  'kommune.einwohner': 'Einwohner',
  'kommune.website': 'Webauftritt',
  'kommune.kontakt': 'Kontakt',
  'kommune.piloten': 'Pilotierte Leistungen',
  'kommune.beitraege': 'Beiträge',
  'kommune.beitraege.keine': 'Diese Kommune hat noch keine Beiträge veröffentlicht.',
  'kommune.seit': 'seit {datum}',

  'beitraege.titel': 'Beiträge der Pilotkommunen',
  'beitraege.einleitung':
    'Erfahrungsberichte, Umsetzungen, Prozessmodelle und Checklisten aus den Pilotkommunen, neueste zuerst.',

  'glossar.titel': 'Glossar',
  'glossar.einleitung': 'Begriffe und Abkürzungen rund um OZG, EfA und die Anbindung von Onlinediensten.',
  'glossar.alphabet': 'Glossar nach Anfangsbuchstaben',
  'glossar.synonyme': 'Auch',
  'glossar.siehe': 'Siehe auch',
  'glossar.quelle': 'Quelle',
  'glossar.quellen': 'Quellen',
  'glossar.abgerufen': 'abgerufen am',
  'glossar.verwendet': 'Verwendet auf {n} Seiten',
  'glossar.verwendet.eins': 'Verwendet auf einer Seite',

  'dossier.oberzeile': 'Dossier',
  'dossier.beschreibung':
    'Leistungsseite und alle Konzeptdokumente zu {leistung} auf einer Seite, zum Drucken oder Speichern als PDF.',
  'dossier.link': 'Alle Dokumente als Dossier (druckfertig, als PDF speicherbar)',
  'dossier.erstellt': 'Zusammengestellt am {datum} aus dem Nachnutzungsatlas',
  'dossier.dokumente': 'Enthaltene Konzeptdokumente',
  'dossier.ueberblick': 'Überblick und Steckbrief',
  'dossier.pdf': 'Als PDF speichern',
  'dossier.pdf.hinweis': 'Öffnet den Druckdialog; wählen Sie dort „Als PDF speichern“ als Ziel.',
  'dossier.seite': 'Seite',
  'dossier.von': 'von',

  'feed.titel': 'Nachnutzungsatlas: neue und geänderte Dokumente',
  'feed.untertitel': 'Beiträge der Pilotkommunen und Konzeptdokumente, neueste Änderung zuerst.',
  'feed.autor': 'Redaktion Nachnutzungsatlas',
  'kopf.feed': 'Neue und geänderte Dokumente (Atom-Feed)',
  'kopf.daten': 'Offene Daten (JSON)',
  'nav.redaktion': 'Redaktion',
  'nav.api': 'Offene Daten',
  'nav.feed': 'Feed',

  'api.titel': 'Offene Daten',
  'api.einleitung':
    'Alle Leistungen, Konzeptdokumente, Bausteine, Pilotkommunen, Beiträge und Glossarbegriffe des Atlas als JSON – zur Nachnutzung in Portalen, Auswertungen und eigenen Werkzeugen.',
  'api.dateien': 'Dateien',
  'api.dateien.text':
    'Die Daten liegen als statische JSON-Dateien unter /api/v{version}/ und entstehen bei jedem Build der Website neu. Sie brauchen keinen Schlüssel und keine Anmeldung.',
  'api.verzeichnis': 'Verzeichnis aller Dateien mit Anzahl der Datensätze',
  'api.schema': 'JSON-Schema',
  'api.aufbau': 'Aufbau, Adressen und Versionen',
  'api.aufbau.text':
    'Jede Datei ist ein Objekt mit $schema (Adresse ihres JSON-Schemas), version, erzeugt (Datum des Builds), quelle (Startseite), anzahl und daten, der Liste der Datensätze. Ein Datensatz enthält die Felder des Inhalts, wie sie Autorinnen und Autoren pflegen, dazu seine ID, die Adresse seiner Seite (url) und Verknüpfungen über IDs.',
  'api.adressen.text':
    'Alle Adressen sind absolut und beginnen mit {site}. Verweise zwischen Datensätzen stehen als ID, z. B. „wohngeld/technisch“ für ein Konzeptdokument.',
  'api.version.text':
    'Die Version {version} steht im Pfad. Innerhalb einer Version können Felder hinzukommen; wird ein Feld umbenannt, entfernt oder in seiner Bedeutung geändert, erscheint eine neue Version unter neuem Pfad. Prüfen Sie Daten daher gegen das Schema, auf das $schema in derselben Datei zeigt.',
  'api.schemas.text':
    'Die JSON-Schemas (Draft 2020-12) entstehen aus denselben Zod-Schemas, mit denen die Website jede Inhaltsdatei prüft. Sie beschreiben die Daten, wie sie ausgeliefert werden: Datumsangaben als JJJJ-MM-TT, Vorgabewerte eingesetzt. Regeln über mehrere Felder (etwa „nächste Prüfung nach der letzten“ oder „eine Umsetzung hat einen Steckbrief“) kann JSON Schema nicht ausdrücken; die Website prüft sie vor jedem Build.',
  'api.weitere': 'Feed und Sitemap',
  'api.feed': 'Atom-Feed: neue und geänderte Beiträge und Konzeptdokumente',
  'api.sitemap': 'Sitemap aller Seiten',
  'api.felder': 'Felder je Datei',
  'api.felder.von': 'Felder eines Datensatzes in {datei}',
  'api.feld': 'Feld',
  'api.art': 'Art',
  'api.pflicht': 'Pflicht',
  'api.pflicht.ja': 'ja',
  'api.pflicht.nein': 'nein',
  'api.beschreibung': 'Beschreibung',
  'api.art.text': 'Text',
  'api.art.datum': 'Datum (JJJJ-MM-TT)',
  'api.art.adresse': 'Webadresse',
  'api.art.email': 'E-Mail-Adresse',
  'api.art.zahl': 'Zahl',
  'api.art.ganzzahl': 'ganze Zahl',
  'api.art.wahrheitswert': 'true oder false',
  'api.art.objekt': 'Objekt',
  'api.art.liste': 'Liste',
  'api.art.auswahl': 'einer von',
  'api.art.listeVon': 'Liste: {art}',

  'redaktion.titel': 'Redaktion: Prüfung und Status',
  'redaktion.einleitung':
    'Alle Konzeptdokumente und Bausteine nach dem Datum ihrer nächsten Prüfung, überfällige zuerst. Für die Redaktion und die Pilotteams, die Dokumente pflegen.',
  'redaktion.stichtag': 'Stand der Übersicht: {datum}.',
  'redaktion.ueberfaellig': 'Überfällige Prüfungen: {n}',
  'redaktion.tabelle': 'Dokumente nach nächster Prüfung',
  'redaktion.spalte.dokument': 'Dokument',
  'redaktion.spalte.zuletzt': 'Zuletzt geprüft',
  'redaktion.baustein': 'Querschnitts-Baustein',

  'diagramm.ohne-titel': 'Diagramm',
  'diagramm.ohne-js':
    'Quelltext des Diagramms (Mermaid). Mit JavaScript wird daraus eine Grafik; die Beschreibung steht darunter.',
  'diagramm.vergroessern': 'Vergrößern',
  'diagramm.herunterladen': 'Als SVG herunterladen',
  'diagramm.dialog.schliessen': 'Schließen',
  'diagramm.dialog.groesser': 'Vergrößern',
  'diagramm.dialog.kleiner': 'Verkleinern',
  'diagramm.dialog.einpassen': 'Einpassen',
  'diagramm.dialog.buehne': 'Diagramm, zoom- und verschiebbar',
  'diagramm.dialog.hilfe':
    'Tastatur: Plus und Minus zoomen, Pfeiltasten verschieben (mit Umschalt weiter), 0 passt ein, Esc schließt. Maus: Rad zoomt, Ziehen verschiebt.',
  'diagramm.dialog.massstab': '{prozent} %',
  'diagramm.fehler':
    'Das Diagramm konnte nicht gezeichnet werden. Hier steht sein Quelltext; bitte melden Sie den Fehler über „Mitwirken“.',
  'diagramm.quelltext': 'Quelltext des Diagramms',

  'fehler.titel': 'Seite nicht gefunden',
  'fehler.text':
    'Die aufgerufene Seite gibt es nicht oder nicht mehr. Vielleicht hilft die Suche oder die Übersicht der Leistungen.',

  'seite.ueber': 'Über den Atlas',
  'seite.mitwirken': 'Mitwirken',
  'seite.impressum': 'Impressum',
  'seite.datenschutz': 'Datenschutz',
  'seite.barrierefreiheit': 'Barrierefreiheit',

  'fuss.hinweis':
    'Ein Vorhaben zur Nachnutzung von EfA-Onlinediensten in Kommunen. Inhalte mit Quellenangaben; Beispiele sind gekennzeichnet.',
  'fuss.stand': 'Erstellt am {datum}',
} as const;

export type TextSchluessel = keyof typeof texte;

/** Text zu einem Schlüssel; {name}-Platzhalter werden ersetzt. */
export function t(schluessel: TextSchluessel, werte: Record<string, string | number> = {}): string {
  return texte[schluessel].replace(/\{(\w+)\}/g, (_, name: string) => String(werte[name] ?? `{${name}}`));
}
