/** Meldungstexte zu täuschenden Adressen, geteilt von taeuschende-url (Text) und den YAML-Werten (yaml-taeuschung). */

/** Kurzform einer Adresse für Meldungen. */
export const kurzeAdresse = (adresse: string) => (adresse.length > 70 ? `${adresse.slice(0, 67)}…` : adresse);

/** Meldung, wenn ein Linktext einen anderen Server nennt, als der Link aufruft. */
export function linktextMeldung(geschrieben: string, ziel: string, wo: string): { meldung: string; hinweis: string } {
  return {
    meldung: `${wo} zeigt „${geschrieben}“, führt aber auf den Server „${ziel}“. Leserinnen und Leser verlassen sich auf den sichtbaren Text.`,
    hinweis: `Schreiben Sie als Linktext, wohin der Link führt, oder eine Beschreibung ohne Adresse, z. B. [Wohngeld beim Bund](https://www.bund.de/…). Soll der Link auf „${geschrieben}“ führen, tragen Sie diese Adresse ein.`,
  };
}
