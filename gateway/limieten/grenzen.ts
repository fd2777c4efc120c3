// Stap van het verzoekpad: grenzen aan wat één operatie mag vragen, gecontroleerd vóór de
// uitvoering. Vóór Apollo Server de bundels; erin de tokens (bij het lezen), diepte, kosten,
// aliassen, directieven en hoofdvelden (bij het valideren), en na de kostenschatting de
// toelating (budget, zwaar werk). Gekozen door meting: elke operatie uit bench/operaties/
// en elk README-voorbeeld moet erdoor, met ruimte erboven; de metingen staan in docs/prestaties.md,
// "Grenzen aan een operatie", en `npx tsx bench/kosten.ts` doet ze opnieuw.
import { createRequire } from 'node:module';
import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  Kind,
  print,
  printSchema,
  validate,
  visit,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { KOSTENTABEL, kostenVan, MAXIMALE_KNOPEN, type Kostentabel } from './kosten.js';
import { Weigering } from '../fouten/weigering.js';
import { vertaal, type Vertaalregel } from '../fouten/meldingen.js';
import type { Gatewaycontext, Stap } from '../stap.js';
import type { Kostentoelating, Toegelaten } from './kostentoelating.js';

export const LIMIETEN = {
  /** Gemeten: hoogstens 6 (docs/voorbeelden.md, cijferreeks). Diepte 7 in het ergste geval (groepen in doelen in groepen): 968 kB in 0,3 s; diepte 9: 10,7 MB in 2,3 s. */
  diepte: 7,
  /** Gemeten: 0; de tests gebruiken er 3. Elke alias van een analyseveld is een eigen berekening. */
  aliassen: 15,
  /** Gemeten: 0. @include en @skip zijn er voor clients; meer dan een handvol is misbruik. */
  directieven: 20,
  /** Gemeten: hoogstens ±112 (de acceptatiequery "Alle silo's"). */
  tokens: 1000,
  /**
   * In de maat van KOSTENTABEL. Gemeten: hoogstens 9882 in bench en voorbeelden (alle-groepen,
   * alle-silos); het vastgelegde overzicht cijfers (elk cijfer van elke groep bij elk
   * ministerie) kost 30.762 met de vaste lengtes en 6.757 met de gemeten (2026-12-06,
   * docs/prestaties.md, "Hoe de grenzen gekozen zijn"); ook de prikkels en leeftijdsgrenzen van alle negen groepen in één
   * vraag (23.625, ±250 ms werk) passen. Zestien aliassen van leeftijdsgaten kosten
   * 27.200, van tegenwerkendePrikkels ±40.000, de prikkels drie keer genest honderden miljoenen.
   */
  kosten: 25_000,
  /**
   * Gemeten: 1 in elke bench-operatie en elk voorbeeld in de documentatie. De graaf heeft 4
   * hoofdvelden (aandachtsgroepen, aandachtsgroep, analyse, partijen); 5 laat elk ervan toe
   * plus een losse groep ernaast. Elk hoofdveld is een eigen tak
   * in het queryplan, dus een eigen reeks subgraph-verzoeken.
   */
  hoofdvelden: 5,
} as const;

/** Hoofdvelden na het invullen van fragmenten: elk is een eigen tak in het queryplan. */
export function hoofdveldenVan(document: DocumentNode, operatie: OperationDefinitionNode): number {
  const fragmenten = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const tel = (selecties: SelectionSetNode, actief: Set<string>): number =>
    selecties.selections.reduce((som, s) => {
      if (s.kind === Kind.FIELD) return som + 1;
      if (s.kind === Kind.INLINE_FRAGMENT) return som + tel(s.selectionSet, actief);
      const fragment = fragmenten.get(s.name.value);
      // Een cyclus of onbekend fragment meldt graphql-js zelf; hier telt het niet.
      if (!fragment || actief.has(s.name.value)) return som;
      return som + tel(fragment.selectionSet, new Set([...actief, s.name.value]));
    }, 0);
  return tel(operatie.selectionSet, new Set());
}

const operatieIn = (document: DocumentNode, naam: string | null | undefined): OperationDefinitionNode | undefined => {
  const operaties = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return naam ? operaties.find((o) => o.name?.value === naam) : operaties.length === 1 ? operaties[0] : undefined;
};

