#!/usr/bin/env bash
# The container smoke test (./ita test runs it and counts it as one test): the images scripts/images.sh builds run as
# containers with podman on this machine, and work together.
#   RabbitMQ, the four services, the gateway and the portal as containers on their own network, each app with a
#   read-only root file system and its SQLite data in a volume; the sample imported through the gateway and the
#   analysis PDF fetched; then the analysis container killed (SIGKILL) and removed, a changed import sent while it is
#   gone, and a new container on the same volume: the earlier analysis is still there and the message sent while it
#   was gone is processed (nothing lost).
# Everything it creates is named ${ITA_PODMAN_PREFIX}smoke-… (default ita-<checkout folder>-) and removed at the end,
# so test runs of several checkouts can share a machine. The gateway is published on 127.0.0.1:$ITA_SMOKE_PORT.
# The services run in Development, the only environment with the gateway's development token issuer.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
p=${ITA_PODMAN_PREFIX:-ita-$(basename "$root" | tr -c 'a-zA-Z0-9\n' '-' | tr 'A-Z' 'a-z')-}
export ITA_IMAGE_PREFIX=${ITA_IMAGE_PREFIX:-localhost/$p} ITA_IMAGE_TAG=${ITA_IMAGE_TAG:-dev}
export CONTAINERS_CONF="$root/build/podman/containers.conf"
port=${ITA_SMOKE_PORT:-$((${ITA_PORT_BASE:-5080} + 10))}
gw="http://127.0.0.1:$port"
net="${p}smoke"
work=$(mktemp -d /tmp/ita-smoke.XXXXXX)
evidence="$root/.run/container-smoke"   # the PDFs fetched, kept for a look after the run
apps=(score-ingestion analysis measure-tracking document-rendering portal gateway)
password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')

