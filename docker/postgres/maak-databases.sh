#!/bin/sh
# Eén database en één rol per ministerie: thuis_bzk, thuis_vws, thuis_jenv,
# thuis_szw, thuis_ocw; en één voor het overzichtenregister: thuis_overzichten.
# Draait als init-script van de postgres-container en in .ci/run. Idempotent. Een
# wachtwoord komt uit <NAAM>_DB_WACHTWOORD (BZK_DB_WACHTWOORD, …, OVERZICHTEN_DB_WACHTWOORD);
# zonder die variabele krijgt de rol geen wachtwoord (alleen voor trust-authenticatie).
set -eu
maak_database() {
  m="$1"
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
}
for m in bzk vws jenv szw ocw; do
  maak_database "$m"
done
# Het overzichtenregister (overzichtenregister/): de overzichten van het programmateam.
maak_database overzichten
echo "databases thuis_bzk, thuis_vws, thuis_jenv, thuis_szw, thuis_ocw en thuis_overzichten staan klaar"
