// De Apollo-server van een subgraph, zonder te luisteren: gedeeld door de ministeries
// (subgraphs/ministerie/subgraaf.ts) en de analyselaag (subgraphs/analyse/server.ts).
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';

/**
 * Een gestarte Apollo-server voor een subgraph (ministerie of analyse), zonder te luisteren.
 * `plugins` komen bij de vaste; de analyselaag meldt er een onvolledige analyse mee.
 */
export async function startSubgraafserver<C extends BaseContext>(schema: GraphQLSchema, plugins: ApolloServerPlugin<C>[] = []): Promise<ApolloServer<C>> {
  const server = new ApolloServer<C>({
    schema,
    // Subgraphs worden alleen door de gateway bevraagd; die toont de fouten aan gebruikers.
    includeStacktraceInErrorResponses: false,
    plugins: [
      // Geen Apollo-usage reporting: inline traces zouden elk antwoord alleen groter maken.
      ApolloServerPluginInlineTraceDisabled(),
      // De gateway negeert cachehints van subgraphs (hij weet via Redis wanneer iets
      // veroudert); zonder deze plugin wordt niet elk veld apart geïnstrumenteerd.
      ApolloServerPluginCacheControlDisabled(),
      ...plugins,
    ],
  });
  await server.start();
  return server;
}
