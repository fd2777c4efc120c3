// Hoe een fout de client bereikt, op één plek. Twee soorten:
// - een weigering vóór Apollo Server (wie, voorcontrole, toelating, bundels): een stap gooit
//   een Weigering en het verzoekpad maakt er JSON van, met de juiste status;
// - een fout uit Apollo Server: elke Engelse melding die een client kan veroorzaken wordt
//   Nederlands met een vaste code (meldingen.ts, plus de regels van andere stappen), een
//   onbekende enumwaarde noemt de geldige, en een fout van de client is een 400.
// Beide hebben de vorm die clients van GraphQL kennen: errors[].message en extensions.code.
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { foutAntwoord } from '../../kern/antwoord.js';
import type { HttpAntwoord } from '../../kern/http.js';
import type { Stap } from '../verzoekpad.js';
import { VALIDATIEREGELS, verrijkEnumfout, vertaal, VERZOEKREGELS, wijsVerhuisdVeld, type Vertaalregel } from './meldingen.js';

/** Een verzoek dat de gateway weigert vóór Apollo Server: 400 (niet uitvoerbaar), 401 (wie bent u?) of 403 (dat mag u niet). */
export class Weigering extends Error {
  constructor(
    readonly status: 400 | 401 | 403,
    readonly code: string,
    melding: string,
    readonly extensies: Record<string, unknown> = {},
  ) {
    super(melding);
  }
}

/** De weigering als antwoord. */
export function weigering(fout: Weigering): HttpAntwoord {
  // RFC 6750: een client hoort te weten welk schema hier geldt.
  const extra: [string, string][] = fout.status === 401 ? [['www-authenticate', `Bearer realm="een-thuis-voor-iedereen", error="invalid_token"`]] : [];
  return foutAntwoord(fout.status, fout.code, fout.message, fout.extensies, extra);
}

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
