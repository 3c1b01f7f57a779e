#!/usr/bin/env bash
# Adds a migration NAME to every service, once for SQLite and once for SQL Server, so both providers stay in step.
# Usage: build/add-migration.sh NAME [service ...]   (e.g. build/add-migration.sh AddAuditTrail Analysis)
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: build/add-migration.sh NAME [service ...]}; shift
services=("$@")
[ ${#services[@]} -gt 0 ] || services=(ScoreIngestion Analysis MeasureTracking DocumentRendering)
dotnet tool restore >/dev/null
for service in "${services[@]}"; do
  project="services/Ita.Micro.$service"
  runtime=$(echo "$service" | sed -E 's/([a-z])([A-Z])/\1-\2/g' | tr '[:upper:]' '[:lower:]')
  for provider in Sqlite SqlServer; do
    dotnet build "$project" --no-restore -v q -nologo >/dev/null
    # The design-time host only builds the model: no database is opened, so any connection string will do.
    env Database__Provider=$provider "ConnectionStrings__$runtime=Server=design;Database=$runtime" \
      Database__DataDirectory="$(mktemp -d)" \
      dotnet ef migrations add "$name" --project "$project" --no-build \
        --output-dir "Migrations/$provider" --namespace "Ita.Micro.$service.Migrations.$provider"
    # EF names both providers' snapshots <Context>ModelSnapshot and finds the file to update by that name, so
    # the second provider would overwrite the first's. Each provider's snapshot gets its own class name once.
    generic=$(find "$project" -name '*DbContextModelSnapshot.cs' -not -path '*/obj/*' | head -n 1)
    if [ -n "$generic" ]; then
      class=$(basename "$generic" .cs)
      renamed="${class%ModelSnapshot}${provider}ModelSnapshot"
      sed -i "s/partial class $class /partial class $renamed /" "$generic"
      mv "$generic" "$project/Migrations/$provider/$renamed.cs"
      find "$project" -type d -empty -delete
    fi
  done
done
