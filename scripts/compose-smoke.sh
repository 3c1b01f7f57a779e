#!/usr/bin/env bash
# The compose smoke test (./ita compose-smoke): docker-compose.yml itself brought up on this machine with Debian's
# docker-compose (1.29) against podman's Docker API (scripts/podman-api.sh), SQLite profile: RabbitMQ, the four
# services, the portal and the gateway from the images scripts/images.sh builds, started in compose's order (the
# services once the broker is healthy, the gateway once the services and the portal are); the sample imported
# through the gateway and the analysis PDF fetched; then everything removed (`down -v`).
# build/compose/smoke.yml runs the apps in Development for the gateway's development tokens. The collector and the
# trace viewer are not started: their images come from a registry this machine cannot reach.
# Podman 4.3 runs health checks from systemd timers, which this host lacks: while compose waits, this script runs
# each container's own health check (`podman healthcheck run`) every few seconds, which is what the timer would do.
# Everything is named ${ITA_PODMAN_PREFIX}compose… (default ita-<checkout folder>-compose); the gateway is published
# on 127.0.0.1:$ITA_COMPOSE_PORT. ./secrets is made by scripts/compose-secrets.sh when missing (existing files kept).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
p=${ITA_PODMAN_PREFIX:-ita-$(basename "$root" | tr -c 'a-zA-Z0-9\n' '-' | tr 'A-Z' 'a-z')-}
export ITA_IMAGE_PREFIX=${ITA_IMAGE_PREFIX:-localhost/$p} ITA_IMAGE_TAG=${ITA_IMAGE_TAG:-dev}
export CONTAINERS_CONF="$root/build/podman/containers.conf"
project="${p}compose"
port=${ITA_COMPOSE_PORT:-$((${ITA_PORT_BASE:-5080} + 11))}
gw="http://127.0.0.1:$port"
work=$(mktemp -d /tmp/ita-compose-smoke.XXXXXX)
evidence="$root/.run/compose-smoke"
apps=(rabbitmq score-ingestion analysis measure-tracking document-rendering portal gateway)