say() { printf '\033[1m==> smoke: %s\033[0m\n' "$*"; }
started=$SECONDS
elapsed() { echo "$((SECONDS - started)) s"; }
fail() {
  echo "CONTAINER SMOKE TEST FAILED after $(elapsed): $*" >&2
  local c
  for c in rabbitmq "${apps[@]}"; do
    podman container exists "${p}smoke-$c" 2>/dev/null || continue
    echo "--- last lines of ${p}smoke-$c ($(podman inspect -f '{{.State.Status}}' "${p}smoke-$c" 2>/dev/null)):" >&2
    podman logs --tail 15 "${p}smoke-$c" 2>&1 | grep -v 'level=' >&2 || true
  done
  exit 1
}
cleanup() {
  local c
  for c in rabbitmq "${apps[@]}"; do podman rm -f -t 2 "${p}smoke-$c" >/dev/null 2>&1 || true; done
  for c in rabbitmq "${apps[@]}"; do podman volume rm -f "${p}smoke-$c" >/dev/null 2>&1 || true; done
  podman network rm -f "$net" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# Podman here needs runc, explicit ulimits (build/podman/containers.conf) and a DNS plugin for container names.
command -v podman >/dev/null || fail "podman is not installed (./ita test installs podman, runc, debootstrap)"
podman info >"$work/info" 2>&1 || fail "podman cannot run on this machine: $(tail -n 3 "$work/info")"

say "building the images ($ITA_IMAGE_PREFIX*:$ITA_IMAGE_TAG)"
scripts/images.sh >"$work/images.log" 2>&1 ||
  fail "the images did not build; last lines of scripts/images.sh: $(grep -v 'level=warning' "$work/images.log" | tail -n 15)"
grep '==>' "$work/images.log" || true
build_seconds=$((SECONDS - started))
say "images ready in $(elapsed)"

cleanup; work=$(mktemp -d /tmp/ita-smoke.XXXXXX) # leftovers of an interrupted earlier run go first
podman network create "$net" >/dev/null || fail "could not create the network $net"
image() { echo "${ITA_IMAGE_PREFIX}$1:$ITA_IMAGE_TAG"; }
run() { # NAME ARGS...: a container on the test network, reachable by NAME, with its data in a volume
  local name=$1 mount=/data; shift
  [ "$name" = rabbitmq ] && mount=/var/lib/rabbitmq
  podman run -d --name "${p}smoke-$name" --network "$net" --network-alias "$name" --read-only \
    -v "${p}smoke-$name:$mount" "$@" >/dev/null 2>"$work/run.err" ||
    fail "could not start $name: $(grep -v 'level=' "$work/run.err")"
}
await_healthy() { # NAME SECONDS: the image's own health check (podman exec; this host has no systemd timers)
  local deadline=$((SECONDS + $2)) probe=/usr/local/bin/probe
  [ "$1" = rabbitmq ] && probe=/usr/local/bin/probe.sh
  until podman exec "${p}smoke-$1" "$probe" >/dev/null 2>&1; do
    [ "$(podman inspect -f '{{.State.Running}}' "${p}smoke-$1" 2>/dev/null)" = true ] || fail "$1 stopped while starting"
    [ $SECONDS -lt $deadline ] || fail "$1 was not healthy after $2 s"
    sleep 2
  done
}
app_env=(-e ASPNETCORE_ENVIRONMENT=Development -e RabbitMq__Host=rabbitmq -e RabbitMq__Username=ita
         -e "RabbitMq__Password=$password")
run_app() { # NAME [ARGS...]
  local name=$1; shift
  run "$name" "${app_env[@]}" -e "OTEL_SERVICE_NAME=$name" "$@" "$(image "$name")"
}

say "starting RabbitMQ and the apps"
run rabbitmq -e RABBITMQ_DEFAULT_USER=ita -e "RABBITMQ_DEFAULT_PASS=$password" "$(image rabbitmq)"
await_healthy rabbitmq 120
for app in score-ingestion analysis measure-tracking document-rendering; do run_app "$app"; done
run_app portal -e Portal__GatewayUrl=http://gateway:8080/
routes=()
for app in score-ingestion analysis measure-tracking document-rendering portal; do
  routes+=(-e "ReverseProxy__Clusters__${app}__Destinations__${app}__Address=http://$app:8080/")
done
run_app gateway "${routes[@]}" -p "127.0.0.1:$port:8080"
for app in "${apps[@]}"; do await_healthy "$app" 240; done
say "all containers healthy after $(elapsed)"

token=$(curl -fsS -X POST "$gw/dev/token?role=national-admin&sub=container-smoke" | grep -o '"token":"[^"]*"' | cut -d'"' -f4) ||
  fail "no development token from the gateway at $gw"
auth="Authorization: Bearer $token"
api() { curl -fsS -H "$auth" "$@"; }
retry() { # SECONDS WHAT COMMAND...: until COMMAND succeeds
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
# Answers go to a file before grep reads them: `grep -q` in a pipe would end the writer early (SIGPIPE, a failure
# under pipefail) exactly when the text is found.
has() { api "$1" >"$work/has.json" && grep -qE "$2" "$work/has.json"; } # URL REGEX
rendered() { has "$documents" '"status":"Rendered"'; }
retry 180 "no rendered analysis document" rendered
api "$documents" >"$work/documents.json" || fail "the document list could not be read"
id=$(grep -o '"id":"[^"]*"' "$work/documents.json" | sed -n '1s/.*:"\(.*\)"/\1/p')
api -o "$work/analysis.pdf" "$gw/api/documents/$id/content" || fail "the PDF $id could not be fetched"
mkdir -p "$evidence" && cp "$work/analysis.pdf" "$evidence/analysis.pdf"
[ "$(head -c 5 "$work/analysis.pdf")" = "%PDF-" ] || fail "document $id is not a PDF"
pdftotext "$work/analysis.pdf" "$work/analysis.txt" && grep -q "เทศบาลตำบลแม่จัน" "$work/analysis.txt" ||
  fail "the PDF does not name เทศบาลตำบลแม่จัน"
say "the analysis PDF ($(stat -c %s "$work/analysis.pdf") bytes) fetched after $(elapsed)"

say "killing the analysis container; a changed import while it is gone"
analysis="$gw/api/analyses/6630801/2568"
has "$analysis" '"indicator": ?4,[^}]*"score": ?72\.3' || fail "no analysis for 6630801/2568 with indicator 4 at 72.30"
podman kill -s KILL "${p}smoke-analysis" >/dev/null && podman rm -f "${p}smoke-analysis" >/dev/null ||
  fail "could not kill the analysis container"
# The sentinel that it is really gone: the gateway cannot reach it.
! api "$analysis" >/dev/null 2>&1 || fail "the analysis still answered after its container was removed"
sed 's/"indicator": 4, "score": 72.30/"indicator": 4, "score": 74.30/' docs/samples/mae-chan.json >"$work/changed.json"
! cmp -s docs/samples/mae-chan.json "$work/changed.json" || fail "the changed sample is the same as the sample"
retry 60 "the changed import was not accepted" api -X POST "$gw/api/imports" -H 'Content-Type: application/json' \
  --data-binary @"$work/changed.json"
run_app analysis
await_healthy analysis 240
changed() { has "$analysis" '"indicator": ?4,[^}]*"score": ?74\.3'; }
retry 180 "the import sent while analysis was gone was not analysed after it came back" changed
has "$gw/api/analyses/6630801" '"fiscalYear": ?2567' || fail "the FY 2567 analysis is gone after the restart"
api -o "$work/again.pdf" "$gw/api/documents/$id/content" && cmp -s "$work/analysis.pdf" "$work/again.pdf" ||
  fail "the first PDF is not the same after the restart"
echo "container smoke test passed in $(elapsed) (images $build_seconds s)"
