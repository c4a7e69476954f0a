/**
 * Zweiter, größerer Satz von Anfragen, nach Klassen geschrieben, bevor die
 * Suchlogik für Fragen, Tippfehler und Alltagswörter entstand (Issue 24).
 * Jede Anfrage läuft im Test durch `sucheAusfuehren` mit den Suchhilfen des
 * Builds (Wortschatz und Frageformen), also wie auf der Suchseite.
 *
 * Klassen: Namen, Umlaute in ASCII, Zusammensetzungen, Tippfehler (ein
 * Buchstabe zu viel, zu wenig, vertauscht oder falsch), Alltags- und
 * Rechtswörter, Fragen aus Ausschuss und Verwaltung. Hier stehen Rechtswörter
 * unter „alltag“; der zurückgehaltene Satz (leseranfragen.zurueckgehalten.daten.ts)
 * führt sie und die Namen von Standards als eigene Klassen.
 */
import type { Suchanfrage } from './suchanfragen.daten.ts';

export type Klasse = 'name' | 'umlaut' | 'kompositum' | 'tippfehler' | 'alltag' | 'recht' | 'frage' | 'standard';

export interface Leseranfrage extends Suchanfrage {
  klasse: Klasse;
}

const L = (leistung: string, dokument = '') => `/leistungen/${leistung}/${dokument ? `${dokument}/` : ''}`;
const LEISTUNGEN = [
  'wohnsitzanmeldung',
  'wohngeld',
  'unterhaltsvorschuss',
  'digitale-baugenehmigung',
  'gewerbeanmeldung',
  'einbuergerung',
];
const alle = (dokument: string) => LEISTUNGEN.map((l) => L(l, dokument));
const finanziell = [L('digitale-baugenehmigung', 'finanziell'), L('gewerbeanmeldung', 'finanziell')];

