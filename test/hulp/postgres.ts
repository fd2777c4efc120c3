// PostgreSQL voor tests: één database en één rol per ministerie (zie
// docker/postgres/init.sql en .ci/run). Zonder bereikbare PostgreSQL worden de
// PostgreSQL-tests luid overgeslagen, behalve in CI: daar is dat een fout.
import pg from 'pg';
import { DEPARTEMENTEN, type DepartementCode } from '../../subgraphs/kern/config.js';

export function postgresUrl(departement: DepartementCode): string {
  const basis = process.env.TEST_POSTGRES_HOST ?? '127.0.0.1:5432';
  const naam = `thuis_${departement.toLowerCase()}`;
  return `postgresql://${naam}@${basis}/${naam}`;
}

export async function postgresBeschikbaar(): Promise<{ beschikbaar: boolean; reden?: string }> {
  for (const d of DEPARTEMENTEN) {
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
  const melding = `PostgreSQL niet bereikbaar (${reden}). Maak de databases aan met: psql -U postgres -f docker/postgres/init.sql`;
  if (process.env.CI) throw new Error(`In CI moeten de PostgreSQL-tests draaien. ${melding}`);
  console.warn(`\n!!!!!!!!!!\n!! PostgreSQL-tests OVERGESLAGEN: ${melding}\n!!!!!!!!!!\n`);
  return false;
}
