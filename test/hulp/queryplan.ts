// Het queryplan zoals @apollo/gateway het zelf maakt, via zijn publieke haak
// experimental_didResolveQueryPlan: een gateway op de supergraph die elke operatie plant en
// uitvoert tegen subgraphs die er niet zijn (een fetcher die leeg antwoordt, niets gaat over
// het netwerk). Zo toetsen tests het plan van de gateway zonder @apollo/federation-internals.
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import type { QueryPlan } from '@apollo/query-planner';

export interface Gatewayplanner {
  plan(query: string, operationName?: string): Promise<QueryPlan>;
  stop(): Promise<void>;
}

export async function gatewayplanner(supergraphSdl: string): Promise<Gatewayplanner> {
  // Zoals in de gateway zelf (verbinding/federatie.ts): geen telemetrie naar buiten.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  let laatste: QueryPlan | undefined;
  const gateway = new ApolloGateway({
    supergraphSdl,
    experimental_didResolveQueryPlan: ({ queryPlan }) => {
      laatste = queryPlan;
    },
    buildService: ({ url }) =>
      new RemoteGraphQLDataSource({ url, fetcher: async () => new Response('{"data":null}', { headers: { 'content-type': 'application/json' } }) }),
  });
  const server = new ApolloServer({ gateway });
  await server.start();
  return {
    async plan(query, operationName) {
      laatste = undefined;
      await server.executeOperation({ query, operationName });
      if (!laatste) throw new Error(`@apollo/gateway maakte geen plan voor ${query.slice(0, 60)}`);
      return laatste;
    },
    stop: () => server.stop(),
  };
}
