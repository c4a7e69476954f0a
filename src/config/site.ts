/**
 * Einstellungen, die der Betreiber setzt. Die Adresse des Repositorys steht
 * nur hier; CI-Systeme liefern sie meist selbst.
 */
export interface Repository {
  /** z. B. https://github.com/org/nachnutzungsatlas */
  url: string;
  zweig: string;
  art: 'github' | 'gitlab';
}

/**
 * Ermittelt das Repository aus ATLAS_REPO_URL oder den Variablen von GitHub
 * Actions und GitLab CI. Ohne Angabe gibt es keinen Bearbeiten-Link ins
 * Repository, sondern einen Verweis auf „Mitwirken“ – besser als ein Link ins Leere.
 */
export function repository(env: Record<string, string | undefined> = process.env): Repository | undefined {
  const zweig = env.ATLAS_REPO_BRANCH ?? 'main';
  const url =
    env.ATLAS_REPO_URL ??
    (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY
      ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`
      : undefined) ??
    env.CI_PROJECT_URL;
  if (!url) return undefined;
  const art = env.CI_PROJECT_URL === url || /gitlab/i.test(url) ? 'gitlab' : 'github';
  return { url: url.replace(/\/$/, ''), zweig, art };
}

/**
 * Funktionsadresse der Redaktion für Beiträge ohne Git (ATLAS_REDAKTION_EMAIL).
 * Viele Beschäftigte in Kommunen haben kein Konto bei GitHub oder GitLab oder
 * dürfen es am Arbeitsplatz nicht nutzen; sie senden ihren Beitrag per E-Mail.
 * Ohne gültige Adresse: undefined, und die Seiten zeigen den Hinweis „Vorlage“.
 */
export function redaktionEmail(env: Record<string, string | undefined> = process.env): string | undefined {
  const wert = env.ATLAS_REDAKTION_EMAIL?.trim();
  // Eine Adresse, keine Liste und keine Zusätze: Sie steht in einem mailto-Link.
  return wert && /^[^\s@,;?&<>"]+@[^\s@,;?&<>"]+\.[a-z]{2,}$/i.test(wert) ? wert : undefined;
}

/** Link zum Bearbeiten einer Datei im Webinterface des Repositorys. */
export function bearbeitenUrl(repo: Repository, datei: string): string {
  return repo.art === 'gitlab'
    ? `${repo.url}/-/edit/${repo.zweig}/${datei}`
    : `${repo.url}/edit/${repo.zweig}/${datei}`;
}

/** Link zur Versionsgeschichte einer Datei. */
export function historieUrl(repo: Repository, datei: string): string {
  return repo.art === 'gitlab'
    ? `${repo.url}/-/commits/${repo.zweig}/${datei}`
    : `${repo.url}/commits/${repo.zweig}/${datei}`;
}

/**
 * Link zur Seite „Neue Datei“ der Plattform im Ordner `ordner`, mit Dateiname
 * und, wenn angegeben, dem Inhalt vorausgefüllt (GitHub: filename/value,
 * GitLab: file_name/content). Wer nicht schreiben darf, bekommt dort von der
 * Plattform eine eigene Kopie (Fork) angeboten und reicht einen Pull- bzw.
 * Merge-Request ein.
 */
export function neueDateiUrl(repo: Repository, ordner: string, name: string, inhalt?: string): string {
  const gitlab = repo.art === 'gitlab';
  // encodeURIComponent statt URLSearchParams: „%20“ statt „+“ liest jede Plattform als Leerzeichen.
  const parameter = [[gitlab ? 'file_name' : 'filename', name]];
  if (inhalt !== undefined) parameter.push([gitlab ? 'content' : 'value', inhalt]);
  const abfrage = parameter.map(([k, v]) => `${k}=${encodeURIComponent(v!)}`).join('&');
  return `${repo.url}${gitlab ? '/-' : ''}/new/${repo.zweig}/${ordner}?${abfrage}`;
}

/** Link zu einem einzelnen Commit. */
export function commitUrl(repo: Repository, hash: string): string {
  return repo.art === 'gitlab' ? `${repo.url}/-/commit/${hash}` : `${repo.url}/commit/${hash}`;
}

/**
 * Vorgabe für die öffentliche Adresse, solange der Betreiber keine setzt.
 * Die Endung .example ist nach RFC 2606 reserviert und gehört niemandem:
 * Ein vergessener Wert zeigt so auf keine fremde Website.
 */
export const VORGABE_SITE_URL = 'https://nachnutzungsatlas.example';

/**
 * Öffentliche Adresse der Website aus ATLAS_SITE_URL, sonst die Vorgabe.
 * Daraus entstehen alle absoluten Adressen (offene Daten, Feed, Sitemap).
 * Ein Pfad gehört nicht hierher, sondern nach ATLAS_BASE_PATH (basisPfad):
 * https://example.org/atlas/ wird ATLAS_SITE_URL=https://example.org und
 * ATLAS_BASE_PATH=/atlas/.
 */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  const wert = env.ATLAS_SITE_URL?.trim();
  if (!wert) return VORGABE_SITE_URL;
  let adresse: URL;
  try {
    adresse = new URL(wert);
  } catch (fehler) {
    throw new Error(`ATLAS_SITE_URL „${wert}“ ist keine Webadresse. Beispiel: https://atlas.thueringen.de`, {
      cause: fehler,
    });
  }
  if (!/^https?:$/.test(adresse.protocol)) {
    throw new Error(`ATLAS_SITE_URL „${wert}“ muss mit https:// (oder http://) beginnen.`);
  }
  if (adresse.pathname !== '/' || adresse.search || adresse.hash) {
    throw new Error(
      `ATLAS_SITE_URL „${wert}“ enthält einen Pfad. Setzen Sie nur die Adresse ohne Pfad (z. B. https://example.org) und den Pfad in ATLAS_BASE_PATH (z. B. /atlas/).`,
    );
  }
  return adresse.origin;
}