const teDuur = (kosten: number) =>
  Number.isFinite(kosten)
    ? `De operatie kost ${kosten}; de grens is ${LIMIETEN.kosten}. Een lijst telt met haar lengte, een analyseveld als een berekening over al het beleid (elke alias of nesting opnieuw). Vraag minder of splits de vraag.`
    : `De operatie vult fragmenten uit tot meer dan ${MAXIMALE_KNOPEN} velden; de grens aan de kosten is ${LIMIETEN.kosten}. Vraag elk veld één keer.`;

const teVeelHoofdvelden = (aantal: number) =>
  `De operatie vraagt ${aantal} velden op het hoogste niveau; de grens is ${LIMIETEN.hoofdvelden}. Stuur ze in aparte operaties.`;

const hoofdveldenregel: ValidationRule = (context) => ({
  OperationDefinition(operatie) {
    const aantal = hoofdveldenVan(context.getDocument(), operatie);
    if (aantal > LIMIETEN.hoofdvelden) {
      context.reportError(new GraphQLError(teVeelHoofdvelden(aantal), { nodes: [operatie] }));
    }
  },
});

/**
 * Kostengrens en hoofdveldengrens: validatieregels (het schema is dan dat van de
 * gateway, de API uit de supergraph) en een plugin die de variabelen van het verzoek
 * aanreikt. De kostenregel staat vóór Armor's aliasgrens: wie zestien analyse-aliassen
 * stuurt, leest eerst dat het te duur is, niet alleen dat het aantal aliassen te hoog is. Apollo Server valideert een document één keer en bewaart het;
 * de plugin rekent bij een bewaard document opnieuw, met de variabelen van dát verzoek.
 */
function kostenbewaking(kostentabel: () => Kostentabel, toelating?: Kostentoelating): { regels: ValidationRule[]; plugin: ApolloServerPlugin<Gatewaycontext> } {
  const verzoeken = new WeakMap<DocumentNode, { variabelen?: Record<string, unknown>; operatienaam?: string | null; gerekend: boolean; kosten?: number }>();
  const kostenregel: ValidationRule = (context) => ({
    OperationDefinition(operatie) {
      const document = context.getDocument();
      const verzoek = verzoeken.get(document);
      if (operatieIn(document, verzoek?.operatienaam) !== operatie) return;
      const kosten = kostenVan(context.getSchema(), document, operatie, verzoek?.variabelen, kostentabel());
      if (kosten === undefined) return;
      if (verzoek) {
        verzoek.gerekend = true;
        verzoek.kosten = kosten;
      }
      if (kosten > LIMIETEN.kosten) context.reportError(new GraphQLError(teDuur(kosten), { nodes: [operatie] }));
    },
  });
  const plugin: ApolloServerPlugin<Gatewaycontext> = {
    async requestDidStart({ request }) {
      // Per verzoek: een bewaard document is hetzelfde object als bij het eerste verzoek,
      // dus "al gerekend" mag niet aan het document hangen.
      const verzoek: { variabelen?: Record<string, unknown>; operatienaam?: string | null; gerekend: boolean; kosten?: number } = {
        variabelen: request.variables,
        operatienaam: request.operationName,
        gerekend: false,
      };
      let toegelaten: Toegelaten | undefined;
      let koppen: [string, string][] = [];
      return {
        async validationDidStart({ document }) {
          verzoeken.set(document, verzoek);
        },
        async didResolveOperation({ document, operation, schema, contextValue }) {
          if (!operation) return;
          const kosten = verzoek.gerekend ? verzoek.kosten : kostenVan(schema, document, operation, request.variables, kostentabel());
          if (!verzoek.gerekend && kosten !== undefined && kosten > LIMIETEN.kosten) {
            // Code en status volgen uit de melding (LIMIETREGELS, fouten/foutvorm.ts), net als bij de validatieregel.
            throw new GraphQLError(teDuur(kosten));
          }
          // In deze ene hook, na de schatting: Apollo roept de hooks van alle plugins tegelijk aan.
          if (toelating && kosten !== undefined && kosten > 0) {
            // Met het signaal van het verzoek: wie weggaat terwijl hij op budget of een plek wacht, verlaat de rij.
            toegelaten = toelating(kosten, contextValue.identiteit, contextValue.signaal);
            koppen = await toegelaten.klaar;
          }
        },
        async willSendResponse({ response }) {
          toegelaten?.vrij();
          for (const [naam, waarde] of koppen) response.http.headers.set(naam, waarde);
        },
      };
    },
  };
  return { regels: [kostenregel, hoofdveldenregel], plugin };
}


