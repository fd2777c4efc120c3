// De gateway: @apollo/gateway op de ingecheckte supergraph, met Apollo Server 5.
// Bouwt zonder te luisteren, zodat tests hem met subgraphs op poort 0 kunnen starten.
import { ApolloServer } from '@apollo/server';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GraphQLFormattedError } from 'graphql';
import { ANALYSE, SUBGRAFEN } from '../kern/config.js';
import type { Redisinstelling } from '../kern/wijzigingsbericht.js';
import { ingecheckteSupergraph } from './compositie.js';
import { verrijkEnumfout } from './foutmeldingen.js';
import { subgraafverbinding } from './ontdubbelen.js';
import { Cachegeldigheid, responscachePlugins, type Gatewaycontext } from './responscache.js';

export interface Gatewayopties {
  supergraphSdl?: string;
  /** Subgraph-URL per naam (bzk, vws, …); ontbrekende komen uit de supergraph. */
  subgraafUrls?: Partial<Record<string, string>>;
  /** Met Redis cachet de gateway antwoorden tot een import de gegevens wijzigt. */
  redis?: Redisinstelling | null;
}

/** URL's uit de omgeving: BZK_URL, VWS_URL, …, ANALYSE_URL (docker-compose zet ze). */
export function subgraafUrlsUitOmgeving(omgeving: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return Object.fromEntries(
    [...SUBGRAFEN, ANALYSE].filter((s) => omgeving[s.urlVariabele]).map((s) => [s.naam, omgeving[s.urlVariabele] as string]),
  );
}

export interface Gateway {
  server: ApolloServer<Gatewaycontext>;
  /** Context per verzoek: de generatie van de gegevens bij aankomst. */
  context(): Promise<Gatewaycontext>;
  /** Of de responscache aan staat (Redis bereikbaar en geabonneerd). */
  cacheActief(): boolean;
  /** De generatie van de gegevens waaronder antwoorden nu gecachet worden; null zonder cache. */
  generatie(): string | null;
  /** Tellers voor de benchmark, op GET /statistiek. */
  statistiek(): Record<string, number>;
  stop(): Promise<void>;
}

export async function bouwGateway(opties: Gatewayopties = {}): Promise<Gateway> {
  const supergraphSdl = opties.supergraphSdl ?? ingecheckteSupergraph();
  const geldigheid = opties.redis ? new Cachegeldigheid(opties.redis) : null;
  await geldigheid?.start();
  // Eén verbinding voor alle subgraphs: de URL hoort bij de sleutel van het ontdubbelen.
  const verbinding = subgraafverbinding();
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource({
        url: opties.subgraafUrls?.[name] ?? url,
        fetcher: verbinding.fetcher,
        // Subgraphs sturen geen Cache-Control; zonder deze instelling zou elk antwoord
        // daardoor oncachebaar worden. Wanneer iets veroudert, weet de gateway via Redis.
        honorSubgraphCacheControlHeader: false,
      }),
  });
  const server = new ApolloServer<Gatewaycontext>({
    gateway,
    // Stacktraces tonen interne paden; gebruikers hebben aan de melding genoeg.
    includeStacktraceInErrorResponses: false,
    formatError: (fout: GraphQLFormattedError) => verrijkEnumfout(fout, supergraphSdl),
    plugins: geldigheid ? responscachePlugins(geldigheid) : [],
  });
  await server.start();
  return {
    server,
    context: async () => ({ generatie: geldigheid?.generatie ?? null }),
    cacheActief: () => geldigheid?.generatie != null,
    generatie: () => geldigheid?.generatie ?? null,
    statistiek: () => ({ gedeeldeSubgraafverzoeken: verbinding.gedeeld }),
    async stop() {
      await server.stop();
      await verbinding.sluit();
      await geldigheid?.stop();
    },
  };
}
