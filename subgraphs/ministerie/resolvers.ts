// Resolvers die elk ministerie deelt. Het beleid staat al in GraphQL-vorm in de
// momentopname; de standaardresolvers van graphql-js doen de rest.
import { GraphQLError } from 'graphql';
import type { Ministerieveld } from '../../kern/config.js';
import type { AandachtsgroepResolvers, AnalyseResolvers, Departement, Resolvers } from './generated/resolvers.js';
import { bekendeGroep } from '../../kern/vocabulaire.js';

/** Het veld op Aandachtsgroep en Analyse met het beleid van dit ministerie (bzk, vws, …; kern/config.ts). */
export const beleidsveld = (departement: Departement) => departement.toLowerCase() as Ministerieveld;

/** Er is één analyse, over alle aandachtsgroepen; zie Query.analyse bij BZK. */
export const ALLE_AANDACHTSGROEPEN = 'ALLE_AANDACHTSGROEPEN';

export function bekendeAnalyse<T extends { id: string }>(ref: T): T {
  if (ref.id === ALLE_AANDACHTSGROEPEN) return ref;
  throw new GraphQLError(`Onbekende analyse ${JSON.stringify(ref.id)}; er is alleen ${ALLE_AANDACHTSGROEPEN}.`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

export function gedeeldeResolvers(departement: Departement): Resolvers {
  const beleid: AandachtsgroepResolvers['bzk'] = (groep, _, { momentopname }) => momentopname.beleid(groep.code);
  const alles: AnalyseResolvers['bzk'] = (_, __, { momentopname }) => momentopname.alles();
  return {
    Aandachtsgroep: {
      __resolveReference: (ref) => bekendeGroep(ref.code),
      [beleidsveld(departement)]: beleid,
    },
    Analyse: {
      __resolveReference: (ref) => bekendeAnalyse(ref),
      [beleidsveld(departement)]: alles,
    },
  };
}

/** Voegt resolvermaps samen per type; een ministerie kan zo velden toevoegen aan gedeelde typen. */
export function voegSamen(...maps: Resolvers[]): Resolvers {
  const samen: Record<string, object> = {};
  for (const map of maps) for (const [type, velden] of Object.entries(map)) samen[type] = { ...samen[type], ...velden };
  return samen as Resolvers;
}
