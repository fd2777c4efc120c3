// PostgreSQL voor tests: één database en één rol per ministerie en een voor het overzichtenregister (zie
// docker/postgres/maak-databases.sh en .ci/run). Zonder bereikbare PostgreSQL worden de
// PostgreSQL-tests overgeslagen (één melding aan het eind), behalve in CI: daar is dat een fout.
import pg from 'pg';
import { overslaanBuitenCI } from './overslaan.js';
import { DEPARTEMENTEN, type DepartementCode } from '../../kern/config.js';

export function postgresUrl(departement: DepartementCode | 'overzichten'): string {
  const basis = process.env.TEST_POSTGRES_HOST ?? '127.0.0.1:5432';
  const naam = `thuis_${departement.toLowerCase()}`;
  return `postgresql://${naam}@${basis}/${naam}`;
}

/** De database van het overzichtenregister (thuis_overzichten), met zijn eigen rol. */
export const postgresRegisterUrl = () => postgresUrl('overzichten');

export async function postgresBeschikbaar(): Promise<{ beschikbaar: boolean; reden?: string }> {
  for (const d of [...DEPARTEMENTEN, 'overzichten' as const]) {
    const client = new pg.Client({ connectionString: postgresUrl(d), connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query('select 1');
    } catch (fout) {
      return { beschikbaar: false, reden: `${postgresUrl(d)}: ${fout instanceof Error ? fout.message : fout}` };
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  return { beschikbaar: true };
}

/** Bepaalt of de PostgreSQL-tests draaien; meldt luid waarom niet. */
export async function moetPostgresTesten(): Promise<boolean> {
  const { beschikbaar, reden } = await postgresBeschikbaar();
  if (beschikbaar) return true;
  // Draait PostgreSQL niet, dan eerst starten; draait hij wel, dan ontbreken de databases of rollen.
  const draaitNiet = /ECONNREFUSED|ETIMEDOUT|timeout|ENOTFOUND/i.test(reden ?? '');
  const databases = 'PGHOST=127.0.0.1 sh docker/postgres/maak-databases.sh';
  return overslaanBuitenCI(
    'PostgreSQL-tests',
    `PostgreSQL niet bereikbaar (${reden})`,
    draaitNiet ? `pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start && ${databases}` : databases,
  );
}
