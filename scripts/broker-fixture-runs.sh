#!/usr/bin/env bash
# The broker fixture's dependability, measured: runs the messaging tests of one test project RUNS times in a row, each
# run a new test process and so a new broker (a new container through Testcontainers where podman runs, as in
# ./ita test; ITA_TEST_BROKER=process for the process fixture), and counts the runs that failed and those that failed
# in the fixture itself (start, virtual host). Build first (./ita test or dotnet build); results go to docs/benchmarks.md
# by hand.
#   scripts/broker-fixture-runs.sh [RUNS] [PROJECT] [FILTER]
#   defaults: 20 tests/Ita.Micro.ServiceDefaults.Tests FullyQualifiedName~OverRabbitMq
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
runs=${1:-20} project=${2:-tests/Ita.Micro.ServiceDefaults.Tests} filter=${3:-FullyQualifiedName~OverRabbitMq}
out="$root/.run/broker-fixture-runs"
mkdir -p "$out"
p=${ITA_PODMAN_PREFIX:-ita-$(basename "$root" | tr -c 'a-zA-Z0-9\n' '-' | tr 'A-Z' 'a-z')-}
export ITA_PODMAN_PREFIX=$p ITA_IMAGE_PREFIX=${ITA_IMAGE_PREFIX:-localhost/$p} ITA_IMAGE_TAG=${ITA_IMAGE_TAG:-dev}

fixture=process
if [ "${ITA_TEST_BROKER:-container}" != process ]; then
  scripts/images.sh rabbitmq >"$out/images.log" 2>&1 || { tail -n 5 "$out/images.log" >&2; exit 1; }
  DOCKER_HOST=$(scripts/podman-api.sh start "$out/api")
  export DOCKER_HOST TESTCONTAINERS_RYUK_DISABLED=true ITA_TEST_RABBITMQ_IMAGE="${ITA_IMAGE_PREFIX}rabbitmq:$ITA_IMAGE_TAG"
  trap 'scripts/podman-api.sh stop "$out/api"' EXIT
  fixture="container ($ITA_TEST_RABBITMQ_IMAGE)"
fi

# A test process removes its container when it exits; one that is ended before it could leaves it behind, and
# ./ita test removes those by label afterwards. Here that is done after each run, and counted.
leftovers() { CONTAINERS_CONF="$root/build/podman/containers.conf" podman ps -aq --filter "label=ita.micro.test-broker=$p" 2>/dev/null || true; }
failed=0 fixture_failed=0 tests=0 left_behind=0 started=$SECONDS
for ((i = 1; i <= runs; i++)); do
  log="$out/run-$i.log" run_started=$SECONDS
  if dotnet test "$project" --no-build --filter "$filter" >"$log" 2>&1; then result=passed; else result=FAILED; failed=$((failed + 1)); fi
  # A fixture failure names the fixture's own messages (RabbitMqBroker / RabbitMqTestContainer / rabbitmq.sh).
  if grep -qE 'test broker container|management API refused|scripts/rabbitmq.sh (start|stop)' "$log"; then fixture_failed=$((fixture_failed + 1)); result="$result (fixture)"; fi
  count=$(grep -oE 'Total: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
  tests=$((tests + count))
  left=$(leftovers)
  if [ -n "$left" ]; then
    left_behind=$((left_behind + 1)); result="$result, container left behind (removed)"
    CONTAINERS_CONF="$root/build/podman/containers.conf" podman rm -f -v -t 2 $left >/dev/null 2>&1 || true
  fi
  echo "run $i/$runs: $result, $count tests, $((SECONDS - run_started)) s"
done
echo "$runs runs of $project ($filter) with the $fixture fixture in $((SECONDS - started)) s: $tests tests," \
  "$failed runs failed, $fixture_failed in the fixture, $left_behind left their container for the label clean-up"
[ "$failed" -eq 0 ]
