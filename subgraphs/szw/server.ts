import { beleidVan, bekendeGroep, gedeeldeResolvers } from '../../kern/resolvers.js';
import { bouwSubgraaf, type Databasekeuze, type Ministerie } from '../../kern/subgraaf.js';
import type { Resolvers } from '../../kern/generated/resolvers.js';

const resolvers: Resolvers = {
  ...gedeeldeResolvers('SZW'),
  Aandachtsgroep: {
    __resolveReference: (ref) => bekendeGroep(ref.code),
    szw: (g) => beleidVan('SZW', g),
  },
};

export const szw: Ministerie = {
  departement: 'SZW',
  schema: new URL('schema.graphql', import.meta.url),
  data: new URL('data/', import.meta.url),
  resolvers,
};

export const bouwSzwSubgraaf = (keuze: Databasekeuze) => bouwSubgraaf(szw, keuze);
