#!/bin/bash
# Writes the broker's configuration under /tmp (the root file system may be read-only) from the environment, then
# runs the server in the foreground. The password comes from RABBITMQ_DEFAULT_PASS_FILE when that is set.
set -euo pipefail
user=${RABBITMQ_DEFAULT_USER:?set RABBITMQ_DEFAULT_USER}
password=${RABBITMQ_DEFAULT_PASS:-}
[ -z "${RABBITMQ_DEFAULT_PASS_FILE:-}" ] || password=$(<"$RABBITMQ_DEFAULT_PASS_FILE")
[ -n "$password" ] || { echo "set RABBITMQ_DEFAULT_PASS or RABBITMQ_DEFAULT_PASS_FILE" >&2; exit 64; }
# The Erlang cookie: made once, kept in the data volume, readable by its owner only.
cookie=/var/lib/rabbitmq/.erlang.cookie
[ -f "$cookie" ] || { head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' >"$cookie"; chmod 400 "$cookie"; }
: >"$RABBITMQ_CONF_ENV_FILE"
{
  echo "listeners.tcp.default = 5672"
  echo "default_user = $user"
  echo "default_pass = $password"
  echo "loopback_users = none"
  echo "vm_memory_high_watermark.relative = ${RABBITMQ_MEMORY_HIGH_WATERMARK:-0.6}"
  echo "disk_free_limit.absolute = ${RABBITMQ_DISK_FREE_LIMIT:-200MB}"
} >"$RABBITMQ_CONFIG_FILE"
if [ "${RABBITMQ_MANAGEMENT:-0}" = 1 ]; then echo '[rabbitmq_management].' >"$RABBITMQ_ENABLED_PLUGINS_FILE"
else echo '[].' >"$RABBITMQ_ENABLED_PLUGINS_FILE"; fi
exec /opt/rabbitmq/sbin/rabbitmq-server