/** Meldingen van Armor en van de regels hierboven, met de code die een client leest. */
export const LIMIETREGELS: Vertaalregel[] = [
  [/Query depth limit of (\d+) exceeded, found (\d+)/, 'DIEPTE_TE_GROOT', (m) => `De operatie is ${m[2]} niveaus diep; de grens is ${m[1]}. Vraag minder ver door, of splits de vraag.`],
  [/Aliases limit of (\d+) exceeded, found (\d+)/, 'TE_VEEL_ALIASSEN', (m) => `De operatie heeft ${m[2]} aliassen; de grens is ${m[1]}.`],
  [/Directives limit of (\d+) exceeded, found (\d+)/, 'TE_VEEL_DIRECTIEVEN', (m) => `De operatie heeft ${m[2]} directieven; de grens is ${m[1]}.`],
  [/Document contains more that (\d+) tokens/, 'TE_VEEL_TOKENS', (m) => `De operatie is langer dan ${m[1]} tokens; stuur een kortere operatie.`],
  // Apollo Server zet op elke validatiefout GRAPHQL_VALIDATION_FAILED; de melding is al Nederlands.
  [/^De operatie (kost \d+|vult fragmenten uit)/, 'TE_DUUR', (m) => m.input],
  [/^De operatie vraagt \d+ velden op het hoogste niveau/, 'TE_VEEL_HOOFDVELDEN', (m) => m.input],
];

export interface Bundelopties {
  /** Zoveel operaties mag één JSON-lijst hoogstens bevatten. */
  maximum: number;
}

/**
 * Een JSON-lijst als body is een bundel: elke operatie erin kost wat een los verzoek
 * kost, maar komt langs de grenzen per operatie als één verzoek binnen. Standaard staat
 * Apollo Server ze niet toe (zie BUNDELS_NIET_TOEGESTAAN); wie ze aanzet, geeft een maximum.
 */
function bundelgrens(bundels: Bundelopties): Stap['voor'] {
  return async (verzoek, verder) => {
    if (!verzoek.http.tekst.trimStart().startsWith('[')) return verder(verzoek);
    let aantal = 0;
    try {
      const inhoud: unknown = JSON.parse(verzoek.http.tekst);
      aantal = Array.isArray(inhoud) ? inhoud.length : 0;
    } catch {
      // Onleesbare JSON meldt de gewone weg, met de fout van de parser erbij.
      return verder(verzoek);
    }
    if (aantal > bundels.maximum) {
      throw new Weigering(400, 'BUNDEL_TE_GROOT', `De bundel bevat ${aantal} operaties; de grens is ${bundels.maximum}. Stuur minder operaties per verzoek.`);
    }
    return verder(verzoek);
  };
}

/**
 * Zo stelt ApolloArmor de regels van GraphQL Armor in: een overtreding wordt een
 * validatiefout (400) in plaats van een fout die de regel gooit (500). Van Armor gebruikt
 * de gateway alleen diepte, aliassen en directieven: de tokengrens legt graphql-js zelf op
 * bij het lezen, de kosten telt kostenbewaking hierboven met de analysevelden en
 * lijstlengtes, en suggesties ("Did you mean …") zijn er per rol (toegang/rollen.ts).
 */
const ALS_VALIDATIEFOUT = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, fout: GraphQLError) => context?.reportError(new GraphQLError(fout.message, { extensions: { code: 'BAD_USER_INPUT' } }))],
};

/** Diepte eerst: de kosten van een te diepe operatie zijn daar een gevolg van. */
const dieptegrens = (): ValidationRule => maxDepthRule({ n: LIMIETEN.diepte, flattenFragments: true, ...ALS_VALIDATIEFOUT });
const overigeGrenzen = (): ValidationRule[] => [
  maxAliasesRule({ n: LIMIETEN.aliassen, ...ALS_VALIDATIEFOUT }),
  maxDirectivesRule({ n: LIMIETEN.directieven, ...ALS_VALIDATIEFOUT }),
];

