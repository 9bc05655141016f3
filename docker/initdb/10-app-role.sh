#!/bin/sh
# Runs once, when the db service starts on an empty volume (docker-entrypoint-initdb.d): the app's
# own role, which owns nothing. The schema belongs to POSTGRES_USER, who migrates (the migrate
# service) and grants this role what it needs. On a volume from before, make the role by hand:
# README "Production database roles".
set -eu
psql -v ON_ERROR_STOP=1 -v app_password="$PORTAL_APP_PASSWORD" --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<'SQL'
CREATE ROLE portal_app LOGIN PASSWORD :'app_password';
REVOKE ALL ON DATABASE :"DBNAME" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"DBNAME" TO portal_app;
SQL
