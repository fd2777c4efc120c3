// Stap van het verzoekpad, in Apollo Server: de vorm van elke fout uit Apollo Server. Elke
// Engelse melding die een client kan veroorzaken wordt Nederlands met een vaste code
// (meldingen.ts, plus de regels van andere stappen), een onbekende enumwaarde noemt de
// geldige, en een fout van de client is een 400. Een weigering vóór Apollo Server krijgt
// dezelfde vorm in weigering.ts: errors[].message en extensions.code, zoals clients van
// GraphQL die kennen.
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Stap } from '../stap.js';
import { VALIDATIEREGELS, verrijkEnumfout, vertaal, VERZOEKREGELS, wijsVerhuisdVeld, type Vertaalregel } from './meldingen.js';

/**
 * De stap die elke fout uit Apollo Server vormt. `regels`: de vertalingen van andere stappen
 * (de grenzen), tussen die van het verzoek en die van de validatie van graphql-js.
 */
export function foutvorm(supergraphSdl: string, regels: readonly Vertaalregel[]): Stap {
  const alle = [...VERZOEKREGELS, ...regels, ...VALIDATIEREGELS];
  // Fouten van de client die Apollo Server anders als 500 teruggeeft.
  const vanClient = new Set(['INVALID_GRAPHQL', ...alle.map(([, code]) => code)]);
  /**
   * Een onbekende operationName of een mutatie gooit de gateway als INVALID_GRAPHQL, en de
   * tokengrens gooit tijdens het lezen; Apollo Server maakt daar een 500 van. Het is een
   * fout van de client, dus 400.
   */
  const clientfoutIs400: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const { body } = response;
          const code = (e: { extensions?: Record<string, unknown> }) => String(e.extensions?.code);
          if (body.kind === 'single' && body.singleResult.data === undefined && body.singleResult.errors?.some((e) => vanClient.has(code(e)))) {
            response.http.status = 400;
          }
        },
      };
    },
  };
  return {
    plugins: [clientfoutIs400],
    apollo: {
      formatError: (fout: GraphQLFormattedError) => vertaal(alle, wijsVerhuisdVeld(verrijkEnumfout(fout, supergraphSdl))),
      // Stacktraces tonen interne paden; gebruikers hebben aan de melding genoeg.
      includeStacktraceInErrorResponses: false,
    },
  };
}