say() { printf '\033[1m==> compose smoke: %s\033[0m\n' "$*"; }
started=$SECONDS
elapsed() { echo "$((SECONDS - started)) s"; }
compose() { docker-compose -p "$project" -f docker-compose.yml -f build/compose/smoke.yml "$@"; }
ours() { podman ps -a --filter "label=com.docker.compose.project=$project" "$@"; }
fail() {
  echo "COMPOSE SMOKE TEST FAILED after $(elapsed): $*" >&2
  local c
  for c in $(ours --format '{{.Names}}' 2>/dev/null); do
    echo "--- last lines of $c ($(podman inspect -f '{{.State.Status}} {{.State.Health.Status}}' "$c" 2>/dev/null)):" >&2
    podman logs --tail 15 "$c" 2>&1 | grep -v 'level=' >&2 || true
  done
  exit 1
}
health_pid=""
cleanup() {
  [ -z "$health_pid" ] || kill "$health_pid" 2>/dev/null || true
  [ -z "${DOCKER_HOST:-}" ] || timeout 90 docker-compose -p "$project" -f docker-compose.yml -f build/compose/smoke.yml \
    down -v --remove-orphans -t 5 >"$work/down.log" 2>&1 || true
  # Whatever compose could not remove (a run that died half way): only this project's containers, volumes, network.
  local left
  left=$(ours -q 2>/dev/null || true); [ -z "$left" ] || podman rm -f -t 2 $left >/dev/null 2>&1 || true
  left=$(podman volume ls -q --filter "label=com.docker.compose.project=$project" 2>/dev/null || true)
  [ -z "$left" ] || podman volume rm -f $left >/dev/null 2>&1 || true
  podman network rm -f "${project}_default" >/dev/null 2>&1 || true
  scripts/podman-api.sh stop "$work/api" || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM # so that an interrupted run cleans up too

command -v podman >/dev/null || fail "podman is not installed (./ita compose-smoke installs podman, runc, debootstrap)"
command -v docker-compose >/dev/null || fail "docker-compose is not installed (./ita compose-smoke installs Debian's docker-compose)"
say "building the images ($ITA_IMAGE_PREFIX*:$ITA_IMAGE_TAG)"
scripts/images.sh >"$work/images.log" 2>&1 ||
  fail "the images did not build; last lines of scripts/images.sh: $(grep -v 'level=warning' "$work/images.log" | tail -n 15)"
DOCKER_HOST=$(scripts/podman-api.sh start "$work/api") || fail "podman's Docker API did not start"
export DOCKER_HOST
scripts/compose-secrets.sh >/dev/null
export AUTH_AUTHORITY=${AUTH_AUTHORITY:-https://identity.invalid/} ITA_GATEWAY_PORT="127.0.0.1:$port"
compose config -q 2>"$work/config.err" || fail "docker-compose.yml is not valid for docker-compose: $(cat "$work/config.err")"
compose down -v --remove-orphans -t 5 >/dev/null 2>&1 || true # leftovers of an interrupted earlier run

# What the missing systemd timer would do: run each container's health check, which records its status.
(
  while :; do
    for c in $(ours --format '{{.Names}}' 2>/dev/null); do podman healthcheck run "$c" >/dev/null 2>&1 || true; done
    sleep 3
  done
) &
health_pid=$!

say "docker-compose up -d gateway (the broker, four services and the portal first, as their health allows)"
compose up -d --no-build gateway >"$work/up.log" 2>&1 || fail "docker-compose up failed: $(tail -n 20 "$work/up.log")"
say "all started after $(elapsed)"
# Compose waited for the health of what the gateway depends on; the gateway itself (and anything Compose v1 let
# through because it had exited: v1 counts a stopped dependency as healthy) is checked here.
for app in "${apps[@]}"; do
  c=$(ours -q --filter "label=com.docker.compose.service=$app")
  [ -n "$c" ] || fail "compose started no $app container"
  deadline=$((SECONDS + 240))
  until [ "$(podman inspect -f '{{.State.Health.Status}}' "$c")" = healthy ]; do
    [ "$(podman inspect -f '{{.State.Running}}' "$c")" = true ] || fail "$app stopped"
    [ $SECONDS -lt $deadline ] || fail "$app was not healthy after 240 s"
    sleep 2
  done
done
say "all healthy after $(elapsed)"

token=$(curl -fsS -X POST "$gw/dev/token?role=national-admin&sub=compose-smoke" | grep -o '"token":"[^"]*"' | cut -d'"' -f4) ||
  fail "no development token from the gateway at $gw"
auth="Authorization: Bearer $token"
api() { curl -fsS -H "$auth" "$@"; }
retry() { # SECONDS WHAT COMMAND...
  local deadline=$((SECONDS + $1)) what=$2; shift 2
  until "$@" >"$work/answer" 2>"$work/error"; do
    [ $SECONDS -lt $deadline ] || fail "$what: $(cat "$work/error" "$work/answer" | tail -c 400)"
    sleep 2
  done
}
say "importing the sample through the gateway"
retry 60 "the organisation registry was not accepted" api -X POST "$gw/api/organisations" -H 'Content-Type: text/csv' \
  --data-binary @docs/samples/organisations.csv
retry 60 "the import was not accepted" api -X POST "$gw/api/imports" -H 'Content-Type: application/json' \
  --data-binary @docs/samples/mae-chan.json
documents="$gw/api/documents/?organisationCode=6630801&fiscalYear=2568"
rendered() { api "$documents" >"$work/documents.json" && grep -qE '"status":"Rendered"' "$work/documents.json"; }
retry 180 "no rendered analysis document" rendered
id=$(grep -o '"id":"[^"]*"' "$work/documents.json" | sed -n '1s/.*:"\(.*\)"/\1/p')
api -o "$work/analysis.pdf" "$gw/api/documents/$id/content" || fail "the PDF $id could not be fetched"
mkdir -p "$evidence" && cp "$work/analysis.pdf" "$evidence/analysis.pdf"
[ "$(head -c 5 "$work/analysis.pdf")" = "%PDF-" ] || fail "document $id is not a PDF"
pdftotext "$work/analysis.pdf" "$work/analysis.txt" && grep -q "เทศบาลตำบลแม่จัน" "$work/analysis.txt" ||
  fail "the PDF does not name เทศบาลตำบลแม่จัน"
echo "compose smoke test passed in $(elapsed): the analysis PDF ($(stat -c %s "$work/analysis.pdf") bytes) through the gateway of docker-compose.yml"
