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
  'suche.status.gruppen':
    '{n} Treffer für „{q}“. Oben stehen {alle} Seiten mit allen Suchwörtern; bei den übrigen steht, welches Wort ihnen fehlt.',
  'suche.status.gruppen.eins':
    '{n} Treffer für „{q}“. Oben steht eine Seite mit allen Suchwörtern; bei den übrigen steht, welches Wort ihnen fehlt.',
  'suche.status.gruppen.keine':
    'Keine Seite enthält alle Suchwörter („{q}“). {n} Treffer für einen Teil davon; bei jedem steht, welches Wort ihm fehlt.',
  'suche.status.frage': 'Als Frage zum Thema „{thema}“ erkannt.',
  'suche.status.korrektur': 'Gesucht wurde nach „{zu}“ statt „{von}“.',
  'suche.vorschlag': 'Meinten Sie:',
  'suche.vorschlag.genau': 'Genau nach „{wort}“ suchen',
  'suche.treffer.ohne': 'Enthält nicht: {woerter}',
  'suche.sprunglink': 'Zu den Suchergebnissen springen',
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

  'thema.dunkel.einschalten': 'Dunkles Farbschema einschalten',
  'thema.hell.einschalten': 'Helles Farbschema einschalten',
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

  'kennzeichen.beispiel': 'Beispielauswahl',
  'kennzeichen.beispiel.titel': 'Was belegt ist und was Beispiel ist',
  'kennzeichen.beispiel.hinweis':
    'Sachangaben mit Beleg (hochgestellte Nummer, Liste „Belege“) stammen aus öffentlichen Quellen mit Abrufdatum und gelten unabhängig vom Beispiel. Beispielhaft ist dreierlei: die Auswahl dieser Leistung (die sechs Leistungen des Thüringer Vorhabens „Erprobung einer Nachnutzung“ sind nicht öffentlich benannt), die Pilotkommunen mit ihren Erfahrungsberichten (erfunden, als „fiktiv“ gekennzeichnet) und Vorschläge, die als Annahme oder Empfehlung der Redaktion stehen.',
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
  'dokument.editor': 'Im Editor bearbeiten',
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
  'offene-daten.hinweis':
    'Sachangaben mit Quelle (Felder „quelle“ und „quellen“, Belege im Text) sind belegt. Beispiel sind die Auswahl der Leistungen (beispiel: true; die sechs Leistungen des Thüringer Vorhabens sind nicht öffentlich benannt) sowie die Kommunen mit fiktiv: true und ihre Beiträge.',
  'dossier.pdf.wartet': 'Die Diagramme werden für den Druck gezeichnet …',
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
  'diagramm.druck.ersatz':
    'Hinweis: Das Bild dieses Diagramms war beim Drucken noch nicht fertig gezeichnet. Titel und Beschreibung oben geben seinen Inhalt wieder; das Bild zeigt die Online-Fassung dieser Seite.',
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

  'editor.titel': 'Beitrag im Browser schreiben',
  'editor.beschreibung':
    'Ein Formular für Pilotteams: Angaben und Text eintragen, Prüfung und Vorschau sofort sehen, die fertige Datei herunterladen oder auf GitHub bzw. GitLab einreichen.',
  'editor.einleitung':
    'Tragen Sie Ihre Angaben und Ihren Text ein. Die Seite prüft beim Schreiben mit denselben Regeln wie die Redaktion und zeigt eine Vorschau. Am Ende laden Sie die fertige Datei herunter oder reichen sie direkt ein. Es gibt keine Anmeldung; nichts verlässt Ihren Browser, bis Sie selbst einreichen.',
  'editor.ohneJs':
    'Dieser Editor braucht JavaScript. Ohne JavaScript legen Sie Ihren Beitrag von Hand an: Die Seite „Mitwirken“ beschreibt den Weg, die Datei CONTRIBUTING.md im Repository alle Felder und Regeln.',
  'editor.ohneJs.link': 'Zur Seite „Mitwirken“',
  'editor.ohneJs.contributing': 'CONTRIBUTING.md im Repository',
  'editor.speicher':
    'Ihr Entwurf wird nur in diesem Browser gespeichert (localStorage), damit nichts verloren geht, und nicht übertragen. Er bleibt, auch nach dem Herunterladen, bis Sie ihn mit „Entwurf löschen“ entfernen.',
  'editor.speicher.loeschen': 'Entwurf löschen',
  'editor.speicher.geloescht': 'Der Entwurf wurde gelöscht.',
  'editor.speicher.bestaetigen': 'Den Entwurf wirklich löschen? Der Text lässt sich danach nicht wiederherstellen.',
  'editor.speicher.wiederhergestellt': 'Ihr gespeicherter Entwurf wurde wiederhergestellt.',
  'editor.zuordnung': 'Kommune und Leistung',
  'editor.angaben': 'Angaben zum Beitrag',
  'editor.steckbrief': 'Steckbrief der Umsetzung',
  'editor.steckbrief.hinweis': 'Der Steckbrief macht Umsetzungen verschiedener Kommunen vergleichbar.',
  'editor.text': 'Text des Beitrags',
  'editor.quellen': 'Quellen und Belege',
  'editor.quellen.hinweis':
    'Eigene Erfahrungen brauchen keine Quelle. Nennen Sie Recht oder Vorgaben (z. B. „§ 14 GewO“), tragen Sie hier die Quelle ein und setzen Sie im Text mit „Beleg einfügen“ eine Fußnote ans Satzende. Ab „In Abstimmung“ verlangt die Prüfung das.',
  'editor.quellen.hinzufuegen': 'Quelle hinzufügen',
  'editor.quellen.entfernen': 'Quelle entfernen',
  'editor.quellen.nummer': 'Quelle {n}',
  'editor.quellen.keine': 'Noch keine Quelle eingetragen',
  'editor.quelle.titel': 'Titel der Quelle',
  'editor.quelle.url': 'Adresse der Quelle (URL)',
  'editor.quelle.art': 'Art der Quelle',
  'editor.quelle.abgerufen': 'Gelesen am',
  'editor.quelle.fundstelle': 'Fundstelle',
  'editor.quelle.fundstelle.hinweis':
    'Was in der Quelle die Aussage trägt, z. B. „§ 14 Abs. 1 GewO“; steht in der Fußnote. Leer: der Titel.',
  'editor.quelle.id': 'Kennung',
  'editor.quelle.id.hinweis':
    'Entsteht aus dem Titel; nur Kleinbuchstaben, Ziffern und Bindestriche. Ändern Sie sie nur, wenn zwei Quellen gleich hießen.',
  'editor.einfuegen.hinweis':
    'Klicken Sie im Text an die Stelle, an der Beleg oder Begriff stehen soll (beim Beleg: ans Satzende), dann wählen Sie hier aus.',
  'editor.einfuegen.quelle': 'Quelle für den Beleg',
  'editor.einfuegen.beleg': 'Beleg einfügen',
  'editor.einfuegen.begriff.wahl': 'Begriff aus dem Glossar',
  'editor.einfuegen.begriff': 'Begriff einfügen',
  'editor.einfuegen.kein-feld':
    'Klicken Sie zuerst in einen Abschnitt des Textes, an die Stelle, an der eingefügt werden soll.',
  'editor.einfuegen.keine-quelle': 'Tragen Sie zuerst unter „Quellen und Belege“ eine Quelle mit Titel ein.',
  'editor.einfuegen.eingefuegt': 'In „{abschnitt}“ eingefügt: {was}',
  'editor.grenzen': 'Was der Editor nicht kann: neue Glossarbegriffe und Bilder',
  'editor.grenzen.begriff':
    'Neue Glossarbegriffe legt die Redaktion an. Schreiben Sie den Begriff mit einer kurzen Erklärung und möglichst einer Quelle in die Beschreibung Ihres Pull-Requests oder in Ihre E-Mail an die Redaktion; bis er im Glossar steht, schreiben Sie das Wort ohne Begriff-Markierung.',
  'editor.grenzen.bild':
    'Bilder kann der Editor nicht hochladen. Laden Sie sie nach dem Einreichen im selben Ordner wie Ihren Beitrag hoch (GitHub: „Add file“ → „Upload files“; GitLab: im Menü „+“ des Ordners), oder senden Sie sie der Redaktion mit; im Text steht dann ![Beschreibung des Bildes](./dateiname.png). Nur Bilder mit Nutzungsrecht und ohne Personen.',
  'editor.text.hinweis':
    'Ein Feld je Pflichtabschnitt. Erlaubt sind Markdown (Listen, Tabellen, Aufgabenlisten mit - [ ], Links), <Hinweis art="info">…</Hinweis>, <Begriff>…</Begriff> und Diagramme als ```mermaid-Block mit accTitle und accDescr. Unterüberschriften beginnen mit „### “.',
  'editor.text.erst-art': 'Wählen Sie zuerst die Art des Beitrags; dann erscheinen hier ihre Pflichtabschnitte.',
  'editor.fremd.hinweis':
    'Dieser Abschnitt gehört nicht zu dieser Art. Sein Text bleibt erhalten, kommt aber nicht in die Datei. Verschieben Sie ihn in einen Abschnitt der gewählten Art oder verwerfen Sie ihn.',
  'editor.fremd.steckbrief':
    'Den Steckbrief hat nur eine Umsetzung. Ihre Angaben bleiben erhalten, kommen aber nicht in die Datei. Wählen Sie wieder „Umsetzung“ als Art, oder verwerfen Sie die Angaben.',
  'editor.fremd.ziel': 'Text verschieben nach',
  'editor.fremd.verschieben': 'Verschieben',
  'editor.fremd.verwerfen': 'Verwerfen',
  'editor.fremd.bestaetigen':
    'Den Text des Abschnitts „{titel}“ wirklich verwerfen? Er lässt sich danach nicht wiederherstellen.',
  'editor.fremd.verschoben': 'Der Text aus „{von}“ steht jetzt am Ende von „{nach}“.',
  'editor.fremd.offen.eins': '1 Abschnitt gehört nicht zur gewählten Art: Verschieben oder verwerfen Sie seinen Text.',
  'editor.fremd.offen.viele':
    '{n} Abschnitte gehören nicht zur gewählten Art: Verschieben oder verwerfen Sie ihren Text.',
  'editor.feld.kommune': 'Kommune',
  'editor.feld.kommune.hinweis':
    'Ihre Kommune fehlt? Wählen Sie „Neue Kommune anlegen“ und füllen Sie ihr Profil aus; es wird zusammen mit Ihrem Beitrag eingereicht.',
  'editor.feld.leistung': 'Leistung',
  'editor.feld.leistung.hinweis': 'Nur Leistungen, die die gewählte Kommune pilotiert.',
  'editor.feld.art': 'Art des Beitrags',
  'editor.feld.titel': 'Titel',
  'editor.feld.beschreibung': 'Kurzbeschreibung',
  'editor.feld.beschreibung.hinweis': 'Ein Satz, höchstens 160 Zeichen; erscheint in Listen und Suchergebnissen.',
  'editor.feld.beschreibung.zaehler': '{n} von 160 Zeichen',
  'editor.feld.autoren': 'Autorinnen und Autoren',
  'editor.feld.autoren.hinweis':
    'Eine Person oder Rolle mit Organisation je Zeile, z. B. „Wohngeldstelle, Stadt Musterstadt“.',
  'editor.feld.datum': 'Datum',
  'editor.feld.status': 'Status',
  'editor.feld.status.hinweis':
    '„Entwurf“, solange Sie schreiben; „In Abstimmung“, wenn der Text vollständig ist. Freigeben kann nur die Redaktion.',
  'editor.feld.bezug': 'Bezug (optional)',
  'editor.feld.bezug.hinweis': 'Konzeptdokument oder Baustein, den der Beitrag ergänzt oder von dem er abweicht.',
  'editor.feld.bezug.keiner': 'kein Bezug',
  'editor.feld.zustellweg.hinweis': 'Wie Anträge ankommen.',
  'editor.feld.zahl.hinweis': 'Geschätzt genügt; leer lassen, wenn unbekannt.',
  'editor.bitte-waehlen': 'Bitte wählen',
  'editor.abschnitt.zeile': 'Zeile {zeile}',
  'editor.abschnitt.ueberschrift': 'Überschrift',
  'editor.befund.hinweis': 'So beheben:',
  'editor.sprache.leer': '„{feld}“ ist noch leer.',
  'editor.sprache.waehlen': 'Bitte wählen Sie bei „{feld}“ einen Eintrag.',
  'editor.sprache.auswahl': 'Wählen Sie bei „{feld}“ einen Eintrag aus der Liste.',
  'editor.sprache.gefragt': 'Gefragt ist:',
  'editor.sprache.liste': 'Die Liste „{feld}“ zeigt, was möglich ist.',
  'editor.sprache.platzhalter': 'Dieser Abschnitt ist noch leer, der Status ist aber „In Abstimmung“.',
  'editor.sprache.platzhalter.hinweis':
    'Schreiben Sie Ihren Text in den Abschnitt, oder wählen Sie beim Status „Entwurf“, solange der Text noch nicht fertig ist.',
  'editor.sprache.beleg.hinweis':
    'Tragen Sie die Quelle unter „Quellen und Belege“ ein, setzen Sie den Cursor ans Satzende und wählen Sie „Beleg einfügen“. Finden Sie keine Quelle, streichen Sie die Aussage oder schreiben Sie „nicht verifiziert“ dazu und wählen beim Status „Entwurf“.',
  'editor.sprache.begriff.hinweis':
    'Wählen Sie einen vorhandenen Begriff mit „Begriff einfügen“. Neue Begriffe nimmt die Redaktion ins Glossar auf (Seite „Mitwirken“); bis dahin schreiben Sie das Wort ohne Begriff-Markierung.',
  'editor.sprache.unzitiert.hinweis':
    'Setzen Sie den Cursor hinter den Satz, den die Quelle belegt, und wählen Sie „Beleg einfügen“; oder entfernen Sie die Quelle aus der Liste.',
  'editor.befund.warnung': 'Warnung',
  'editor.pruefung': 'Prüfung',
  'editor.pruefen': 'Jetzt prüfen',
  'editor.pruefung.laeuft': 'Prüfung läuft …',
  'editor.pruefung.ok': 'Keine Probleme gefunden. Die Datei ist bereit.',
  'editor.pruefung.eins': 'Die Prüfung hat 1 Problem gefunden.',
  'editor.pruefung.viele': 'Die Prüfung hat {n} Probleme gefunden.',
  'editor.pruefung.warnung': 'Dazu 1 Warnung, die das Einreichen nicht aufhält.',
  'editor.pruefung.warnungen': 'Dazu {n} Warnungen, die das Einreichen nicht aufhalten.',
  'editor.pruefung.start':
    'Die Prüfung meldet sich bei jedem Feld, sobald Sie dort etwas eingetragen haben. „Jetzt prüfen“ zeigt alles, was noch fehlt.',
  'editor.pruefung.bisher-ok': 'In dem, was Sie bisher eingetragen haben, hat die Prüfung keine Probleme gefunden.',
  'editor.pruefung.offen': 'Es fehlen noch Angaben; „Jetzt prüfen“ zeigt sie.',
  'editor.pruefung.fehler':
    'Die Prüfung ist unerwartet abgebrochen. Laden Sie die Seite neu; Ihr Entwurf bleibt erhalten.',
  'editor.pruefung.datei': 'Datei',
  'editor.vorschau': 'Vorschau',
  'editor.vorschau.hinweis': 'So erscheint der Beitrag auf der Website (ohne Bilder, die neben der Datei liegen).',
  'editor.vorschau.leer': 'Die Vorschau erscheint, sobald Sie etwas eintragen.',
  'editor.vorschau.diagramm.fehler':
    'Mermaid kann dieses Diagramm noch nicht lesen; die Prüfung nennt die Zeile. Quelltext:',
  'editor.vorschau.bild': '[Bild: {alt}]',
  'editor.vorschau.bild.ohne-alt': 'ohne Beschreibung',
  'editor.vorschau.fussnoten': 'Fußnoten',
  'editor.vorschau.fussnote.zurueck': 'Zurück zur Stelle im Text ({n})',
  'editor.hinweis.info': 'Hinweis',
  'editor.hinweis.warnung': 'Achtung',
  'editor.hinweis.beispiel': 'Beispiel',
  'editor.datei': 'Datei und Einreichen',
  'editor.datei.ort': 'Die Datei gehört nach:',
  'editor.datei.text': 'Inhalt der Datei',
  'editor.datei.herunterladen': 'Datei herunterladen',
  'editor.datei.herunterladen.beitrag': 'Beitrag herunterladen',
  'editor.datei.kopieren': 'Text kopieren',
  'editor.datei.kopiert': 'Der Text der Datei ist in der Zwischenablage.',
  'editor.datei.kopieren.fehler':
    'Die Zwischenablage ist nicht erreichbar. Markieren Sie den Inhalt der Datei oben und kopieren Sie ihn mit Strg+C.',
  'editor.datei.heruntergeladen':
    'Die Datei wurde heruntergeladen. Ihr Entwurf bleibt in diesem Browser gespeichert, bis Sie ihn löschen. Die Datei gehört nach {pfad}.',
  'editor.einreichen.github': 'Auf GitHub einreichen',
  'editor.einreichen.gitlab': 'Auf GitLab einreichen',
  'editor.einreichen.text':
    'Die Plattform öffnet in einem neuen Fenster die Seite „Neue Datei“ im richtigen Ordner, Dateiname und Text sind eingetragen. Eingereicht wird erst, wenn die Prüfung keine Fehler mehr meldet; Warnungen halten nicht auf.',
  'editor.einreichen.github.schritte':
    'GitHub ist in einem neuen Fenster geöffnet. Dürfen Sie im Repository nicht selbst schreiben, legt GitHub eine eigene Kopie (Fork) für Sie an. Klicken Sie unten auf „Propose changes“ (mit Schreibrechten: „Commit changes…“, dann „Create a new branch“ und „Propose changes“) und auf der nächsten Seite auf „Create pull request“. Die Redaktion sieht Ihren Beitrag dann durch.',
  'editor.einreichen.gitlab.schritte':
    'GitLab ist in einem neuen Fenster geöffnet. Klicken Sie auf „Commit changes“ bzw. „Änderungen übernehmen“ mit einem neuen Branch und „Start a new merge request“, dann auf „Create merge request“. Ohne Schreibrechte bietet GitLab an, eine eigene Kopie (Fork) anzulegen.',
  'editor.einreichen.zu-lang':
    'Ihr Text ist zu lang, um ihn der Plattform in der Adresse mitzugeben. Reichen Sie ihn in zwei Schritten ein (Knöpfe unten).',
  'editor.einreichen.schritt': 'Einreichen in zwei Schritten',
  'editor.einreichen.schritt1': '1. Text kopieren',
  'editor.einreichen.schritt1.text': 'Legt den ganzen Text der Datei in die Zwischenablage.',
  'editor.einreichen.schritt2': '2. Seite „Neue Datei“ öffnen',
  'editor.einreichen.schritt2.text':
    'Öffnet die Plattform mit dem Dateinamen. Klicken Sie dort in das große Textfeld und fügen Sie den Text mit Strg+V ein; dann weiter wie beim kurzen Text.',
  'editor.einreichen.schritt2.bearbeiten': '2. Datei auf der Plattform öffnen',
  'editor.einreichen.schritt2.bearbeiten.text':
    'Öffnet die vorhandene Datei zum Bearbeiten. Klicken Sie dort in das große Textfeld, markieren Sie alles mit Strg+A und fügen Sie Ihren Text mit Strg+V ein; dann weiter wie beim neuen Beitrag.',
  'editor.einreichen.bearbeiten':
    'Sie ändern einen Beitrag, der schon auf der Website steht. Die Plattform nimmt den neuen Text nicht über die Adresse an: Reichen Sie ihn in zwei Schritten ein (Knöpfe unten).',
  'editor.datei.bearbeitet':
    'Sie ändern diesen Beitrag der Website; Dateiname und Ort bleiben, auch wenn Sie den Titel ändern.',
  'editor.einreichen.schritt1.ok': 'Schritt 1 erledigt: Der Text ist in der Zwischenablage. Jetzt Schritt 2.',
  'editor.einreichen.schritt2.ok':
    'Die Plattform ist in einem neuen Fenster geöffnet. Fügen Sie den Text mit Strg+V ein, klicken Sie auf „Propose changes“ bzw. „Commit changes“ und dann auf „Create pull request“ bzw. „Create merge request“.',
  'editor.einreichen.fehlt':
    'Für diese Website ist kein Repository eingetragen. Laden Sie die Datei herunter und senden Sie sie an die Redaktion (Seite „Mitwirken“).',
  'editor.einreichen.vorher': 'Noch nicht einreichen: Erst beheben, was die Prüfung meldet.',
  'editor.einreichen.offen.fehler-eins': 'Offen ist 1 Problem (Liste unter „Prüfung“).',
  'editor.einreichen.offen.fehler-viele': 'Offen sind {n} Probleme (Liste unter „Prüfung“).',
  'editor.einreichen.offen.fremd-eins':
    'Ein Abschnitt gehört nicht zur gewählten Art; verschieben oder verwerfen Sie seinen Text.',
  'editor.einreichen.offen.fremd-viele':
    '{n} Abschnitte gehören nicht zur gewählten Art; verschieben oder verwerfen Sie ihren Text.',
  'editor.email': 'Per E-Mail senden',
  'editor.email.text':
    'Ohne Konto bei GitHub oder GitLab: „Per E-Mail senden“ öffnet Ihr E-Mail-Programm mit der Adresse der Redaktion, einem Betreff und dem Text Ihres Beitrags. Die Redaktion legt den Pull-Request für Sie an.',
  'editor.email.geoeffnet': 'Ihr E-Mail-Programm ist geöffnet; der Text steht in der Nachricht. Senden Sie sie ab.',
  'editor.email.anhang':
    'Ihr Text ist zu lang für eine E-Mail aus dem Browser. Die Datei wurde heruntergeladen ({name}); Ihr E-Mail-Programm ist geöffnet. Hängen Sie die Datei an die Nachricht an und senden Sie sie ab.',
  'editor.email.betreff': 'Beitrag für den Nachnutzungsatlas: {titel}',
  'editor.email.koerper.anhang':
    'Guten Tag,\n\nanbei mein Beitrag für den Nachnutzungsatlas als Datei {name} (gehört nach {pfad}).\n\n',
  'editor.email.koerper':
    'Guten Tag,\n\nhier mein Beitrag für den Nachnutzungsatlas. Die Datei gehört nach {pfad}:\n\n{text}',
  'editor.email.vorlage':
    'Vorlage: Die Adresse der Redaktion für Beiträge ohne Git ist noch nicht eingetragen. Bis die betreibende Stelle sie einträgt, geht das Einreichen nur über GitHub bzw. GitLab.',
  'editor.einreichen.bereit': 'Die Prüfung meldet keine Fehler: Sie können einreichen.',
  'editor.profil': 'Profil Ihrer Kommune',
  'editor.profil.neu': 'Neue Kommune anlegen …',
  'editor.profil.hinweis':
    'Ihre Kommune steht noch nicht im Atlas. Mit diesen Angaben entsteht ihre Seite; das Profil wird zusammen mit Ihrem Beitrag eingereicht und von der Redaktion geprüft.',
  'editor.profil.name': 'Name der Kommune',
  'editor.profil.id': 'Name in der Webadresse',
  'editor.profil.id.hinweis':
    'Steht in der Adresse der Seite Ihrer Kommune (…/kommunen/name/) und im Namen des Ordners Ihrer Beiträge. Entsteht aus dem Namen; nur Kleinbuchstaben, Ziffern und Bindestriche.',
  'editor.profil.fiktiv': 'Erfundene Beispielkommune',
  'editor.profil.fiktiv.hinweis':
    'Nur für Beispiele: Die Seite sagt dann deutlich, dass es diese Kommune nicht gibt. Eine echte Kommune lässt das Feld leer und nennt ihren Gemeinde- oder Regionalschlüssel.',
  'editor.profil.ags': 'Amtlicher Gemeindeschlüssel (AGS)',
  'editor.profil.ars': 'Amtlicher Regionalschlüssel (ARS)',
  'editor.profil.website': 'Website der Kommune (optional)',
  'editor.profil.kontakt': 'Kontakt (Funktionsadresse)',
  'editor.profil.pilot': 'Leistungen, die Ihre Kommune pilotiert',
  'editor.profil.pilot.hinweis':
    'Haken Sie jede Leistung an, die Ihre Kommune als Pilot anbindet, mit ihrer Phase und seit wann. Ihr Beitrag gehört zu einer dieser Leistungen.',
  'editor.profil.phase': 'Phase',
  'editor.profil.seit': 'Seit',
  'editor.profil.ort': 'Das Profil gehört nach:',
  'editor.profil.text': 'Inhalt des Profils',
  'editor.profil.herunterladen': 'Profil herunterladen',
  'editor.profil.heruntergeladen': 'Das Profil wurde heruntergeladen. Es gehört nach {pfad}.',
  'editor.profil.zusammen':
    'Profil und Beitrag gehören zusammen: Reichen Sie beide Dateien ein, in einem Pull- bzw. Merge-Request oder in einer E-Mail.',
  'editor.einreichen.zwei': 'Einreichen mit dem Profil Ihrer Kommune',
  'editor.einreichen.zwei.start':
    'Profil und Beitrag kommen in einen Pull- bzw. Merge-Request, in drei Schritten (unten).',
  'editor.einreichen.zwei.profil': '1. Profil auf der Plattform anlegen',
  'editor.einreichen.zwei.profil.text':
    'Öffnet „Neue Datei“ mit dem Profil {pfad}. Schlagen Sie die Änderung dort vor und legen Sie den Pull- bzw. Merge-Request an, wie beim Beitrag beschrieben.',
  'editor.einreichen.zwei.kopieren': '2. Text des Beitrags kopieren',
  'editor.einreichen.zwei.kopieren.text': 'Legt den ganzen Text Ihres Beitrags in die Zwischenablage.',
  'editor.einreichen.zwei.beitrag.github':
    '3. Im Pull-Request aus Schritt 1: Klicken Sie oben auf den Namen Ihres Zweigs (hinter „from“), dann „Add file“ → „Create new file“. Als Namen geben Sie {pfad} ein, fügen den Text mit Strg+V ein und klicken „Commit changes…“. Der Beitrag steht dann im selben Pull-Request.',
  'editor.einreichen.zwei.beitrag.gitlab':
    '3. Im Merge-Request aus Schritt 1: Öffnen Sie Ihren Zweig (Name unter dem Titel), dann „+“ → „Neue Datei“. Als Namen geben Sie {pfad} ein, fügen den Text mit Strg+V ein und klicken „Änderungen übernehmen“. Der Beitrag steht dann im selben Merge-Request.',
  'editor.einreichen.zwei.kopiert':
    'Schritt 2 erledigt: Der Text des Beitrags ist in der Zwischenablage. Jetzt Schritt 3.',
  'editor.email.koerper.profil':
    'Guten Tag,\n\nhier das Profil unserer Kommune und unser erster Beitrag für den Nachnutzungsatlas.\n\nDas Profil gehört nach {profilPfad}:\n\n{profil}\n\nDer Beitrag gehört nach {pfad}:\n\n{text}',
  'editor.email.koerper.profil.anhang':
    'Guten Tag,\n\nhier das Profil unserer Kommune und unser erster Beitrag für den Nachnutzungsatlas.\n\nDas Profil gehört nach {profilPfad}:\n\n{profil}\n\nDer Beitrag hängt als Datei {name} an (gehört nach {pfad}).\n\n',
  'editor.vorspann': 'Text vor dem ersten Abschnitt (optional)',
  'editor.vorspann.kurz': 'Text vor dem ersten Abschnitt',
  'editor.vorspann.hinweis':
    'Steht über allen Abschnitten, etwa ein Hinweis wie <Hinweis art="beispiel" titel="Fiktive Kommune">…</Hinweis>. Die meisten Beiträge brauchen ihn nicht.',
  'editor.oeffnen': 'Vorhandene Datei bearbeiten',
  'editor.oeffnen.text':
    'Haben Sie eine Beitragsdatei (.mdx), etwa nach Anmerkungen der Redaktion? Öffnen Sie sie hier, ziehen Sie sie auf das Formular oder fügen Sie ihren Text ein. Das Formular übernimmt alles; was es nicht eigens darstellen kann, bleibt erhalten, und die Seite sagt, wo es steht.',
  'editor.oeffnen.datei': 'Datei öffnen',
  'editor.oeffnen.einfuegen': 'Dateitext einfügen',
  'editor.oeffnen.einfuegen.feld': 'Ganzer Text der Datei, beginnend mit der Zeile „---“',
  'editor.oeffnen.uebernehmen': 'In das Formular übernehmen',
  'editor.oeffnen.ablegen': 'Datei hier ablegen, um sie im Formular zu öffnen',
  'editor.oeffnen.leer': 'Fügen Sie zuerst den Text der Datei in das Feld ein.',
  'editor.oeffnen.geoeffnet': 'Die Datei „{name}“ steht jetzt im Formular.',
  'editor.oeffnen.eingefuegt': 'Der eingefügte Text steht jetzt im Formular.',
  'editor.oeffnen.bearbeiten': 'Sie bearbeiten den Beitrag {pfad} so, wie er auf der Website steht.',
  'editor.oeffnen.laden': 'Der Beitrag wird geladen …',
  'editor.oeffnen.laden.fehler':
    'Der Beitrag ließ sich nicht laden. Prüfen Sie die Verbindung und laden Sie die Seite neu, oder laden Sie die Datei aus dem Repository herunter und öffnen Sie sie hier.',
  'editor.oeffnen.unbekannt': 'Einen Beitrag „{pfad}“ gibt es auf dieser Website nicht.',
  'editor.oeffnen.ersetzen':
    'Im Formular steht schon ein Entwurf. Soll die Datei ihn ersetzen? Der bisherige Text geht dabei verloren; laden Sie ihn vorher herunter, wenn Sie ihn behalten möchten.',
  'editor.oeffnen.abgebrochen': 'Nichts geändert: Ihr Entwurf steht weiter im Formular.',
  'editor.oeffnen.ganze-datei':
    'Der eingefügte Text ist eine ganze Beitragsdatei. Soll das Formular sie übernehmen und den bisherigen Entwurf ersetzen? Mit „Abbrechen“ wird der Text nur hier eingefügt.',
  'editor.oeffnen.zu-gross': 'Die Datei ist zu groß für einen Beitrag (höchstens {n} Zeichen).',
  'editor.oeffnen.nicht-lesbar': 'Die Datei ließ sich nicht lesen. Ist es eine Textdatei (.mdx) in UTF-8?',
  'editor.oeffnen.ohne-kopf':
    'Diese Datei kann das Formular nicht öffnen: Am Anfang fehlen die Angaben zum Beitrag zwischen zwei Zeilen „---“. Ist es die richtige Datei?',
  'editor.oeffnen.kopf-fehler':
    'Diese Datei kann das Formular nicht öffnen: Die Angaben zum Beitrag am Anfang (zwischen den Zeilen „---“) lassen sich nicht lesen, zuerst in Zeile {zeile}. Korrigieren Sie die Zeile in einem Texteditor, oder senden Sie die Datei der Redaktion.',
  'editor.oeffnen.felder':
    'Die Datei enthält Angaben, für die das Formular kein Feld hat ({felder}). Sie bleiben unverändert in der Datei.',
  'editor.oeffnen.einleitung': 'Der Text vor dem ersten Abschnitt steht im Feld „Text vor dem ersten Abschnitt“.',
  'editor.oeffnen.ohne-art':
    'Die Art des Beitrags fehlt oder ist unbekannt; der ganze Text steht im Feld „Text vor dem ersten Abschnitt“. Wählen Sie die Art und verschieben Sie den Text in ihre Abschnitte.',
  'editor.oeffnen.weitere':
    'Weitere Abschnitte ({titel}) stehen mit ihrer Überschrift im Feld „{abschnitt}“ und kommen so in die Datei.',
  'editor.oeffnen.fehlt': 'In der Datei fehlte der Pflichtabschnitt „{titel}“; das Formular hat ihn leer angelegt.',
  'editor.oeffnen.fehlen': 'In der Datei fehlten die Pflichtabschnitte {titel}; das Formular hat sie leer angelegt.',
  'editor.oeffnen.fussnoten':
    'Die Fußnoten am Ende passen nicht alle zu den Quellen; sie stehen deshalb als Text im Feld „{abschnitt}“.',
  'editor.oeffnen.kommune':
    'In der Datei steht nicht, zu welcher Kommune der Beitrag gehört: Wählen Sie sie unter „Kommune“.',

  'ohne-git.titel': 'Ohne Git: per E-Mail an die Redaktion',
  'ohne-git.text': 'Sie haben kein Konto bei GitHub oder GitLab, oder Ihr Arbeitsplatz sperrt es? Schreiben Sie an',
  'ohne-git.editor':
    'Am einfachsten schreiben Sie Ihren Beitrag im Editor und wählen dort „Per E-Mail senden“; die Redaktion legt den Pull-Request für Sie an:',
  'ohne-git.vorlage.titel': 'Vorlage',
  'ohne-git.vorlage':
    'Die Adresse der Redaktion für Beiträge ohne Git ist noch nicht eingetragen. Die betreibende Stelle trägt sie vor der Veröffentlichung ein; bis dahin bleibt nur der Weg über GitHub oder GitLab.',

  'anbindung.titel': 'Anbindungsbogen: {leistung}',
  'anbindung.beschreibung':
    'Transportweg, Werte der Kommune, Aufgaben nach Rolle, Standards, Kosten und Support für die Anbindung an den Onlinedienst {leistung}.',
  'anbindung.link': 'Anbindungsbogen: Transportweg wählen, Werte eintragen, Aufgaben nach Rolle',
  'anbindung.einleitung':
    'Dieser Bogen fasst zusammen, was Ihre Kommune für die Anbindung liefern und tun muss. Sie können ihn ausdrucken und von Hand ausfüllen. Mit JavaScript wählen Sie hier den Transportweg, tragen Ihre Werte ein, sehen Fehler sofort und exportieren alles als Datei für Ihren IT-Dienstleister.',
  'anbindung.stand': 'Stand der Angaben: {datum}. Rollen sind ein Vorschlag der Redaktion; Ihre Kommune legt sie fest.',
  'anbindung.speicher':
    'Ihre Eingaben bleiben in diesem Browser (localStorage) und werden nicht übertragen. Details im Datenschutzhinweis.',
  'anbindung.kommune': 'Name der Kommune (frei, für Ausdruck und Export)',
  'anbindung.varianten': '1. Transportweg wählen',
  'anbindung.varianten.legende': 'Transportweg',
  'anbindung.wann': 'Wann passt das?',
  'anbindung.voraussetzungen': 'Voraussetzungen',
  'anbindung.bausteine': 'Erklärt in',
  'anbindung.werte': '2. Werte der Kommune',
  'anbindung.werte.einleitung':
    'Tragen Sie die Werte Ihrer Kommune ein. „Nötig für“ nennt die Transportwege, die den Wert brauchen.',
  'anbindung.wert.format': 'Format: {format}',
  'anbindung.wert.noetig': 'Nötig für: {varianten}',
  'anbindung.wert.alle': 'alle Transportwege',
  'anbindung.aufgaben': '3. Aufgaben nach Rolle',
  'anbindung.aufgaben.einleitung': 'Die Schritte in ihrer Reihenfolge, nach der Rolle, die sie erledigt.',
  'anbindung.aufgaben.variante': 'nur bei: {varianten}',
  'anbindung.aufgaben.erklaert': 'Erklärt in:',
  'anbindung.gemeinsam': 'gemeinsam mit anderen Leistungen',
  'anbindung.standards': 'Standards und Schnittstellen',
  'anbindung.kosten': 'Wer zahlt was',
  'anbindung.support': 'Support',
  'anbindung.datei': 'Speichern, weitergeben, ausdrucken',
  'anbindung.export': 'Als JSON-Datei exportieren',
  'anbindung.import': 'JSON-Datei importieren',
  'anbindung.loeschen': 'Eingaben in diesem Browser löschen',
  'anbindung.schema': 'Die Datei folgt dem JSON-Schema',
  'anbindung.import.ok': 'Import gelungen: {n} Werte übernommen.',
  'anbindung.import.fehler': 'Die Datei passt nicht zum Anbindungsbogen: {fehler}',
  'anbindung.import.leistung': 'Die Datei enthält keine Angaben zu dieser Leistung.',
  'anbindung.export.ok': 'Datei „{datei}“ erstellt.',
  'anbindung.geloescht': 'Eingaben gelöscht.',
  'anbindung.fehler.anzahl': '{n} Werte passen noch nicht; sie sind markiert.',
  'anbindung.fehler.keine': 'Alle Werte passen zum gewählten Transportweg.',
  'anbindung.quellen': 'Quellen',
  'anbindung.beleg': 'Beleg',
  'anbindung.nicht-verifiziert': 'nicht verifiziert',
  'anbindung.abgerufen': 'abgerufen am {datum}',
  'anbindung.ohne-js': 'Ohne JavaScript: Bogen ausdrucken und von Hand ausfüllen.',

  'kosten.titel': 'Wer zahlt was (Stand der Aussagen)',
  'kosten.posten': 'Posten',
  'kosten.betrag': 'Betrag',
  'kosten.traeger': 'Trägt',
  'kosten.stand': 'Aussage vom',
  'kosten.offen': 'offen',
  'kosten.quelle': 'Quelle',

  'standards.titel': 'Standards und Schnittstellen',
  'standards.beschreibung':
    'Alle Standards und Schnittstellen, von denen die Leistungen im Atlas abhängen, mit Version, Gültigkeit, betroffenen Leistungen, Quelle und Prüfdatum.',
  'standards.einleitung':
    'Die Liste entsteht aus den Anbindungsbögen der Leistungen. Ist eine Gültigkeit abgelaufen oder ein Prüfdatum verstrichen, meldet die Inhaltsprüfung das als Warnung, und die Zeile ist hier markiert.',
  'standards.name': 'Standard',
  'standards.version': 'Version',
  'standards.ab': 'gilt ab',
  'standards.bis': 'gilt bis',
  'standards.leistungen': 'Leistungen',
  'standards.pruefen': 'prüfen bis',
  'standards.quelle': 'Quelle',
  'standards.veraltet': 'abgelaufen',
  'standards.ueberfaellig': 'Prüfung überfällig',
  'standards.unbekannt': 'nicht bekannt',

  'plan.titel': 'Anbindungsplan über mehrere Leistungen',
  'plan.beschreibung':
    'Wählen Sie die Leistungen, die Ihre Kommune anbinden will: Gemeinsame Arbeit wie OSCI-Zertifikat, DVDV-Eintrag, PVOG-Einträge und FIT-Connect-Zustellpunkt steht einmal, danach die Schritte je Leistung.',
  'plan.auswahl': 'Leistungen und Transportweg',
  'plan.auswahl.hinweis':
    'Ohne JavaScript zeigt der Plan alle Leistungen mit allen Transportwegen. Mit JavaScript passt er sich Ihrer Auswahl an.',
  'plan.gemeinsam': 'Gemeinsame Arbeit (einmal erledigen)',
  'plan.gemeinsam.fuer': 'schaltet frei: {leistungen}',
  'plan.je-leistung': 'Schritte je Leistung',
  'plan.keine': 'Wählen Sie mindestens eine Leistung.',
  'plan.variante.alle': 'alle Transportwege zeigen',
  'plan.bogen': 'Zum Anbindungsbogen',
  'plan.gemeinsam.osci-zertifikat': 'OSCI-Zertifikat',
  'plan.gemeinsam.dvdv-eintrag': 'DVDV-Eintrag',
  'plan.gemeinsam.pvog-eintrag': 'Einträge im Landesredaktionssystem (PVOG)',
  'plan.gemeinsam.fit-connect-zustellpunkt': 'FIT-Connect-Zustellpunkt',
  'plan.link': 'Anbindungsplan über mehrere Leistungen',

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
