/**
 * Zurückgehaltene Leseranfragen: ein eigener Satz derselben Klassen wie in
 * leseranfragen.daten.ts, geschrieben und erwartet, bevor er gegen die Suche
 * lief, und nicht zum Einstellen von Glossar, Frageformen oder Rangfolge
 * benutzt. Er misst, ob die allgemeinen Mechanismen (Synonyme, Frageformen,
 * Wortschatz für Tippfehler) über die bekannten Anfragen hinaus tragen.
 *
 * Regel für Änderungen: Verfehlt eine Anfrage hier, wird nicht die Anfrage
 * angepasst, und keine Seite bekommt ein Wort nur für diese Anfrage. Erwartet
 * wird, was eine Leserin als richtige Antwort annähme; wo mehrere Seiten
 * antworten, genügt eine.
 */
import type { Leseranfrage } from './leseranfragen.daten.ts';

const L = (leistung: string, dokument = '') => `/leistungen/${leistung}/${dokument ? `${dokument}/` : ''}`;
const WSA = 'wohnsitzanmeldung';
const WG = 'wohngeld';
const UV = 'unterhaltsvorschuss';
const BAU = 'digitale-baugenehmigung';
const GEW = 'gewerbeanmeldung';
const EIN = 'einbuergerung';
const docs = (leistung: string, ...dokumente: string[]) => dokumente.map((d) => L(leistung, d));
const TECHNISCH = [WSA, WG, UV, BAU, GEW, EIN].map((l) => L(l, 'technisch'));
const meldestandard = [
  L(WSA),
  L(WSA, 'technisch'),
  '/beitraege/musterstadt/umsetzung-wohnsitzanmeldung/',
  '/beitraege/musterhausen/umsetzung-wohnsitzanmeldung/',
];

