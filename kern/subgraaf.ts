// Bouwt de Apollo-subgraph van een ministerie zonder te luisteren, zodat tests hem
// direct kunnen importeren; start.ts zet hem op een poort.
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { EntitySchema } from '@mikro-orm/core';
import { parse } from 'graphql';
import { Beleidslader } from './beleidslader.js';
import type { Subgraafcontext } from './context.js';
import { openDatabase, type Database } from './database.js';
import type { Tabel } from './editie/synchroniseren.js';
import type { Toestand } from './editie/toestand.js';
import { gedeeldeSdl } from './vocabulaire.js';

export interface Databasekeuze {
  /** postgres://…; zonder: SQLite op `sqlitePad`. */
  databaseUrl?: string;
  sqlitePad: string;
}

export interface Ministerie {
  departement: string;
  /** schema.graphql van het ministerie. */
  schema: URL;
  /** Map met de editiebestanden van het ministerie. */
  data: URL;
  resolvers: object;
  extraEntiteiten?: EntitySchema<any>[];
  /** Extra tabellen die de import vult (BZK: de aandachtsgroepen). */
  extraTabellen?: (t: Toestand) => Tabel[];
}

export interface Subgraaf {
  ministerie: Ministerie;
  db: Database;
  server: ApolloServer<Subgraafcontext>;
  context(): Subgraafcontext;
  sluit(): Promise<void>;
}

/** Het eigen schema van het ministerie plus de gedeelde woordenschat. */
export function subgraafSdl(ministerie: Ministerie) {
  return parse(`${readFileSync(ministerie.schema, 'utf8')}\n${gedeeldeSdl}`);
}

export function subgraafschema(ministerie: Ministerie) {
  return buildSubgraphSchema({
    typeDefs: subgraafSdl(ministerie),
    resolvers: ministerie.resolvers as GraphQLResolverMap<unknown>,
  });
}

export async function bouwSubgraaf(ministerie: Ministerie, keuze: Databasekeuze): Promise<Subgraaf> {
  const db = await openDatabase({ ...keuze, extraEntiteiten: ministerie.extraEntiteiten });
  const server = new ApolloServer<Subgraafcontext>({
    schema: subgraafschema(ministerie),
    // Subgraphs worden alleen door de gateway bevraagd; die toont de fouten aan gebruikers.
    includeStacktraceInErrorResponses: false,
    // Geen Apollo-usage reporting: inline traces zouden elk antwoord alleen groter maken.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await server.start();
  return {
    ministerie,
    db,
    server,
    context: () => ({ beleid: new Beleidslader(db.orm.em.fork(), ministerie.departement) }),
    async sluit() {
      await server.stop();
      await db.sluit();
    },
  };
}