export const LESERANFRAGEN: Leseranfrage[] = [
  // Namen von Leistungen, Bausteinen, Kommunen, in der Form, die Leser tippen.
  { klasse: 'name', q: 'digitale baugenehmigung', erwartet: L('digitale-baugenehmigung'), bis: 1 },
  {
    klasse: 'name',
    q: 'Unterhaltsvorschuss Musterstadt',
    erwartet: '/beitraege/musterstadt/umsetzung-unterhaltsvorschuss/',
  },
  { klasse: 'name', q: 'Gewerbeanmeldung Exempelbach', erwartet: '/beitraege/exempelbach/umsetzung-gewerbeanmeldung/' },
  { klasse: 'name', q: 'XBau', erwartet: ['/glossar/', L('digitale-baugenehmigung', 'technisch')] },
  { klasse: 'name', q: 'XZuFi', erwartet: ['/glossar/', '/querschnitt/pvog-redaktionssystem/'] },
  { klasse: 'name', q: 'LeiKa', erwartet: ['/glossar/', '/querschnitt/pvog-redaktionssystem/'] },
  { klasse: 'name', q: 'Marktplatz für EfA-Leistungen', erwartet: ['/glossar/', ...alle('rechtlich')] },
  {
    klasse: 'name',
    q: 'Musterhausen Wohnsitzanmeldung',
    erwartet: '/beitraege/musterhausen/umsetzung-wohnsitzanmeldung/',
  },
  { klasse: 'name', q: 'Checkliste Einbürgerung', erwartet: L('einbuergerung', 'checkliste'), bis: 1 },
  { klasse: 'name', q: 'Nutzerkonto Postfach', erwartet: '/querschnitt/nutzerkonto-postfach/', bis: 1 },
  { klasse: 'name', q: 'Servicekonto Thüringen', erwartet: ['/querschnitt/nutzerkonto-postfach/', '/glossar/'] },

  // Umlaute in ASCII oder ohne Punkte.
  {
    klasse: 'umlaut',
    q: 'Ruckkanal',
    erwartet: ['/querschnitt/fit-connect/', '/querschnitt/nutzerkonto-postfach/', '/glossar/'],
  },
  { klasse: 'umlaut', q: 'Einburgerung', erwartet: L('einbuergerung'), bis: 1 },
  {
    klasse: 'umlaut',
    q: 'Zustaendigkeiten',
    erwartet: ['/beitraege/musterhausen/checkliste-zustaendigkeiten/', ...alle('organisatorisch')],
  },
  {
    klasse: 'umlaut',
    q: 'Gebuehren Einbuergerung',
    erwartet: [
      L('einbuergerung'),
      L('einbuergerung', 'technisch'),
      L('einbuergerung', 'checkliste'),
      '/querschnitt/epaybl/',
    ],
  },
  {
    klasse: 'umlaut',
    q: 'erfuellende Gemeinde',
    erwartet: ['/kommunen/musterhausen/', '/glossar/', '/beitraege/musterhausen/checkliste-zustaendigkeiten/'],
  },
  { klasse: 'umlaut', q: 'Thueringen Servicekonto', erwartet: ['/querschnitt/nutzerkonto-postfach/', '/glossar/'] },
  { klasse: 'umlaut', q: 'Intermediaer', erwartet: ['/querschnitt/dvdv-osci-xta/', '/glossar/'] },
  {
    klasse: 'umlaut',
    q: 'Bauaufsichtsbehoerde',
    erwartet: [
      L('digitale-baugenehmigung'),
      ...['organisatorisch', 'technisch', 'rechtlich'].map((d) => L('digitale-baugenehmigung', d)),
    ],
  },

  // Zusammensetzungen, die so nicht im Text stehen, oder ihre Teile.
  {
    klasse: 'kompositum',
    q: 'Wohngeldantrag',
    erwartet: [L('wohngeld'), ...['organisatorisch', 'technisch', 'checkliste'].map((d) => L('wohngeld', d))],
  },
  {
    klasse: 'kompositum',
    q: 'Einbürgerungsantrag',
    erwartet: [L('einbuergerung'), ...['organisatorisch', 'technisch', 'checkliste'].map((d) => L('einbuergerung', d))],
  },
  { klasse: 'kompositum', q: 'Datenschutzkonzept', erwartet: [...alle('rechtlich'), ...alle('checkliste')] },
  { klasse: 'kompositum', q: 'Zustellpunktverwaltung', erwartet: '/querschnitt/fit-connect/' },
  {
    klasse: 'kompositum',
    q: 'OSCI-Infrastruktur',
    erwartet: [
      '/querschnitt/dvdv-osci-xta/',
      '/beitraege/musterstadt/umsetzung-einbuergerung/',
      '/beitraege/landkreis-musterland/umsetzung-einbuergerung/',
      '/beitraege/musterstadt/umsetzung-unterhaltsvorschuss/',
      '/beitraege/landkreis-musterland/umsetzung-unterhaltsvorschuss/',
    ],
  },
  {
    klasse: 'kompositum',
    q: 'Gewerbefachverfahren',
    erwartet: [
      '/beitraege/musterstadt/umsetzung-gewerbeanmeldung/',
      L('gewerbeanmeldung', 'technisch'),
      L('gewerbeanmeldung'),
    ],
  },
  {
    klasse: 'kompositum',
    q: 'Redaktionssystem Zuständigkeiten',
    erwartet: ['/querschnitt/pvog-redaktionssystem/', '/beitraege/musterhausen/checkliste-zustaendigkeiten/'],
  },
  { klasse: 'kompositum', q: 'Bezahlkomponente', erwartet: '/querschnitt/epaybl/' },

  // Tippfehler: ein Buchstabe zu viel, zu wenig, vertauscht oder falsch, in Kernbegriffen.
  { klasse: 'tippfehler', q: 'Wohngled', erwartet: L('wohngeld'), bis: 1 },
  { klasse: 'tippfehler', q: 'Zustelpunkt', erwartet: '/querschnitt/fit-connect/' },
  { klasse: 'tippfehler', q: 'Unterhaltsvorschus', erwartet: L('unterhaltsvorschuss'), bis: 1 },
  { klasse: 'tippfehler', q: 'Gewerbeanmledung', erwartet: L('gewerbeanmeldung'), bis: 1 },
  { klasse: 'tippfehler', q: 'Einbürgeung', erwartet: L('einbuergerung'), bis: 1 },
  { klasse: 'tippfehler', q: 'Wohnsitzanmeldnug', erwartet: L('wohnsitzanmeldung'), bis: 1 },
  { klasse: 'tippfehler', q: 'Fachverfarhen', erwartet: '/querschnitt/eakte-fachverfahren/' },
  { klasse: 'tippfehler', q: 'FIT-Conect', erwartet: '/querschnitt/fit-connect/', bis: 1 },
  { klasse: 'tippfehler', q: 'Redaktionsystem', erwartet: '/querschnitt/pvog-redaktionssystem/' },
  { klasse: 'tippfehler', q: 'Baugenehmigng', erwartet: L('digitale-baugenehmigung'), bis: 1 },
  {
    klasse: 'tippfehler',
    q: 'Musterland Einbürgrung',
    erwartet: '/beitraege/landkreis-musterland/umsetzung-einbuergerung/',
  },
  {
    klasse: 'tippfehler',
    q: 'Rückkanla',
    erwartet: ['/querschnitt/fit-connect/', '/querschnitt/nutzerkonto-postfach/', '/glossar/'],
  },
  { klasse: 'tippfehler', q: 'Nutzerknto', erwartet: '/querschnitt/nutzerkonto-postfach/' },

  // Alltags- und Rechtswörter für Leistungen und Begriffe.
  { klasse: 'alltag', q: 'Ummeldung', erwartet: L('wohnsitzanmeldung'), bis: 1 },
  { klasse: 'alltag', q: 'Umzug melden', erwartet: L('wohnsitzanmeldung') },
  { klasse: 'alltag', q: 'Mietzuschuss', erwartet: L('wohngeld'), bis: 1 },
  { klasse: 'alltag', q: 'Lastenzuschuss', erwartet: L('wohngeld'), bis: 1 },
  { klasse: 'alltag', q: 'Gewerbeanzeige', erwartet: L('gewerbeanmeldung'), bis: 1 },
  { klasse: 'alltag', q: 'Gewerbe anmelden', erwartet: L('gewerbeanmeldung'), bis: 1 },
  { klasse: 'alltag', q: 'Bauantrag', erwartet: L('digitale-baugenehmigung'), bis: 1 },
  { klasse: 'alltag', q: 'Staatsangehörigkeit', erwartet: L('einbuergerung'), bis: 1 },
  { klasse: 'alltag', q: 'UVG', erwartet: [L('unterhaltsvorschuss'), L('unterhaltsvorschuss', 'rechtlich')] },
  {
    klasse: 'alltag',
    q: 'Unterhaltsvorschussgesetz',
    erwartet: [L('unterhaltsvorschuss'), L('unterhaltsvorschuss', 'rechtlich')],
  },
  { klasse: 'alltag', q: 'Wohngeldgesetz', erwartet: [L('wohngeld'), L('wohngeld', 'rechtlich')] },
  { klasse: 'alltag', q: 'Onlinezugangsgesetz', erwartet: ['/glossar/', ...alle('rechtlich')] },
  { klasse: 'alltag', q: 'Bürgerkonto', erwartet: '/querschnitt/nutzerkonto-postfach/' },

  // Fragen, wie sie Ausschuss, Organisationsamt und IT stellen.
  {
    klasse: 'frage',
    q: 'Wer zahlt die Anbindung an die digitale Baugenehmigung?',
    erwartet: L('digitale-baugenehmigung', 'finanziell'),
  },
  { klasse: 'frage', q: 'Was kostet uns die Gewerbeanmeldung?', erwartet: L('gewerbeanmeldung', 'finanziell') },
  { klasse: 'frage', q: 'Wer trägt die Kosten für den Betrieb?', erwartet: finanziell },
  { klasse: 'frage', q: 'Wie teuer ist die Nachnutzung?', erwartet: finanziell },
  {
    klasse: 'frage',
    q: 'Wer ist für die Wohnsitzanmeldung zuständig?',
    erwartet: [L('wohnsitzanmeldung', 'organisatorisch'), L('wohnsitzanmeldung')],
  },
  {
    klasse: 'frage',
    q: 'Wer ist beim Wohngeld verantwortlich?',
    erwartet: [L('wohngeld', 'organisatorisch'), L('wohngeld')],
  },
  {
    klasse: 'frage',
    q: 'Wer macht was bei der Einbürgerung?',
    erwartet: [L('einbuergerung', 'organisatorisch'), L('einbuergerung')],
  },
  {
    klasse: 'frage',
    q: 'Was muss die IT für den Unterhaltsvorschuss einrichten?',
    erwartet: [L('unterhaltsvorschuss', 'technisch'), L('unterhaltsvorschuss', 'checkliste')],
  },
  {
    klasse: 'frage',
    q: 'Was braucht die IT für die Gewerbeanmeldung?',
    erwartet: [L('gewerbeanmeldung', 'technisch'), L('gewerbeanmeldung', 'checkliste')],
  },
  {
    klasse: 'frage',
    q: 'Wie lange dauert die Einführung beim Wohngeld?',
    erwartet: [L('wohngeld', 'checkliste'), '/beitraege/musterstadt/testphase-wohngeld/'],
  },
  {
    klasse: 'frage',
    q: 'Bis wann muss die Wohnsitzanmeldung laufen?',
    erwartet: [
      L('wohnsitzanmeldung', 'checkliste'),
      L('wohnsitzanmeldung', 'organisatorisch'),
      L('wohnsitzanmeldung', 'technisch'),
    ],
  },
  { klasse: 'frage', q: 'Welche Rechtsgrundlage gilt für das Wohngeld?', erwartet: L('wohngeld', 'rechtlich') },
  {
    klasse: 'frage',
    q: 'Brauchen wir einen Auftragsverarbeitungsvertrag für die Einbürgerung?',
    erwartet: L('einbuergerung', 'rechtlich'),
  },
];