export const ZURUECKGEHALTEN: Leseranfrage[] = [
  // Namen
  { klasse: 'name', q: 'wohnsitzanmeldung', erwartet: L(WSA) },
  {
    klasse: 'name',
    q: 'Unterhaltsvorschuss Landkreis Musterland',
    erwartet: [
      '/beitraege/landkreis-musterland/umsetzung-unterhaltsvorschuss/',
      '/beitraege/landkreis-musterland/prozessmodell-unterhaltsvorschuss/',
    ],
  },
  { klasse: 'name', q: 'ePayBL', erwartet: '/querschnitt/epaybl/' },
  { klasse: 'name', q: 'Beispieltal Wohngeld', erwartet: '/beitraege/beispieltal/beratung-wohngeld/' },
  { klasse: 'name', q: 'Rechtlicher Rahmen Unterhaltsvorschuss', erwartet: L(UV, 'rechtlich') },
  { klasse: 'name', q: 'Exempelbach', erwartet: '/kommunen/exempelbach/' },

  // Umlaute in ASCII
  { klasse: 'umlaut', q: 'Buergerkonto', erwartet: '/querschnitt/nutzerkonto-postfach/' },
  { klasse: 'umlaut', q: 'Staatsangehoerigkeit', erwartet: L(EIN) },
  {
    klasse: 'umlaut',
    q: 'Einbuergerungsbehoerde',
    erwartet: [L(EIN), ...docs(EIN, 'organisatorisch', 'technisch', 'rechtlich')],
  },
  { klasse: 'umlaut', q: 'Zustaendigkeitsfinder', erwartet: ['/glossar/', '/querschnitt/pvog-redaktionssystem/'] },
  {
    klasse: 'umlaut',
    q: 'Meldebestaetigung',
    erwartet: [L(WSA), ...docs(WSA, 'technisch', 'organisatorisch', 'rechtlich', 'checkliste')],
  },
  { klasse: 'umlaut', q: 'Leistungsschluessel', erwartet: ['/glossar/', '/querschnitt/pvog-redaktionssystem/'] },
  {
    klasse: 'umlaut',
    q: 'Gemeindeschluessel',
    erwartet: ['/glossar/', '/querschnitt/pvog-redaktionssystem/', '/beitraege/beispieltal/routing-ueber-ars/'],
  },

  // Zusammensetzungen
  {
    klasse: 'kompositum',
    q: 'Unterhaltsvorschussantrag',
    erwartet: [
      L(UV),
      ...docs(UV, 'organisatorisch', 'technisch', 'checkliste'),
      '/beitraege/landkreis-musterland/prozessmodell-unterhaltsvorschuss/',
    ],
  },
  {
    klasse: 'kompositum',
    q: 'Baugenehmigungsantrag',
    erwartet: [L(BAU), ...docs(BAU, 'organisatorisch', 'technisch')],
  },
  { klasse: 'kompositum', q: 'DVDV-Eintragung', erwartet: '/querschnitt/dvdv-osci-xta/' },
  {
    klasse: 'kompositum',
    q: 'Wohngeldbescheid',
    erwartet: [L(WG), ...docs(WG, 'organisatorisch', 'technisch', 'rechtlich', 'checkliste')],
  },
  {
    klasse: 'kompositum',
    q: 'Fachverfahrenshersteller',
    erwartet: ['/querschnitt/eakte-fachverfahren/', ...TECHNISCH],
  },
  { klasse: 'kompositum', q: 'Bezahldienst', erwartet: '/querschnitt/epaybl/' },

  // Tippfehler
  { klasse: 'tippfehler', q: 'Wohnsitzanmeldng', erwartet: L(WSA) },
  { klasse: 'tippfehler', q: 'Unterhaltvorschuss', erwartet: L(UV) },
  { klasse: 'tippfehler', q: 'Gewerbeanmeldumg', erwartet: L(GEW) },
  { klasse: 'tippfehler', q: 'Baugenemigung', erwartet: L(BAU) },
  { klasse: 'tippfehler', q: 'Wohngedl', erwartet: L(WG) },
  { klasse: 'tippfehler', q: 'Einbügerung', erwartet: L(EIN) },
  { klasse: 'tippfehler', q: 'Landesredaktionsssystem', erwartet: '/querschnitt/pvog-redaktionssystem/' },
  { klasse: 'tippfehler', q: 'Zustellpukt', erwartet: '/querschnitt/fit-connect/' },
  { klasse: 'tippfehler', q: 'Postfahc', erwartet: '/querschnitt/nutzerkonto-postfach/' },
  {
    klasse: 'tippfehler',
    q: 'Musterstdt Wohngeld',
    erwartet: ['/beitraege/musterstadt/umsetzung-wohngeld/', '/beitraege/musterstadt/testphase-wohngeld/'],
  },

  // Alltagswörter von Bürgerinnen, Bürgern und Sachbearbeitung
  { klasse: 'alltag', q: 'neue Wohnung anmelden', erwartet: L(WSA) },
  { klasse: 'alltag', q: 'Einwohnermeldeamt', erwartet: L(WSA) },
  { klasse: 'alltag', q: 'Zuschuss zur Miete', erwartet: L(WG) },
  { klasse: 'alltag', q: 'Unterhalt Alleinerziehende', erwartet: L(UV) },
  { klasse: 'alltag', q: 'Baugenehmigung beantragen', erwartet: L(BAU) },
  { klasse: 'alltag', q: 'Bauamt', erwartet: L(BAU) },
  { klasse: 'alltag', q: 'Gewerbe abmelden', erwartet: L(GEW) },
  { klasse: 'alltag', q: 'Gewerbeamt', erwartet: L(GEW) },
  { klasse: 'alltag', q: 'Firma anmelden', erwartet: L(GEW) },
  { klasse: 'alltag', q: 'deutsche Staatsbürgerschaft', erwartet: L(EIN) },

  // Rechtsbegriffe und Gesetze
  { klasse: 'recht', q: 'WoGG', erwartet: [L(WG), L(WG, 'rechtlich')] },
  { klasse: 'recht', q: 'GewO', erwartet: [L(GEW), L(GEW, 'rechtlich')] },
  { klasse: 'recht', q: 'StAG', erwartet: [L(EIN), L(EIN, 'rechtlich')] },
  { klasse: 'recht', q: 'Meldegesetz', erwartet: [L(WSA), L(WSA, 'rechtlich')] },
  { klasse: 'recht', q: 'Unterhaltsausfallleistung', erwartet: [L(UV), L(UV, 'rechtlich')] },
  { klasse: 'recht', q: 'Bauordnung', erwartet: [L(BAU), L(BAU, 'rechtlich')] },
  { klasse: 'recht', q: 'Wohnungsgeberbestätigung', erwartet: [L(WSA), L(WSA, 'rechtlich')] },
  { klasse: 'recht', q: 'Anzeige nach § 14 GewO', erwartet: [L(GEW), L(GEW, 'rechtlich')] },

  // Fragen
  {
    klasse: 'frage',
    q: 'Wer bezahlt den Betrieb der Gewerbeanmeldung?',
    erwartet: L(GEW, 'finanziell'),
  },
  {
    klasse: 'frage',
    q: 'Was kostet die digitale Baugenehmigung die Kommune?',
    erwartet: L(BAU, 'finanziell'),
  },
  { klasse: 'frage', q: 'Wer ist beim Unterhaltsvorschuss zuständig?', erwartet: [L(UV, 'organisatorisch'), L(UV)] },
  { klasse: 'frage', q: 'Welche Schnittstellen braucht das Wohngeld?', erwartet: L(WG, 'technisch') },
  { klasse: 'frage', q: 'Welches Gesetz gilt für die Gewerbeanmeldung?', erwartet: L(GEW, 'rechtlich') },
  { klasse: 'frage', q: 'Wie richte ich einen Zustellpunkt ein?', erwartet: '/querschnitt/fit-connect/' },
  {
    klasse: 'frage',
    q: 'Wer kümmert sich um den Support bei der Wohnsitzanmeldung?',
    erwartet: docs(WSA, 'organisatorisch', 'technisch', 'checkliste'),
  },
  {
    klasse: 'frage',
    q: 'Wie lange dauert die Umstellung bei der Einbürgerung?',
    erwartet: docs(EIN, 'checkliste', 'betrieb', 'organisatorisch'),
  },
  { klasse: 'frage', q: 'Brauchen wir ein OSCI-Zertifikat?', erwartet: '/querschnitt/dvdv-osci-xta/' },
  { klasse: 'frage', q: 'Wie melde ich ein Gewerbe online an?', erwartet: L(GEW) },

  // Alte und neue Namen von Standards und Bausteinen
  { klasse: 'standard', q: 'XGewerbeanzeige', erwartet: [L(GEW), L(GEW, 'technisch'), '/glossar/'] },
  { klasse: 'standard', q: 'XGewerbeordnung', erwartet: [L(GEW), L(GEW, 'technisch'), '/glossar/'] },
  { klasse: 'standard', q: 'XMeld', erwartet: meldestandard },
  { klasse: 'standard', q: 'XInneres', erwartet: meldestandard },
  { klasse: 'standard', q: 'OSCI/XTA', erwartet: '/querschnitt/dvdv-osci-xta/' },
  { klasse: 'standard', q: 'XTA2', erwartet: ['/querschnitt/dvdv-osci-xta/', '/glossar/'] },
  { klasse: 'standard', q: 'Föderales Informationsmanagement', erwartet: '/glossar/' },
  {
    klasse: 'standard',
    q: 'XFamilie',
    erwartet: [
      L(UV, 'technisch'),
      '/beitraege/musterstadt/umsetzung-unterhaltsvorschuss/',
      '/beitraege/landkreis-musterland/umsetzung-unterhaltsvorschuss/',
    ],
  },
];

