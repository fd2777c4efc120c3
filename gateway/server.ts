// De gateway: @apollo/gateway op de ingecheckte supergraph, met Apollo Server 5.
// Bouwt zonder te luisteren, zodat tests hem met subgraphs op poort 0 kunnen starten.
import { ApolloServer } from '@apollo/server';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GraphQLFormattedError } from 'graphql';
import { ANALYSE, SUBGRAFEN } from '../subgraphs/kern/config.js';
import { ingecheckteSupergraph } from './compositie.js';
import { verrijkEnumfout } from './foutmeldingen.js';

export interface Gatewayopties {
  supergraphSdl?: string;
  /** Subgraph-URL per naam (bzk, vws, …); ontbrekende komen uit de supergraph. */
  subgraafUrls?: Partial<Record<string, string>>;
}

/** URL's uit de omgeving: BZK_URL, VWS_URL, …, ANALYSE_URL (docker-compose zet ze). */
export function subgraafUrlsUitOmgeving(omgeving: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return Object.fromEntries(
    [...SUBGRAFEN, ANALYSE].filter((s) => omgeving[s.urlVariabele]).map((s) => [s.naam, omgeving[s.urlVariabele] as string]),
  );
}

export async function bouwGateway(opties: Gatewayopties = {}) {
  const supergraphSdl = opties.supergraphSdl ?? ingecheckteSupergraph();
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => new RemoteGraphQLDataSource({ url: opties.subgraafUrls?.[name] ?? url }),
  });
  const server = new ApolloServer({
    gateway,
    // Stacktraces tonen interne paden; gebruikers hebben aan de melding genoeg.
    includeStacktraceInErrorResponses: false,
    formatError: (fout: GraphQLFormattedError) => verrijkEnumfout(fout, supergraphSdl),
  });
  await server.start();
  return server;
}
