#!/usr/bin/env bash
# A private RabbitMQ broker (Debian rabbitmq-server) run as plain processes: no Docker, no system service.
#   scripts/rabbitmq.sh start DIR PORT   start a broker on 127.0.0.1:PORT whose every file lives under DIR
#   scripts/rabbitmq.sh stop  DIR        stop the broker and the epmd started from DIR (by their recorded pids)
# /usr/sbin/rabbitmq-server is not used: it switches user and writes under /var. Each DIR gets its own epmd,
# Erlang cookie and ports, so several brokers (parallel test runs) can live side by side.
set -euo pipefail
READY_SECONDS=${ITA_RABBITMQ_READY_SECONDS:-180} # start gives up after this (a loaded CI machine needs more than the usual 8 s)
STOP_SECONDS=15  # grace between SIGTERM and SIGKILL

die() { echo "rabbitmq.sh: $*" >&2; exit 1; }

# Installing the package starts nothing. The version is globbed so that a package upgrade keeps working.
find_sbin() {
  local found
  shopt -s nullglob; found=(/usr/lib/rabbitmq/lib/rabbitmq_server-*/sbin)
  if [ ${#found[@]} -eq 0 ]; then
    local sudo=; [ "$(id -u)" -eq 0 ] || sudo=sudo
    { $sudo apt-get update && $sudo apt-get install -y --no-install-recommends rabbitmq-server; } >&2
    found=(/usr/lib/rabbitmq/lib/rabbitmq_server-*/sbin)
  fi
  [ ${#found[@]} -gt 0 ] || die "rabbitmq-server is not installed and could not be installed"
  printf '%s\n' "${found[@]}" | sort -V | tail -n 1
}

# alive PID WORD: PID runs (a zombie does not count) and its command line holds WORD, so a reused pid is never hit.
alive() { [ -n "${1:-}" ] && grep -qa -- "$2" "/proc/$1/cmdline" 2>/dev/null && [[ "$(ps -o stat= -p "$1")" != Z* ]]; }
wait_gone() { local i; for ((i = 0; i < $2 * 10; i++)); do alive "$1" "$3" || return 0; sleep 0.1; done; return 1; }
stop_pid() { alive "$1" "$2" || return 0; kill -TERM "$1" 2>/dev/null || true
  wait_gone "$1" "$3" "$2" || kill -KILL "$1" 2>/dev/null || true; } # PID WORD SECONDS
# exited PID: for our own child, which may not have reached its exec yet (so no command line check).
exited() { local state; state=$(ps -o stat= -p "$1" || true); [[ -z "$state" || "$state" == Z* ]]; }
pid_of() { [ -f "$1/pids" ] && awk -v n="$2" '$1 == n { print $2 }' "$1/pids" || true; }
listening() { ss -Hltn "sport = :$1" | grep -q .; }
amqp_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# free_port PREFERRED [TAKEN...]: the first port from PREFERRED up that nothing listens on (wraps past 65535).
free_port() {
  local p=$1 i
  for ((i = 0; i < 200; i++, p++)); do
    ((p > 65535)) && p=$((p - 64512))
    [[ " ${*:2} " == *" $p "* ]] || listening "$p" || { echo "$p"; return 0; }
  done
  die "no free port near $1"
}

# Every later command (stop, vhost, await_startup) sources DIR/broker.env, so the CLI talks to exactly this node.
write_files() { # DIR PORT EPMD DIST
  local d=$1
  mkdir -p "$d/home" "$d/mnesia" "$d/log"
  # The cookie exists before anything starts: otherwise the server and the CLI race to create it.
  [ -f "$d/home/.erlang.cookie" ] || head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' >"$d/home/.erlang.cookie"
  chmod 400 "$d/home/.erlang.cookie"
  : >"$d/rabbitmq-env.conf" # empty, and it keeps /etc/rabbitmq/rabbitmq-env.conf out
  echo "listeners.tcp.default = 127.0.0.1:$2" >"$d/rabbitmq.conf"
  echo '[].' >"$d/enabled_plugins"
  # -start_epmd false: Erlang must never spawn an epmd of its own; that one would be untracked and left behind.
  printf 'export %s=%q\n' HOME "$d/home" RABBITMQ_NODENAME rabbit@localhost ITA_RABBITMQ_PORT "$2" \
    RABBITMQ_NODE_PORT "$2" RABBITMQ_DIST_PORT "$4" ERL_EPMD_PORT "$3" ERL_EPMD_ADDRESS 127.0.0.1 \
    RABBITMQ_MNESIA_BASE "$d/mnesia" RABBITMQ_LOG_BASE "$d/log" RABBITMQ_LOGS - ERL_CRASH_DUMP "$d/log/erl_crash.dump" \
    RABBITMQ_PID_FILE "$d/rabbit.pid" RABBITMQ_CONF_ENV_FILE "$d/rabbitmq-env.conf" \
    RABBITMQ_CONFIG_FILE "$d/rabbitmq.conf" RABBITMQ_ADVANCED_CONFIG_FILE "$d/advanced.config" \
    RABBITMQ_ENABLED_PLUGINS_FILE "$d/enabled_plugins" RABBITMQ_CTL_ERL_ARGS "-start_epmd false" \
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS "-start_epmd false -kernel inet_dist_use_interface {127,0,0,1}" >"$d/broker.env"
}

ctl() { (source "$1/broker.env" && timeout "$2" "$SBIN/rabbitmqctl" -q "${@:3}"); } # DIR SECONDS ARGS...
running() { [ -f "$1/broker.env" ] && alive "$(pid_of "$1" server)" rabbitmq-server &&
  (source "$1/broker.env" && amqp_open "$ITA_RABBITMQ_PORT"); }
fail() { echo "rabbitmq.sh: $2; last lines of $1/log/rabbit.log:" >&2
  tail -n 30 "$1/log/rabbit.log" >&2 || true; cmd_stop "$1" >&2; exit 1; }

cmd_start() {
  local dir port=$2 epmd dist server deadline i
  [[ "$port" =~ ^[0-9]+$ ]] || die "PORT must be a number"
  dir=$(mkdir -p "$1" && cd "$1" && pwd)
  if running "$dir"; then
    echo "rabbitmq.sh: broker from $dir already running on 127.0.0.1:$(source "$dir/broker.env" && echo "$ITA_RABBITMQ_PORT")"
    return 0
  fi
  cmd_stop "$dir" >/dev/null # leftovers of a run that died
  # Exit 2 lets a caller retry with another port; polling a port someone else holds would fake readiness.
  listening "$port" && { echo "rabbitmq.sh: port $port is already in use" >&2; exit 2; }
  dist=$(free_port $((port + 10000)) "$port")
  epmd=$(free_port $((port + 20000)) "$port" "$dist")
  write_files "$dir" "$port" "$epmd" "$dist"
  SBIN=$(find_sbin)
  # setsid + nohup: the broker outlives this script and its caller's terminal. All descriptors go to files, so a
  # caller reading our output does not wait for the broker to exit; cd keeps stray files (crash dumps) in DIR.
  (cd "$dir" && source broker.env && exec setsid nohup epmd -port "$epmd" -address 127.0.0.1 \
    >log/epmd.log 2>&1 </dev/null) &
  echo "epmd $!" >"$dir/pids"
  for ((i = 0; i < 50; i++)); do listening "$epmd" && break; sleep 0.1; done
  listening "$epmd" || fail "$dir" "epmd did not listen on port $epmd"
  (cd "$dir" && source broker.env && exec setsid nohup "$SBIN/rabbitmq-server" >log/rabbit.log 2>&1 </dev/null) &
  server=$!
  echo "server $server" >>"$dir/pids"
  deadline=$((SECONDS + READY_SECONDS))
  until amqp_open "$port"; do
    exited "$server" && fail "$dir" "the broker exited during start"
    ((SECONDS < deadline)) || fail "$dir" "the broker was not ready within $READY_SECONDS s"
    sleep 0.2
  done
  # The port opens before the last boot steps; await_startup waits for all of them (ping answers too early).
  ctl "$dir" $((deadline - SECONDS + 1)) await_startup || fail "$dir" "the broker was not ready within $READY_SECONDS s"
  echo "rabbitmq.sh: broker ready on 127.0.0.1:$port (dist $dist, epmd $epmd, files in $dir)"
}

cmd_stop() {
  local dir=$1
  [ -f "$dir/pids" ] || { echo "rabbitmq.sh: nothing recorded in $dir/pids"; return 0; }
  # SIGTERM to the server script makes it stop the Erlang VM gracefully (its own trap) and wait for it.
  stop_pid "$(pid_of "$dir" server)" rabbitmq-server $STOP_SECONDS
  # Only if that script had to be killed does its VM live on: the VM wrote its own pid to RABBITMQ_PID_FILE.
  stop_pid "$(cat "$dir/rabbit.pid" 2>/dev/null || true)" beam 5
  stop_pid "$(pid_of "$dir" epmd)" epmd 5
  rm -f "$dir/pids"
  echo "rabbitmq.sh: stopped the broker from $dir"
}

case "${1:-} $#" in
  "start 3") cmd_start "$2" "$3" ;;
  "stop 2") cmd_stop "$2" ;;
  *) sed -n '3,4s/^# *//p' "$0" >&2; exit 64 ;;
esac
