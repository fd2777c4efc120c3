import { beleidVan, bekendeGroep, gedeeldeResolvers } from '../../kern/resolvers.js';
import { bouwSubgraaf, type Databasekeuze, type Ministerie } from '../../kern/subgraaf.js';
import type { Resolvers } from '../../kern/generated/resolvers.js';

const resolvers: Resolvers = {
  ...gedeeldeResolvers('OCW'),
  Aandachtsgroep: {
    __resolveReference: (ref) => bekendeGroep(ref.code),
    ocw: (g) => beleidVan('OCW', g),
  },
};

export const ocw: Ministerie = {
  departement: 'OCW',
  schema: new URL('schema.graphql', import.meta.url),
  data: new URL('data/', import.meta.url),
  resolvers,
};

export const bouwOcwSubgraaf = (keuze: Databasekeuze) => bouwSubgraaf(ocw, keuze);
