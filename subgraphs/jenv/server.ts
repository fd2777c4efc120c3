import { beleidVan, bekendeGroep, gedeeldeResolvers } from '../../kern/resolvers.js';
import { bouwSubgraaf, type Databasekeuze, type Ministerie } from '../../kern/subgraaf.js';
import type { Resolvers } from '../../kern/generated/resolvers.js';

const resolvers: Resolvers = {
  ...gedeeldeResolvers('JENV'),
  Aandachtsgroep: {
    __resolveReference: (ref) => bekendeGroep(ref.code),
    jenv: (g) => beleidVan('JENV', g),
  },
};

export const jenv: Ministerie = {
  departement: 'JENV',
  schema: new URL('schema.graphql', import.meta.url),
  data: new URL('data/', import.meta.url),
  resolvers,
};

export const bouwJenvSubgraaf = (keuze: Databasekeuze) => bouwSubgraaf(jenv, keuze);
