#!/usr/bin/env bash
# Schreibt in den Zweig, aus dem GitHub Pages die Website und die Vorschauen
# der Pull-Requests ausliefert (docs/betrieb.md, „Vorschau für Pull-Requests“):
#
#   scripts/pages-zweig.sh website ORDNER          Website ersetzen; vorschau/ bleibt
#   scripts/pages-zweig.sh vorschau NUMMER ORDNER  vorschau/pr-NUMMER/ ersetzen
#   scripts/pages-zweig.sh entfernen NUMMER        vorschau/pr-NUMMER/ löschen
#
# Umgebung: PAGES_REMOTE (Standard: das Repository des Workflows),
# PAGES_ZWEIG (Standard gh-pages), GH_TOKEN (Token zum Schreiben; ohne ihn
# nutzt git, was es selbst an Zugangsdaten hat), PAGES_PAUSE (Sekunden
# zwischen zwei Versuchen, Standard 3).
#
# Das Skript kopiert nur Dateien und führt nichts aus, was im Zweig oder in den
# Ordnern liegt; symbolische Verknüpfungen und Ordner .git lässt es aus.
# Laufen mehrere Workflows zugleich, beginnt jeder Versuch beim aktuellen Stand
# des Zweigs; war ein anderer schneller, versucht es es erneut (bis zu 5-mal).
# „website“ legt einen neuen Stand ohne Vorgänger an (der Zweig wächst nicht
# mit jedem Build) und übernimmt vorschau/ aus dem bisherigen Stand.
#
# shellcheck disable=SC1111 # „…“ sind deutsche Anführungszeichen im Text, keine Shell-Syntax.
set -euo pipefail

zweig="${PAGES_ZWEIG:-gh-pages}"
pause="${PAGES_PAUSE:-3}"

fehler() {
  echo "pages-zweig: $*" >&2
  exit 1
}

ausgabe() {
  # Für Workflows: geaendert=true|false, wenn GITHUB_OUTPUT gesetzt ist.
  if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "geaendert=$1" >>"$GITHUB_OUTPUT"; fi
}

nummer_pruefen() {
  [[ "${1:-}" =~ ^[1-9][0-9]{0,8}$ ]] || fehler "„${1:-}“ ist keine Nummer eines Pull-Requests."
}

ordner_pruefen() {
  if [ -z "${1:-}" ] || [ ! -d "$1" ] || [ -L "$1" ]; then fehler "Ordner „${1:-}“ fehlt."; fi
  [ -f "$1/index.html" ] || fehler "In „$1“ fehlt index.html: keine gebaute Website."
}

befehl="${1:-}"
case "$befehl" in
  website)
    [ $# -eq 2 ] || fehler "Aufruf: $0 website ORDNER"
    ordner_pruefen "$2"
    quelle="$(cd "$2" && pwd)"
    ;;
  vorschau)
    [ $# -eq 3 ] || fehler "Aufruf: $0 vorschau NUMMER ORDNER"
    nummer_pruefen "$2"
    ordner_pruefen "$3"
    nummer="$2"
    quelle="$(cd "$3" && pwd)"
    ;;
  entfernen)
    [ $# -eq 2 ] || fehler "Aufruf: $0 entfernen NUMMER"
    nummer_pruefen "$2"
    nummer="$2"
    ;;
  *) fehler "Aufruf: $0 website ORDNER | vorschau NUMMER ORDNER | entfernen NUMMER" ;;
esac

if [ -z "${PAGES_REMOTE:-}" ]; then
  [ -n "${GITHUB_REPOSITORY:-}" ] || fehler "PAGES_REMOTE oder GITHUB_REPOSITORY setzen."
  PAGES_REMOTE="${GITHUB_SERVER_URL:-https://github.com}/${GITHUB_REPOSITORY}.git"
fi

# Zugang wie actions/checkout: als Kopfzeile, nie in der Adresse oder einer Datei.
if [ -n "${GH_TOKEN:-}" ]; then
  zugang="$(printf 'x-access-token:%s' "$GH_TOKEN" | base64 | tr -d '\n')"
  if [ "${GITHUB_ACTIONS:-}" = true ]; then echo "::add-mask::$zugang"; fi
  export GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=http.extraheader GIT_CONFIG_VALUE_0="AUTHORIZATION: basic $zugang"
