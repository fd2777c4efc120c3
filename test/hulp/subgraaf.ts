// Start ministerie-subgraphs met een verse database, voor tests.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DepartementCode } from '../../kern/config.js';
import { bouwSubgraaf, type Databasekeuze, type Subgraaf } from '../../subgraphs/ministerie/subgraaf.js';
import type { Redisinstelling } from '../../kern/wijzigingsbericht.js';
import { ministeries } from '../../subgraphs/ministeries.js';
import { postgresUrl } from './postgres.js';

export type Backend = 'sqlite' | 'postgresql';

export function databasekeuzeVoorTest(departement: DepartementCode, backend: Backend): Databasekeuze {
  const map = mkdtempSync(join(tmpdir(), `thuis-${departement.toLowerCase()}-`));
  return {
    sqlitePad: join(map, 'test.sqlite'),
    databaseUrl: backend === 'postgresql' ? postgresUrl(departement) : undefined,
  };
}

/** Een subgraph met een lege database waarin de edities van het ministerie zijn gepubliceerd. */
export async function subgraafMetData(
  departement: DepartementCode,
  backend: Backend = 'sqlite',
  opties: { dataMap?: string; redis?: Redisinstelling | null; waarschuw?: (tekst: string) => void; maximaleLijst?: number } = {},
): Promise<Subgraaf> {
  const subgraaf = await bouwSubgraaf(ministeries[departement], {
    ...databasekeuzeVoorTest(departement, backend),
    redis: opties.redis,
    waarschuw: opties.waarschuw,
    maximaleLijst: opties.maximaleLijst,
  });
  if (backend === 'postgresql') await subgraaf.db.orm.schema.refreshDatabase();
  await subgraaf.importeerMap(opties.dataMap);
  return subgraaf;
}

/** Voert een operatie uit op de subgraph zelf, zonder HTTP en zonder gateway. */
export async function voerUit<T = Record<string, unknown>>(
  subgraaf: Subgraaf,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ data?: T; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }> {
  const antwoord = await subgraaf.server.executeOperation({ query, variables }, { contextValue: subgraaf.context() });
  if (antwoord.body.kind !== 'single') throw new Error('onverwacht incrementeel antwoord');
  return antwoord.body.singleResult as never;
}
