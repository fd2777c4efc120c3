// Het overzichtenregister voor tests: gebouwd met een eigen database (SQLite in een tijdelijke
// map, of de PostgreSQL-database thuis_overzichten), luisterend op poort 0 met een geheim, en
// een publicatie zoals de gateway haar stuurt.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { luister, MAXIMALE_SUBGRAAFBODY, type Luisteraar } from '../../kern/http.js';
import { KOPPEN, type Identiteit } from '../../kern/identiteit.js';
import { alsAsciiJson } from '../../kern/kopwaarde.js';
import type { Registerpublicatie } from '../../kern/overzichten.js';
import type { Redisinstelling } from '../../kern/wijzigingsbericht.js';
import { hashVan } from '../../gateway/overzichten/register.js';
import { bouwRegister, type Register } from '../../overzichtenregister/dienst.js';

export const SAMENSTELLER: Identiteit = { onderwerp: 'programmateam-anna', rollen: ['samensteller'], bron: 'jwt' };

export interface Testregister extends Register {
  url: string;
  geheim: string;
  /** Een verzoek zoals de gateway het stuurt: met het geheim en (als gegeven) de identiteit. */
  stuur(pad: string, init?: { methode?: 'GET' | 'POST' | 'PUT' | 'DELETE'; body?: unknown; wie?: Identiteit | null; geheim?: string | null }): Promise<{ status: number; json: Record<string, unknown> }>;
  stop(): Promise<void>;
}

export const tijdelijkSqlitePad = () => join(mkdtempSync(join(tmpdir(), 'thuis-overzichten-')), 'overzichten.sqlite');

export async function startTestregister(opties: { sqlitePad?: string; databaseUrl?: string; redis?: Redisinstelling | null; klok?: () => Date; map?: string } = {}): Promise<Testregister> {
  const register = await bouwRegister({ sqlitePad: opties.sqlitePad ?? tijdelijkSqlitePad(), databaseUrl: opties.databaseUrl, redis: opties.redis ?? null, klok: opties.klok, map: opties.map });
  const geheim = randomBytes(24).toString('base64url');
  const http: Luisteraar = await luister(null, async () => ({}), { poort: 0, geheim, routes: register.routes, maximaleBody: MAXIMALE_SUBGRAAFBODY });
  const url = http.url.replace(/\/graphql$/, '');
  return Object.assign(register, {
    url,
    geheim,
    async stuur(pad: string, { methode, body, wie = SAMENSTELLER, geheim: eigen = geheim }: { methode?: 'GET' | 'POST' | 'PUT' | 'DELETE'; body?: unknown; wie?: Identiteit | null; geheim?: string | null } = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (eigen !== null) headers[KOPPEN.geheim] = eigen;
      if (wie) headers[KOPPEN.identiteit] = alsAsciiJson(wie);
      const antwoord = await fetch(`${url}${pad}`, { method: methode ?? (body === undefined ? 'GET' : 'POST'), headers, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: antwoord.status, json: (await antwoord.json()) as Record<string, unknown> };
    },
    async stop() {
      await http.stop();
      await register.sluit();
    },
  });
}

/** Een publicatie zoals de gateway haar na zijn controles stuurt; het contract is hier alleen de hash en een veld. */
export function publicatie(naam: string, vorigeVersie: number, document = `query ${naam.replace(/(^|-)([a-z])/g, (_, __, l: string) => l.toUpperCase())} { aandachtsgroepen { code } }`): Registerpublicatie {
  return {
    naam,
    titel: `Titel van ${naam}`,
    omschrijving: `Omschrijving van ${naam}`,
    document,
    rijen: 'aandachtsgroepen',
    standaardwaarden: {},
    variabelen: [],
    weergave: { soort: 'tabel' },
    breekt: null,
    contract: { hash: hashVan(document), variabelen: {}, velden: { aandachtsgroepen: '[Aandachtsgroep!]!', 'aandachtsgroepen.code': 'AandachtsgroepCode!' } },
    wijziging: { brekend: [], toegevoegd: [] },
    vorigeVersie,
  };
}