fi

if [ -d "$PAGES_REMOTE" ]; then PAGES_REMOTE="$(cd "$PAGES_REMOTE" && pwd)"; fi

arbeit="$(mktemp -d)"
trap 'rm -rf "$arbeit"' EXIT

# Die Website einmal bereinigt bereitlegen: ohne symbolische Verknüpfungen und
# ohne Ordner .git; ohne .github oben (ein Workflow im Zweig liefe bei jedem Push).
if [ -n "${quelle:-}" ]; then
  mkdir "$arbeit/website"
  cp -R "$quelle/." "$arbeit/website/"
  find "$arbeit/website" -type l -delete
  find "$arbeit/website" -depth -name .git -exec rm -rf {} +
  rm -rf "$arbeit/website/.github"
  quelle="$arbeit/website"
fi

mkdir "$arbeit/zweig"
cd "$arbeit/zweig"
git init -q
git config user.name 'github-actions[bot]'
git config user.email '41898282+github-actions[bot]@users.noreply.github.com'
git config core.symlinks false
git remote add origin "$PAGES_REMOTE"

# Holt den aktuellen Stand des Zweigs; $basis ist danach sein Commit oder leer.
holen() {
  basis=''
  local status=0
  git ls-remote --exit-code --heads origin "refs/heads/$zweig" >/dev/null || status=$?
  if [ "$status" -eq 2 ]; then return 0; fi
  [ "$status" -eq 0 ] || fehler "Zweig $zweig nicht lesbar (git ls-remote: $status)."
  git fetch -q --depth 1 origin "+refs/heads/$zweig:refs/remotes/origin/$zweig"
  basis="$(git rev-parse "refs/remotes/origin/$zweig")"
}

# Ersetzt einen Ordner im Arbeitsbaum ($1) durch die Website aus $2 (leer: löschen).
ersetzen() {
  git rm -rqf --ignore-unmatch -- "$1"
  rm -rf "$1"
  if [ -n "${2:-}" ]; then mkdir -p "$1" && cp -R "$2/." "$1/"; fi
  git add -A
}

for versuch in 1 2 3 4 5; do
  [ "$versuch" -eq 1 ] || sleep "$((pause * (versuch - 1)))"
  holen
  case "$befehl" in
    website)
      git checkout -q --orphan "stand-$versuch"
      git rm -rqf --ignore-unmatch -- .
      git clean -fdxq
      cp -R "$quelle/." .
      if [ -n "$basis" ] && git cat-file -e "$basis:vorschau" 2>/dev/null; then
        git checkout "$basis" -- vorschau
      fi
      # Nur für eine Quelle „Deploy from a branch“: kein Jekyll (es ließe _astro/ weg).
      touch .nojekyll
      git add -A
      git commit -qm "Website ${GITHUB_SHA:-}"
      if git push -q --force-with-lease="refs/heads/$zweig:$basis" origin "HEAD:refs/heads/$zweig"; then
        echo "Website in $zweig geschrieben."
        ausgabe true
        exit 0
      fi
      ;;
    vorschau | entfernen)
      if [ -z "$basis" ]; then
        if [ "$befehl" = entfernen ]; then
          echo "Zweig $zweig gibt es nicht: nichts zu entfernen."
          ausgabe false
          exit 0
        fi
        fehler "Zweig $zweig gibt es noch nicht: Die Website wurde noch nie veröffentlicht (Workflow „Website veröffentlichen“)."
      fi
      git checkout -q -B "stand-$versuch" "$basis"
      if [ "$befehl" = vorschau ]; then
        mkdir -p vorschau
        ersetzen "vorschau/pr-$nummer" "$quelle"
      else
        ersetzen "vorschau/pr-$nummer"
      fi
      if git diff --cached --quiet; then
        echo "vorschau/pr-$nummer: unverändert."
        ausgabe false
        exit 0
      fi
      git commit -qm "Vorschau pr-$nummer: $befehl"
      if git push -q origin "HEAD:refs/heads/$zweig"; then
        echo "vorschau/pr-$nummer in $zweig: $befehl."
        ausgabe true
        exit 0
      fi
      ;;
  esac
  echo "Ein anderer Lauf hat $zweig zugleich geändert; neuer Versuch." >&2
done
fehler "$zweig nach 5 Versuchen nicht geschrieben."