/** Ob die Adresse nur die Vorgabe ist (dann warnt der Build). */
export const istVorgabeAdresse = (adresse: string) => adresse === VORGABE_SITE_URL;

/**
 * Pfad, unter dem die Website liegt, aus ATLAS_BASE_PATH: „/“ (Standard) oder
 * z. B. „/atlas/“ für eine Projektseite auf GitHub Pages oder GitLab Pages.
 * Immer mit „/“ am Anfang und Ende („atlas“ und „/atlas“ werden „/atlas/“).
 * Daraus entstehen Astros `base` und jede Adresse in src/modell/urls.ts.
 */
export function basisPfad(env: Record<string, string | undefined> = process.env): string {
  const wert = env.ATLAS_BASE_PATH?.trim() ?? '';
  const teile = wert.split('/').filter(Boolean);
  if (teile.some((t) => t === '.' || t === '..' || !/^[A-Za-z0-9._~-]+$/.test(t)) || /[?#]/.test(wert)) {
    throw new Error(
      `ATLAS_BASE_PATH „${wert}“ ist kein gültiger Pfad. Beispiel: /atlas/ (nur Buchstaben, Ziffern, „-“, „_“, „.“, „~“ und „/“ als Trenner).`,
    );
  }
  return teile.length ? `/${teile.join('/')}/` : '/';
}

/**
 * Ob Seitenadressen auf „index.html“ enden sollen (ATLAS_INDEX_HTML=1): nur
 * für Server, die Verzeichnisse nicht auflösen, wie GitLabs Ansicht von
 * Job-Artefakten (Vorschau im Merge-Request, .gitlab-ci.yml).
 */
export function indexHtmlGewuenscht(env: Record<string, string | undefined> = process.env): boolean {
  return ['1', 'true', 'ja'].includes(env.ATLAS_INDEX_HTML?.trim().toLowerCase() ?? '');
}
