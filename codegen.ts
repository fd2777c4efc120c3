// Resolvertypen worden gegenereerd uit de SDL (npm run generate); een test faalt
// als de gegenereerde bestanden niet meer bij de schema's passen. Eén doel voor de
// vijf ministeries samen (hun schema's worden samengevoegd), één voor de analyse.
import type { CodegenConfig } from '@graphql-codegen/cli';
import { DEPARTEMENTEN } from './kern/config.js';

const resolverconfig = {
  federation: true,
  enumsAsTypes: true,
  useTypeImports: true,
  avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
  scalars: { Peildatum: 'string' },
};

const gedeeld = ['schema/codegen/federatie.graphql', 'schema/gedeeld.graphql'];

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    'kern/generated/resolvers.ts': {
      schema: [...gedeeld, ...DEPARTEMENTEN.map((d) => `subgraphs/${d.toLowerCase()}/schema.graphql`)],
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        ...resolverconfig,
        contextType: '../context.js#Subgraafcontext',
        mappers: {
          Aandachtsgroep: '../model.js#AandachtsgroepRef',
          Departementsbeleid: '../model.js#BeleidRef',
          Instrument: '../model.js#InstrumentModel',
          Cijferreeks: '../model.js#CijferreeksModel',
        },
      },
    },
    // De analyselaag heeft geen database: eigen context, en de groep komt met het
    // beleid dat @requires meestuurt.
    'subgraphs/analyse/generated/resolvers.ts': {
      schema: [...gedeeld, 'subgraphs/analyse/schema.graphql'],
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        ...resolverconfig,
        contextType: '../context.js#Analysecontext',
        mappers: {
          Aandachtsgroep: '../model.js#AandachtsgroepMogelijkMetBeleid',
          Instrumentverwijzing: '../prikkels.js#Verwijzing',
          TegenwerkendePrikkel: '../prikkels.js#Prikkel',
          Leeftijdsdrempel: '../leeftijden.js#Drempel',
          Leeftijdsgat: '../leeftijden.js#Gat',
          Maatregel: '../model.js#Maatregel as MaatregelModel',
        },
      },
    },
  },
};

export default config;