/**
 * Zweiter zurückgehaltener Satz, geschrieben nach der ersten Runde von
 * Änderungen (Glossar, Behörde als Thema der Leistung, trennbare Verben,
 * Bindestrich-Verbindungen), bevor er gegen die Suche lief: Die erste Runde
 * hat den Satz oben gesehen; dieser prüft, ob die Änderungen über ihn hinaus
 * tragen. Dieselben Regeln: Anfragen und Erwartungen werden nicht angepasst.
 */
export const NACHKONTROLLE: Leseranfrage[] = [
  { klasse: 'name', q: 'Landkreis Musterland', erwartet: '/kommunen/landkreis-musterland/' },
  { klasse: 'name', q: 'Technisches Integrationskonzept Wohngeld', erwartet: L(WG, 'technisch') },
  { klasse: 'name', q: 'PVOG', erwartet: '/querschnitt/pvog-redaktionssystem/' },

  {
    klasse: 'umlaut',
    q: 'Ausweisbehoerde',
    erwartet: [L(WSA), ...docs(WSA, 'technisch', 'checkliste'), '/beitraege/musterstadt/umsetzung-wohnsitzanmeldung/'],
  },
  { klasse: 'umlaut', q: 'Staatsangehoerigkeitsbehoerde', erwartet: [L(EIN), ...docs(EIN, 'organisatorisch')] },
  {
    klasse: 'umlaut',
    q: 'Gebuehren Wohnsitzanmeldung',
    erwartet: [L(WSA), ...docs(WSA, 'technisch', 'rechtlich', 'organisatorisch', 'checkliste')],
  },

  {
    klasse: 'kompositum',
    q: 'Einbürgerungsverfahren',
    erwartet: [L(EIN), ...docs(EIN, 'organisatorisch', 'technisch')],
  },
  { klasse: 'kompositum', q: 'Bauantragsverfahren', erwartet: [L(BAU), ...docs(BAU, 'organisatorisch', 'technisch')] },
  { klasse: 'kompositum', q: 'Zustellpunktkonfiguration', erwartet: '/querschnitt/fit-connect/' },

  { klasse: 'tippfehler', q: 'Einbürgeurng', erwartet: L(EIN) },
  { klasse: 'tippfehler', q: 'Gewrbeanmeldung', erwartet: L(GEW) },
  { klasse: 'tippfehler', q: 'Unterhalsvorschuss', erwartet: L(UV) },
  { klasse: 'tippfehler', q: 'Wohnsitzanmledung', erwartet: L(WSA) },
  { klasse: 'tippfehler', q: 'Leistungsschlüsel', erwartet: ['/glossar/', '/querschnitt/pvog-redaktionssystem/'] },

  { klasse: 'alltag', q: 'Wohnung ummelden', erwartet: L(WSA) },
  { klasse: 'alltag', q: 'Kindesunterhalt Vorschuss', erwartet: L(UV) },
  { klasse: 'alltag', q: 'Genehmigung Hausbau', erwartet: L(BAU) },
  { klasse: 'alltag', q: 'selbstständig machen Gewerbe', erwartet: L(GEW) },
  { klasse: 'alltag', q: 'Zuschuss Miete', erwartet: L(WG) },

  { klasse: 'recht', q: 'Melderecht', erwartet: [L(WSA), L(WSA, 'rechtlich')] },
  { klasse: 'recht', q: '§ 23a BMG', erwartet: [L(WSA), L(WSA, 'rechtlich')] },
  { klasse: 'recht', q: 'Landesbauordnung', erwartet: [L(BAU), L(BAU, 'rechtlich')] },

  { klasse: 'frage', q: 'Wer bezahlt die Einbürgerung?', erwartet: [L(EIN), ...docs(EIN, 'betrieb', 'rechtlich')] },
  {
    klasse: 'frage',
    q: 'Wie lange dauert die Umsetzung der digitalen Baugenehmigung?',
    erwartet: [
      ...docs(BAU, 'checkliste', 'organisatorisch'),
      '/beitraege/musterstadt/umsetzung-digitale-baugenehmigung/',
      '/beitraege/landkreis-musterland/umsetzung-digitale-baugenehmigung/',
    ],
  },
  {
    klasse: 'frage',
    q: 'Wer ist für den Support beim Wohngeld zuständig?',
    erwartet: docs(WG, 'organisatorisch', 'technisch'),
  },
  { klasse: 'frage', q: 'Wie richte ich OSCI ein?', erwartet: '/querschnitt/dvdv-osci-xta/' },
  { klasse: 'frage', q: 'Welche Verträge braucht die Gewerbeanmeldung?', erwartet: L(GEW, 'rechtlich') },
  {
    klasse: 'frage',
    q: 'Wie binden wir das Fachverfahren für den Unterhaltsvorschuss an?',
    erwartet: [
      ...docs(UV, 'technisch', 'checkliste'),
      '/beitraege/musterstadt/umsetzung-unterhaltsvorschuss/',
      '/beitraege/landkreis-musterland/umsetzung-unterhaltsvorschuss/',
    ],
  },

  {
    klasse: 'standard',
    q: 'XPassAusweis',
    erwartet: [L(WSA), L(WSA, 'technisch'), '/beitraege/musterstadt/umsetzung-wohnsitzanmeldung/', '/glossar/'],
  },
  { klasse: 'standard', q: 'XBau 2.4', erwartet: [L(BAU), L(BAU, 'technisch'), '/glossar/'] },
  { klasse: 'standard', q: 'Nutzerkonto Bund', erwartet: ['/querschnitt/nutzerkonto-postfach/', '/glossar/'] },
  { klasse: 'standard', q: 'DeutschlandID', erwartet: ['/querschnitt/nutzerkonto-postfach/', '/glossar/'] },
];
