// Resolvertypen worden gegenereerd uit de SDL (npm run generate); een test faalt
// als de gegenereerde bestanden niet meer bij de schema's passen.
import type { CodegenConfig } from '@graphql-codegen/cli';

const resolverconfig = {
  federation: true,
  enumsAsTypes: true,
  useTypeImports: true,
  avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
  scalars: { Peildatum: 'string' },
  contextType: '../../kern/context.js#Subgraafcontext',
  mappers: {
    Aandachtsgroep: '../../kern/model.js#AandachtsgroepRef',
    Departementsbeleid: '../../kern/model.js#BeleidRef',
    Instrument: '../../kern/model.js#InstrumentModel',
    Cijferreeks: '../../kern/model.js#CijferreeksModel',
  },
};

const gedeeld = ['schema/codegen/federatie.graphql', 'schema/gedeeld.graphql'];
const generator = (schema: string[]) => ({
  schema: [...gedeeld, ...schema],
  plugins: ['typescript', 'typescript-resolvers'],
  config: resolverconfig,
});

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    'subgraphs/kern/generated/resolvers.ts': generator(['schema/codegen/aandachtsgroep.graphql']),
    ...Object.fromEntries(
      ['bzk', 'vws', 'jenv', 'szw', 'ocw'].map((m) => [
        `subgraphs/${m}/generated/resolvers.ts`,
        generator([`subgraphs/${m}/schema.graphql`]),
      ]),
    ),
    // De analyselaag heeft geen database: eigen context, en de groep komt met het
    // beleid dat @requires meestuurt.
    'subgraphs/analyse/generated/resolvers.ts': {
      ...generator(['subgraphs/analyse/schema.graphql']),
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
