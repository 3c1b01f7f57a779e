#!/bin/bash
# docker-compose.yml, profile sqlserver: one database and one login per service, taken from the service's own
# connection string (Database=…;User Id=…;Password=…), so each password is written in one place. The login owns its
# database and nothing else. Runs as sa once, at start; safe to run again (a changed password is set again).
set -euo pipefail
sqlcmd=(/opt/mssql-tools18/bin/sqlcmd -C -b -S sqlserver -U sa -P "$(cat /run/secrets/mssql-sa-password)")
field() { tr ';' '\n' <"$1" | awk -F= -v k="$2" 'tolower($1) == tolower(k) { sub(/^[^=]*=/, ""); print; exit }'; }
for file in /run/secrets/*-connection-string; do
  database=$(field "$file" Database) login=$(field "$file" "User Id") password=$(field "$file" Password)
  [ -n "$database" ] && [ -n "$login" ] && [ -n "$password" ] || { echo "$file needs Database, User Id and Password" >&2; exit 1; }
  [ "${login,,}" != sa ] || { echo "$file logs in as sa: give the service a login of its own" >&2; exit 1; }
  echo "database $database, login $login"
  "${sqlcmd[@]}" -v db="$database" login="$login" password="${password//\'/\'\'}" -Q "
    IF DB_ID('\$(db)') IS NULL CREATE DATABASE [\$(db)];
    IF SUSER_ID('\$(login)') IS NULL CREATE LOGIN [\$(login)] WITH PASSWORD = '\$(password)', CHECK_POLICY = ON;
    ELSE ALTER LOGIN [\$(login)] WITH PASSWORD = '\$(password)';
    EXEC('USE [\$(db)]; IF USER_ID(''\$(login)'') IS NULL CREATE USER [\$(login)] FOR LOGIN [\$(login)]; ALTER ROLE db_owner ADD MEMBER [\$(login)];');"
done
