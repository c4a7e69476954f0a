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
