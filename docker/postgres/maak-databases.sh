#!/bin/sh
# Eén database en één rol per ministerie: thuis_bzk, thuis_vws, thuis_jenv,
# thuis_szw, thuis_ocw. Draait als init-script van de postgres-container en in
# .ci/run. Idempotent. Een wachtwoord komt uit <MINISTERIE>_DB_WACHTWOORD; zonder
# die variabele krijgt de rol geen wachtwoord (alleen voor trust-authenticatie).
set -eu
for m in bzk vws jenv szw ocw; do
  variabele="$(echo "$m" | tr 'a-z' 'A-Z')_DB_WACHTWOORD"
  wachtwoord="$(eval "printf '%s' \"\${$variabele:-}\"")"
  if [ -n "$wachtwoord" ]; then wachtwoordsql="PASSWORD '$wachtwoord'"; else wachtwoordsql="PASSWORD NULL"; fi
  psql -v ON_ERROR_STOP=1 --quiet --username "${POSTGRES_USER:-postgres}" --dbname postgres <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'thuis_$m') THEN CREATE ROLE thuis_$m LOGIN; END IF;
END \$\$;
ALTER ROLE thuis_$m $wachtwoordsql;
SELECT 'CREATE DATABASE thuis_$m OWNER thuis_$m' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'thuis_$m')\gexec
REVOKE CONNECT ON DATABASE thuis_$m FROM PUBLIC;
GRANT CONNECT ON DATABASE thuis_$m TO thuis_$m;
SQL
done
echo "databases thuis_bzk, thuis_vws, thuis_jenv, thuis_szw en thuis_ocw staan klaar"
