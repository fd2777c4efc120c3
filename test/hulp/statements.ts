// Statements tellen rond één _entities-fetch.
import { expect } from 'vitest';
import type { Subgraaf } from '../../subgraphs/ministerie/subgraaf.js';
import { entiteitenQuery, representaties } from '../subgraphs/queries.js';
import { voerUit } from './subgraaf.js';

/** De tabel waaruit een SELECT leest (MikroORM citeert namen met " of `). */
export function tabelVan(sql: string): string {
  const treffer = /from\s+["`]?(\w+)["`]?/i.exec(sql);
  return treffer ? treffer[1] : sql;
}

export async function statementsVoor(subgraaf: Subgraaf, veld: string, codes: readonly string[]): Promise<string[]> {
  const { resultaat, statements } = await subgraaf.db.teller.neemOp(() =>
    voerUit(subgraaf, entiteitenQuery(veld), { representaties: representaties(codes) }),
  );
  expect(resultaat.errors).toBeUndefined();
  return statements;
}
