#!/usr/bin/env bash
# Makes ./secrets/ for docker-compose.yml: random passwords, one SQL Server login per service (never sa). Existing
# files are kept (rotate one by replacing its file: docs/operations.md, "Rotating secrets").
#   scripts/compose-secrets.sh [PORTAL_CLIENT_SECRET]
set -euo pipefail
cd "$(dirname "$0")/.."
# The folder is the owner's alone; its files are readable by all, because compose mounts each file into the
# containers as it is (Compose has no owner or mode for file secrets) and the apps (uid 1654) and RabbitMQ (uid 999)
# must read them there. Nobody else on the host passes the folder.
umask 077
mkdir -p secrets
chmod 700 secrets
random() { head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24; }
write() { [ -s "secrets/$1" ] || printf '%s' "$2" >"secrets/$1"; chmod 644 "secrets/$1"; }
write rabbitmq-password "$(random)"
write mssql-sa-password "Sa-$(random)"
for service in score-ingestion analysis measure-tracking document-rendering; do
  write "$service-connection-string" \
    "Server=sqlserver;Database=$service;User Id=ita_${service//-/_};Password=Pw-$(random);TrustServerCertificate=true"
done
write portal-client-secret "${1:-set-the-portal-client-secret}"
echo "secrets/ ready: $(ls secrets | tr '\n' ' ')"
