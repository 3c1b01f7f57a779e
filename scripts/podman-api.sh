#!/usr/bin/env bash
# Podman's Docker-compatible API on a unix socket of the caller's own, for Testcontainers and docker-compose.
#   scripts/podman-api.sh start DIR   serve DIR/podman.sock (pid in DIR/podman-api.pid); prints the DOCKER_HOST value
#   scripts/podman-api.sh stop DIR    stop the service started from DIR (by its recorded pid)
# The service runs with the project's containers.conf (runc, explicit ulimits: see build/podman/containers.conf).
set -euo pipefail
cd "$(dirname "$0")/.."
export CONTAINERS_CONF="$(pwd)/build/podman/containers.conf"

die() { echo "podman-api.sh: $*" >&2; exit 1; }
alive() { [ -n "${1:-}" ] && grep -qa -- "system" "/proc/$1/cmdline" 2>/dev/null && [[ "$(ps -o stat= -p "$1")" != Z* ]]; }

cmd_start() {
  local dir sock pid i
  dir=$(mkdir -p "$1" && cd "$1" && pwd)
  sock="$dir/podman.sock"
  pid=$(cat "$dir/podman-api.pid" 2>/dev/null || true)
  if ! alive "$pid"; then
    command -v podman >/dev/null || die "podman is not installed"
    rm -f "$sock"
    # --time=0: no idle timeout; the caller stops it.
    setsid nohup podman system service --time=0 "unix://$sock" >"$dir/podman-api.log" 2>&1 </dev/null &
    echo $! >"$dir/podman-api.pid"
  fi
  for ((i = 0; i < 100; i++)); do
    curl -fsS --unix-socket "$sock" http://d/_ping >/dev/null 2>&1 && { echo "unix://$sock"; return 0; }
    alive "$(cat "$dir/podman-api.pid")" || break
    sleep 0.2
  done
  tail -n 10 "$dir/podman-api.log" >&2 || true
  cmd_stop "$dir" >/dev/null
  die "podman's API did not answer on $sock"
}

cmd_stop() {
  local dir=$1 pid i
  pid=$(cat "$dir/podman-api.pid" 2>/dev/null || true)
  if alive "$pid"; then
    kill -TERM "$pid"
    for ((i = 0; i < 50; i++)); do alive "$pid" || break; sleep 0.1; done
    alive "$pid" && kill -KILL "$pid"
  fi
  rm -f "$dir/podman-api.pid" "$dir/podman.sock"
}

case "${1:-} $#" in
  "start 2") cmd_start "$2" ;;
  "stop 2") cmd_stop "$2" ;;
  *) sed -n '3,4s/^# *//p' "$0" >&2; exit 64 ;;
esac
