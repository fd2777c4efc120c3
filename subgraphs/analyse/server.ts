// De analyselaag als subgraph: bouwt de server zonder te luisteren (tests importeren hem).
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { GraphQLError, parse } from 'graphql';
import { bekendeGroep } from '../../kern/resolvers.js';
import { gedeeldeSdl } from '../../kern/vocabulaire.js';
import type { Analysecontext } from './context.js';
import type { Resolvers } from './generated/resolvers.js';
import { ANALYSE_SDL, haalAlleGroepen } from './graaf.js';
import { controleerBereik, drempels, gaten, OngeldigBereik, type Leeftijdsbereikfilter } from './leeftijden.js';
import { MINISTERIEVELDEN, type AandachtsgroepMetBeleid } from './model.js';
import { tegenwerkendePrikkels, type Prikkelfilter } from './prikkels.js';

export const analyseTypeDefs = () => parse(`${ANALYSE_SDL}\n${gedeeldeSdl}`);

/** De @requires-velden moeten er zijn; zonder is de query verkeerd gepland. */
function metBeleid(groep: { code: string } & Partial<AandachtsgroepMetBeleid>): AandachtsgroepMetBeleid {
  const ontbreekt = MINISTERIEVELDEN.filter((veld) => !groep[veld]);
  if (ontbreekt.length > 0) throw new GraphQLError(`Beleid van ${ontbreekt.join(', ')} ontbreekt voor ${groep.code}.`);
  return groep as AandachtsgroepMetBeleid;
}

function controleerFilter(filter: Prikkelfilter): Prikkelfilter {
  if (filter.maxScore != null && (filter.maxScore < -3 || filter.maxScore > -1)) {
    throw new GraphQLError(
      `maxScore is ${filter.maxScore}; tegenwerkende prikkels scoren -3, -2 of -1. Gebruik bijvoorbeeld maxScore: -2 voor alleen de sterke.`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return filter;
}

function bereik(args: Leeftijdsbereikfilter): Leeftijdsbereikfilter {
  try {
    controleerBereik(args);
    return args;
  } catch (fout) {
    if (fout instanceof OngeldigBereik) throw new GraphQLError(fout.message, { extensions: { code: 'BAD_USER_INPUT' } });
    throw fout;
  }
}

const resolvers: Resolvers = {
  Query: {
    tegenwerkendePrikkels: async (_, filter, { alleGroepen }) => tegenwerkendePrikkels(await alleGroepen(), controleerFilter(filter)),
    leeftijdsgrenzen: async (_, args, { alleGroepen }) => drempels(await alleGroepen(), bereik(args)),
    leeftijdsgaten: async (_, args, { alleGroepen }) => gaten(drempels(await alleGroepen(), bereik(args))),
  },
  Aandachtsgroep: {
    __resolveReference: (ref) => ({ ...ref, ...bekendeGroep(ref.code) }),
    tegenwerkendePrikkels: (groep, filter) => tegenwerkendePrikkels([metBeleid(groep)], controleerFilter(filter)),
    leeftijdsgrenzen: (groep, args) => drempels([metBeleid(groep)], bereik(args)),
  },
};

export interface Analyseopties {
  /** URL van de gateway, voor de root-velden; een functie zodat tests hem later kunnen zetten. */
  gatewayUrl: () => string;
}

export async function bouwAnalyse(opties: Analyseopties) {
  const server = new ApolloServer<Analysecontext>({
    schema: buildSubgraphSchema({ typeDefs: analyseTypeDefs(), resolvers: resolvers as GraphQLResolverMap<unknown> }),
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await server.start();
  const context = (): Analysecontext => {
    let groepen: Promise<AandachtsgroepMetBeleid[]> | undefined;
    return { alleGroepen: () => (groepen ??= haalAlleGroepen(opties.gatewayUrl())) };
  };
  return { server, context };
}