/**
 * graphql zoals graphql-query-complexity het laadt (CommonJS). Onder Node is dat hetzelfde
 * exemplaar als dat van deze code; onder vitest (dat index.mjs laadt) niet, en dan weigert de
 * schatter een schema of document van het andere exemplaar. In Apollo Server komen schema en
 * document van @apollo/gateway, ook CommonJS; alleen grensredenen bouwt ze zelf.
 */
const graphqlVanDeSchatter = createRequire(import.meta.url)('graphql') as typeof import('graphql');
const schemasVoorDeSchatter = new WeakMap<GraphQLSchema, GraphQLSchema>();
function schemaVoorDeSchatter(schema: GraphQLSchema): GraphQLSchema {
  let omgezet = schemasVoorDeSchatter.get(schema);
  if (!omgezet) {
    omgezet = graphqlVanDeSchatter.buildSchema(printSchema(schema));
    schemasVoorDeSchatter.set(schema, omgezet);
  }
  return omgezet;
}

/**
 * Wat de grenzen van deze stap over één document zeggen, zonder het uit te voeren: voor een
 * overzicht dat het programmateam publiceert (overzichten/controle.ts). Dezelfde regels als
 * bij elk verzoek (diepte, hoofdvelden, aliassen, directieven, kosten), met de kosten in het
 * duurste geval dat de variabelen toelaten: elk veld onder @include of @skip telt mee. Het
 * document is al gevalideerd tegen `schema`; elke overtreding is één Nederlandse zin.
 */
export function grensredenen(schema: GraphQLSchema, document: DocumentNode, variabelen: Record<string, unknown>, kostentabel: Kostentabel = KOSTENTABEL): string[] {
  const redenen = validate(schema, document, [dieptegrens(), hoofdveldenregel, ...overigeGrenzen()]).map((f) => vertaal(LIMIETREGELS, { message: f.message }).message);
  const zonderVoorwaarden = visit(document, { Directive: (d) => (d.name.value === 'include' || d.name.value === 'skip' ? null : undefined) });
  // In het exemplaar van graphql dat de kostenschatter laadt (zie graphqlVanDeSchatter).
  const teSchatten = graphqlVanDeSchatter.parse(print(zonderVoorwaarden));
  const operatie = operatieIn(teSchatten, undefined);
  const kosten = operatie ? kostenVan(schemaVoorDeSchatter(schema), teSchatten, operatie, variabelen, kostentabel) : undefined;
  if (kosten !== undefined && kosten > LIMIETEN.kosten) redenen.push(`${teDuur(kosten)} (Gerekend met elk veld onder @include en @skip erbij: het duurste geval dat de variabelen toelaten.)`);
  return redenen;
}

export interface Grenzenopties {
  /** De lijstlengtes van nu (gemetenlengtes.ts); standaard de vaste KOSTENTABEL. */
  kostentabel?: () => Kostentabel;
  /** Wat een operatie binnen de kostengrens nog moet doorstaan: het budget van wie vraagt, dan een plek voor zwaar werk (kostentoelating.ts). */
  toelating?: Kostentoelating;
  /** JSON-lijsten van operaties in één verzoek; standaard uit (400 BUNDELS_NIET_TOEGESTAAN). */
  bundels?: Bundelopties;
}

export function grenzen({ kostentabel = () => KOSTENTABEL, toelating, bundels }: Grenzenopties = {}): Stap & { vertaalregels: Vertaalregel[] } {
  const kosten = kostenbewaking(kostentabel, toelating);
  return {
    voor: bundels && bundelgrens(bundels),
    // De volgorde legt die van de meldingen vast: te diep eerst (de kosten van een te diepe
    // operatie zijn daar een gevolg van), dan te duur, dan de rest.
    validatieregels: [dieptegrens(), ...kosten.regels, ...overigeGrenzen()],
    plugins: [kosten.plugin],
    // Voor de foutvorm (fouten/foutvorm.ts): de meldingen van deze grenzen met hun code.
    vertaalregels: LIMIETREGELS,
    apollo: {
      // De tokengrens legt graphql-js zelf op bij het lezen; Armor gooit hem vanuit een plugin, en Apollo Server maakt daar een 500 van.
      parseOptions: { maxTokens: LIMIETEN.tokens },
      allowBatchedHttpRequests: bundels !== undefined,
    },
  };
}
