import { beleidVan, bekendeGroep, gedeeldeResolvers } from '../../kern/resolvers.js';
import { bouwSubgraaf, type Databasekeuze, type Ministerie } from '../../kern/subgraaf.js';
import type { Resolvers } from '../../kern/generated/resolvers.js';

const resolvers: Resolvers = {
  ...gedeeldeResolvers('VWS'),
  Aandachtsgroep: {
    __resolveReference: (ref) => bekendeGroep(ref.code),
    vws: (g) => beleidVan('VWS', g),
  },
};

export const vws: Ministerie = {
  departement: 'VWS',
  schema: new URL('schema.graphql', import.meta.url),
  data: new URL('data/', import.meta.url),
  resolvers,
};

export const bouwVwsSubgraaf = (keuze: Databasekeuze) => bouwSubgraaf(vws, keuze);
