#!/bin/bash
# The container health check (compose, podman): GET http://127.0.0.1:8080/PATH through bash's /dev/tcp, so the
# images need no curl. Healthy when the app answers 200.   probe.sh [PATH]   (default /health)
set -euo pipefail
exec 3<>/dev/tcp/127.0.0.1/"${ASPNETCORE_HTTP_PORTS:-8080}"
printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' "${1:-/health}" >&3
read -r -t 5 _ status _ <&3
[ "$status" = 200 ]
