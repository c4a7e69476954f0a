#!/usr/bin/env bash
# npm run gitlab-lokal -- [JOB …]
#
# Führt Jobs aus .gitlab-ci.yml auf diesem Rechner aus, mit gitlab-ci-local
# (npm-Paket, Entwicklungsabhängigkeit) im Shell-Modus (--force-shell-executor):
# ohne Docker und ohne das Image node:24-bookworm, mit dem Node, npm und den
# Programmen dieses Rechners. Die Jobs laufen in einer frischen Kopie des
# Repositorys unter $TMPDIR (HEAD und die noch nicht committeten Änderungen an
# versionierten Dateien); das eigene node_modules/ bleibt unberührt.
#
# Ohne Angabe: inhalte und vorschau, wie in einem Merge-Request. Auf Wunsch:
#   pruefen  alle Tests wie im Merge-Request; installiert dafür Chromium und
#            Firefox ESR mit apt-get (braucht root) und dauert lange
#   pages    der Build für GitLab Pages, wie auf dem Standardzweig
# Braucht rsync. Die Adresse für Vorschau und Pages ist erfunden
# (gruppe.pages.example); wie GitLab sie bildet, prüft tests/unit/ci.unit.test.ts.
#
# shellcheck disable=SC1111 # „…“ sind deutsche Anführungszeichen im Text, keine Shell-Syntax.
set -euo pipefail

wurzel="$(cd "$(dirname "$0")/.." && pwd)"
gcl="$wurzel/node_modules/gitlab-ci-local/dist/index.js"
[ -f "$gcl" ] || { echo "gitlab-ci-local fehlt: erst npm ci." >&2; exit 1; }
command -v rsync >/dev/null || { echo "gitlab-ci-local braucht rsync (apt-get install rsync)." >&2; exit 1; }
# gitlab-ci-local braucht Node 22 oder neuer: das aus node_modules (npm-Paket „node“).
node="$wurzel/node_modules/.bin/node"
[ -x "$node" ] || node="node"

jobs=("$@")
[ ${#jobs[@]} -gt 0 ] || jobs=(inhalte vorschau)
mr_jobs=()
zweig_jobs=()
for job in "${jobs[@]}"; do
  case "$job" in
    inhalte | pruefen | vorschau) mr_jobs+=("$job") ;;
    pages) zweig_jobs+=("$job") ;;
    *) echo "Unbekannter Job „$job“; bekannt: inhalte, pruefen, vorschau, pages." >&2; exit 1 ;;
  esac
done

kopie="$(mktemp -d "${TMPDIR:-/tmp}/gitlab-lokal-XXXXXX")"
echo "Kopie des Repositorys: $kopie"
git clone -q --no-hardlinks "$wurzel" "$kopie"
git -C "$wurzel" diff --binary HEAD | git -C "$kopie" apply --allow-empty --whitespace=nowarn

# Was GitLab jeder Pipeline mitgibt und gitlab-ci-local ohne GitLab nicht kennt.
gemeinsam=(
  --variable CI_PROJECT_ROOT_NAMESPACE=gruppe
  --variable CI_PROJECT_PATH=gruppe/nachnutzungsatlas
  --variable CI_PAGES_DOMAIN=pages.example
  --variable CI_PAGES_URL=https://gruppe.pages.example/nachnutzungsatlas
)
unterdrueckt=CI_PIPELINE_SOURCE,CI_MERGE_REQUEST_IID,CI_COMMIT_BRANCH,CI_DEFAULT_BRANCH,CI_PROJECT_ROOT_NAMESPACE,CI_PROJECT_PATH,CI_PAGES_DOMAIN,CI_PAGES_URL

ausfuehren() {
  (
    cd "$kopie"
    "$node" "$gcl" --force-shell-executor --concurrency 1 --no-color \
      --ignore-predefined-vars "$unterdrueckt" "${gemeinsam[@]}" "$@"
  )
}

status=0
if [ ${#mr_jobs[@]} -gt 0 ]; then
  echo "== Merge-Request-Pipeline: ${mr_jobs[*]}"
  ausfuehren --variable CI_PIPELINE_SOURCE=merge_request_event --variable CI_MERGE_REQUEST_IID=1 \
    --unset-variable CI_COMMIT_BRANCH "${mr_jobs[@]}" || status=$?
fi
if [ "$status" -eq 0 ] && [ ${#zweig_jobs[@]} -gt 0 ]; then
  echo "== Pipeline des Standardzweigs: ${zweig_jobs[*]}"
  ausfuehren --variable CI_PIPELINE_SOURCE=push --variable CI_COMMIT_BRANCH=main \
    --variable CI_DEFAULT_BRANCH=main "${zweig_jobs[@]}" || status=$?
fi

if [ "$status" -eq 0 ]; then
  echo "Alle Jobs bestanden. Die Kopie mit dist/ und den Berichten: $kopie"
else
  echo "Ein Job ist gescheitert (Exit-Code $status). Die Kopie zum Nachsehen: $kopie" >&2
fi
exit "$status"
