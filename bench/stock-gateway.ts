// Referentie: @apollo/gateway met standaardinstellingen (standalone Apollo Server),
// op dezelfde supergraph en subgraphs. Alleen de subgraph-URL's worden omgezet.
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ingecheckteSupergraph } from '../schema/gereedschap/compositie.js';
import { subgraafUrlsUit } from '../gateway/configuratie.js';

// Stock, op één ding na: geen telemetrie naar buiten (de bench zet APOLLO_TELEMETRY_DISABLED;
// deze machine en een overheidsnetwerk laten geen verkeer naar buiten toe).
const urls = subgraafUrlsUit(process.env);
const gateway = new ApolloGateway({
  supergraphSdl: ingecheckteSupergraph(),
  // Het geheim van de gateway: zonder weigeren de subgraphs ook deze gateway.
  buildService: ({ name, url }) =>
    new RemoteGraphQLDataSource({
      url: urls[name] ?? url,
      willSendRequest({ request }) {
        if (process.env.SUBGRAAF_GEHEIM) request.http?.headers.set('x-gateway-geheim', process.env.SUBGRAAF_GEHEIM);
      },
    }),
});
const server = new ApolloServer({ gateway });
const { url } = await startStandaloneServer(server, { listen: { port: Number(process.env.PORT), host: '127.0.0.1' } });
console.log(`[stock-apollo] luistert op ${url}`);
