/**
 * Anfragen, wie Leserinnen und Leser in einer Kommunalverwaltung sie in die
 * Suche tippen, mit der Seite, die sie oben erwarten. Namen, Abkürzungen,
 * Schreibweisen ohne Umlaut, Komposita, Wortgruppen und kurze Fragen.
 *
 * `erwartet`: eine Adresse, oder mehrere, von denen eine genügt (z. B. „eines
 * der rechtlichen Konzepte“). `bis`: der schlechteste Rang, der noch zählt
 * (Standard 3). `muss`: diese Anfrage darf nie verfehlen; sie steht für eine
 * Zusage an die Leser (Baustein vor Beiträgen, Profil vor Beiträgen).
 */
export interface Suchanfrage {
  q: string;
  erwartet: string | string[];
  bis?: number;
  muss?: boolean;
}

const rechtlich = [
  'wohnsitzanmeldung',
  'wohngeld',
  'unterhaltsvorschuss',
  'digitale-baugenehmigung',
  'gewerbeanmeldung',
  'einbuergerung',
].map((l) => `/leistungen/${l}/rechtlich/`);
const finanziell = ['digitale-baugenehmigung', 'gewerbeanmeldung'].map((l) => `/leistungen/${l}/finanziell/`);
const organisatorisch = [
  'wohnsitzanmeldung',
  'wohngeld',
  'unterhaltsvorschuss',
  'digitale-baugenehmigung',
  'gewerbeanmeldung',
  'einbuergerung',
].map((l) => `/leistungen/${l}/organisatorisch/`);

export const SUCHANFRAGEN: Suchanfrage[] = [
  // Bausteine bei ihrem Namen oder ihrer Abkürzung: zuerst.
  { q: 'OSCI', erwartet: '/querschnitt/dvdv-osci-xta/', bis: 1, muss: true },
  { q: 'DVDV', erwartet: '/querschnitt/dvdv-osci-xta/', bis: 1 },
  { q: 'XTA', erwartet: '/querschnitt/dvdv-osci-xta/', bis: 1 },
  { q: 'FIT-Connect', erwartet: '/querschnitt/fit-connect/', bis: 1, muss: true },
  { q: 'fit connect', erwartet: '/querschnitt/fit-connect/', bis: 1 },
  { q: 'PVOG', erwartet: '/querschnitt/pvog-redaktionssystem/', bis: 1 },
  { q: 'Landesredaktionssystem', erwartet: '/querschnitt/pvog-redaktionssystem/', bis: 1 },
  { q: 'Redaktionssystem', erwartet: '/querschnitt/pvog-redaktionssystem/' },
  { q: 'ePayBL', erwartet: '/querschnitt/epaybl/', bis: 1 },
  { q: 'Bezahlung', erwartet: '/querschnitt/epaybl/' },
  { q: 'ThAVEL', erwartet: '/querschnitt/thavel/', bis: 1 },
  { q: 'E-Akte', erwartet: '/querschnitt/eakte-fachverfahren/', bis: 1 },
  { q: 'Fachverfahren', erwartet: '/querschnitt/eakte-fachverfahren/' },
  { q: 'Nutzerkonto', erwartet: '/querschnitt/nutzerkonto-postfach/', bis: 1 },
  { q: 'BundID', erwartet: ['/querschnitt/nutzerkonto-postfach/', '/glossar/'] },
  { q: 'Postfach', erwartet: '/querschnitt/nutzerkonto-postfach/' },
  // Kommunen bei ihrem Namen: das Profil vor ihren Beiträgen.
  { q: 'Landkreis Musterland', erwartet: '/kommunen/landkreis-musterland/', bis: 1, muss: true },
  { q: 'Musterland', erwartet: '/kommunen/landkreis-musterland/', bis: 1 },
  { q: 'Musterstadt', erwartet: '/kommunen/musterstadt/', bis: 1, muss: true },
  { q: 'Stadt Musterstadt', erwartet: '/kommunen/musterstadt/', bis: 1 },
  { q: 'Beispieltal', erwartet: '/kommunen/beispieltal/', bis: 1 },
  { q: 'VG Beispieltal', erwartet: '/kommunen/beispieltal/', bis: 1 },
  { q: 'Exempelbach', erwartet: '/kommunen/exempelbach/', bis: 1 },
  { q: 'Musterhausen', erwartet: '/kommunen/musterhausen/', bis: 1 },
  // Leistungen bei ihrem Namen, auch ohne Umlaut.
  { q: 'Wohngeld', erwartet: '/leistungen/wohngeld/', bis: 1 },
  { q: 'Einbürgerung', erwartet: '/leistungen/einbuergerung/', bis: 1 },
  { q: 'Einbuergerung', erwartet: '/leistungen/einbuergerung/', bis: 1 },
  { q: 'Baugenehmigung', erwartet: '/leistungen/digitale-baugenehmigung/', bis: 1 },
  { q: 'Gewerbeanmeldung', erwartet: '/leistungen/gewerbeanmeldung/', bis: 1 },
  { q: 'Unterhaltsvorschuss', erwartet: '/leistungen/unterhaltsvorschuss/', bis: 1 },
  { q: 'Wohnsitzanmeldung', erwartet: '/leistungen/wohnsitzanmeldung/', bis: 1 },
  { q: 'eWA', erwartet: '/leistungen/wohnsitzanmeldung/' },
  // Fachbegriffe: der Baustein, der sie erklärt.
  { q: 'Zustellpunkt', erwartet: '/querschnitt/fit-connect/' },
  { q: 'Rückkanal', erwartet: ['/querschnitt/fit-connect/', '/querschnitt/nutzerkonto-postfach/', '/glossar/'] },
  { q: 'Rueckkanal', erwartet: ['/querschnitt/fit-connect/', '/querschnitt/nutzerkonto-postfach/', '/glossar/'] },
  { q: 'Routing-API', erwartet: '/querschnitt/fit-connect/' },
  { q: 'virtuelle Poststelle', erwartet: ['/querschnitt/fit-connect/', '/glossar/'] },
  // Komposita und Wortgruppen: die Konzepte, die davon handeln.
  { q: 'Auftragsverarbeitungsvertrag', erwartet: rechtlich },
  { q: 'Auftragsverarbeitung', erwartet: rechtlich },
  { q: 'Kosten der Anbindung', erwartet: finanziell },
  { q: 'Finanzierung', erwartet: finanziell },
  { q: 'Schulung der Sachbearbeitung', erwartet: organisatorisch },
  { q: 'Checkliste Wohngeld', erwartet: '/leistungen/wohngeld/checkliste/', bis: 1 },
  { q: 'technisches Konzept Einbürgerung', erwartet: '/leistungen/einbuergerung/technisch/', bis: 1 },
  { q: 'Rechtlicher Rahmen Wohngeld', erwartet: '/leistungen/wohngeld/rechtlich/', bis: 1 },
  { q: 'Routing über den ARS', erwartet: '/beitraege/beispieltal/routing-ueber-ars/' },
  // Kurze Fragen.
  { q: 'Wer zahlt den Betrieb?', erwartet: finanziell },
  { q: 'Wie lege ich einen Zustellpunkt an?', erwartet: '/querschnitt/fit-connect/' },
  // Seiten der Website.
  { q: 'Glossar', erwartet: '/glossar/', bis: 1 },
  { q: 'Barrierefreiheit', erwartet: '/barrierefreiheit/', bis: 1 },
  { q: 'Impressum', erwartet: '/impressum/', bis: 1 },
  { q: 'Mitwirken', erwartet: '/mitwirken/', bis: 1 },
];
