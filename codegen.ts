// Resolvertypen worden gegenereerd uit de SDL (npm run generate); een test faalt
// als de gegenereerde bestanden niet meer bij de schema's passen. Eén doel voor de
// ministeries uit kern/config.ts samen (hun schema's worden samengevoegd), één voor de analyse,
// en de antwoordtypen van het dashboard uit de overzichten.
import { readFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { printSchema } from 'graphql';
import { publiekSchema } from './schema/gereedschap/publiekschema.js';
import { gedeeldeSdl } from './kern/vocabulaire.js';
import { analyseSdl, BELEIDSFRAGMENTEN } from './subgraphs/analyse/sdl.js';
import { eigenSdl } from './subgraphs/ministerie/sdl.js';
import { ministeries } from './subgraphs/ministeries.js';

const resolverconfig = {
  federation: true,
  enumsAsTypes: true,
  useTypeImports: true,
  avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
  scalars: { Peildatum: 'string' },
};

// De gedeelde woordenschat als tekst: enum Departement komt uit de lijst van ministeries.
const gedeeld = ['schema/codegen/federatie.graphql', gedeeldeSdl];
// Het schema van elk ministerie uit de lijst (kern/config.ts), als tekst: alleen BZK heeft een eigen bestand.
const ministerieschemas = [...gedeeld, ...Object.values(ministeries).map(eigenSdl)];

// Wat een client ziet: het API-schema van de ingecheckte supergraph, zoals het contract van
// de overzichten (npm run overzichten) het ook leest. Als SDL-tekst, zodat codegen zijn eigen
// exemplaar van graphql gebruikt.
const apischema = () => printSchema(publiekSchema(readFileSync(new URL('schema/supergraph.graphql', import.meta.url), 'utf8')));

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    'subgraphs/ministerie/generated/resolvers.ts': {
      schema: ministerieschemas,
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        ...resolverconfig,
        contextType: '../context.js#Subgraafcontext',
        mappers: {
          Aandachtsgroep: '../model.js#AandachtsgroepRef',
          Analyse: '../model.js#AnalyseRef',
          // De verbinding maakt een resolver uit de lijst cijfers (kern/verbindingen.ts); de momentopname heeft haar niet.
          Departementsbeleid: "Omit<{T}, 'cijfersVerbinding'>",
        },
      },
    },
    // Wat de analyselaag leest (de fragmenten van haar @requires), als typen op de
    // schema's van de ministeries die het leveren.
    'subgraphs/analyse/generated/beleid.ts': {
      schema: ministerieschemas,
      documents: [BELEIDSFRAGMENTEN],
      plugins: ['typescript-operations'],
      config: { enumsAsTypes: true, useTypeImports: true, onlyOperationTypes: true, skipTypename: true, scalars: { Peildatum: 'string' } },
    },
    // De antwoordtypen van het dashboard: het vraagt alleen de vastgelegde overzichten
    // (GET /overzichten/<id>), dus zijn typen komen uit precies die documenten.
    'dashboard/src/generated/overzichten.ts': {
      schema: apischema(),
      documents: ['overzichten/*.graphql'],
      plugins: ['typescript-operations'],
      config: { enumsAsTypes: true, useTypeImports: true, skipTypename: true, scalars: { Peildatum: 'string' } },
    },
    // De analyselaag heeft geen database en geen context; de groepen komen met het
    // beleid dat @requires meestuurt. Haar schema als SDL-tekst uit sdl.ts: met de losse,
    // verouderde filterargumenten die daar uit input Prikkelfilter gemaakt worden.
    'subgraphs/analyse/generated/resolvers.ts': {
      schema: [...gedeeld, analyseSdl()],
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        ...resolverconfig,
        contextType: '@apollo/server#BaseContext',
        mappers: {
          Analyse: '../model.js#Analyseinvoer',
          Aandachtsgroep: '../model.js#AandachtsgroepMogelijkMetBeleid',
          Instrumentverwijzing: '../prikkels.js#Verwijzing',
          TegenwerkendePrikkel: '../prikkels.js#Prikkeluitkomst',
          Leeftijdsdrempel: '../leeftijden.js#Drempel',
          Leeftijdsgat: '../leeftijden.js#Gat',
          Maatregel: '../model.js#Maatregel as MaatregelModel',
          Matrixcel: '../samenvattingen.js#Matrixcel as MatrixcelModel',
          Maatregelprikkels: '../samenvattingen.js#Maatregelprikkels as MaatregelprikkelsModel',
          Doelverwijzing: '../prikkels.js#Doelverwijzing as DoelverwijzingModel',
          IndirectePrikkel: '../indirect.js#IndirectePrikkel as IndirectePrikkelModel',
          Indicatordekking: '../register.js#Indicatordekking as IndicatordekkingModel',
          Last: '../register.js#Last as LastModel',
          Prikkeltelling: '../samenvattingen.js#Prikkeltelling as PrikkeltellingModel',
        },
      },
    },
  },
};

export default config;
