// Grenzen aan wat één operatie mag vragen, gecontroleerd vóór de uitvoering. Gekozen
// door meting: elke operatie uit bench/operaties/ en elk README-voorbeeld moet erdoor,
// met ruimte erboven; de metingen staan in README, "Grenzen aan een operatie", en
// `npx tsx bench/kosten.ts` doet ze opnieuw.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { HttpAntwoord, HttpVerzoek } from '../../kern/http.js';
import type { Vertaalregel } from '../fouten/meldingen.js';
import type { Identiteit } from '../../kern/identiteit.js';
import type { Kostentoelating, Toegelaten } from './kostentoelating.js';

export const LIMIETEN = {
  /** Gemeten: hoogstens 6 (README, cijferreeks). Diepte 7 in het ergste geval (groepen in doelen in groepen): 968 kB in 0,3 s; diepte 9: 10,7 MB in 2,3 s. */
  diepte: 7,
  /** Gemeten: 0; de tests gebruiken er 3. Elke alias van een analyseveld is een eigen berekening. */
  aliassen: 15,
  /** Gemeten: 0. @include en @skip zijn er voor clients; meer dan een handvol is misbruik. */
  directieven: 20,
  /** Gemeten: hoogstens ±112 (de acceptatiequery "Alle silo's"). */
  tokens: 1000,
  /**
   * In de maat van KOSTENTABEL. Gemeten: hoogstens 9882 in bench en README (alle-groepen,
   * alle-silos) en 20.997 voor het vastgelegde overzicht cijfers (elk cijfer van elke groep
   * bij elk ministerie); ook de prikkels en leeftijdsgrenzen van alle negen groepen in één
   * vraag (23.625, ±250 ms werk) passen. Zestien aliassen van leeftijdsgaten kosten
   * 27.200, van tegenwerkendePrikkels ±40.000, de prikkels drie keer genest honderden miljoenen.
   */
  kosten: 25_000,
  /**
   * Gemeten: 1 in elke bench-operatie en elk README-voorbeeld. De graaf heeft 3 hoofdvelden;
   * 5 laat elk ervan toe plus twee losse groepen ernaast. Elk hoofdveld is een eigen tak
   * in het queryplan, dus een eigen reeks subgraph-verzoeken.
   */
  hoofdvelden: 5,
} as const;

/**
 * Wat een veld kost, gemeten op de draaiende stapel (bench/kosten.ts, SQLite, zonder
 * responscache). De eenheid is één gewone waarde in het antwoord: elk veld kost 1, en
 * een lijst kost haar lengte maal (1 + wat elk element vraagt).
 */
export interface Kostentabel {
  /**
   * Lengte per lijstveld (Type.veld): het grootste aantal dat de gegevens per ouder
   * hebben, want de grens moet ook de duurste groep of het drukste ministerie dragen.
   */
  lijstlengtes: Readonly<Record<string, number>>;
  /** Lijsten die niet gemeten zijn (nu leeg in de gegevens) tellen als de langste gemeten lijst. */
  onbekendeLijst: number;
  /**
   * Extra kosten per aanroep van een analyseveld: (tijd van het veld − tijd zonder het
   * veld) gedeeld door de tijd van één gewone waarde. Het veld laat de gateway het hele
   * beleid van vijf ministeries ophalen (@requires) en de analyselaag erover rekenen.
   */
  analysekosten: Readonly<Record<string, number>>;
}

/** Gemeten met `npx tsx bench/kosten.ts 25` (mediaan van 25 verzoeken); analysekosten op honderdtallen afgerond. */
export const KOSTENTABEL: Kostentabel = {
  lijstlengtes: {
    'Query.aandachtsgroepen': 9,
    'Analyse.aandachtsgroepen': 9,
    // Het hele beleid van een ministerie is de vereniging van dat van de 9 groepen.
    'Analyse.bzk': 9,
    'Analyse.vws': 9,
    'Analyse.jenv': 9,
    'Analyse.szw': 9,
    'Analyse.ocw': 9,
    // Gemeten op 2026-12-06 (npx tsx bench/kosten.ts, na issue 21): 92 in werking; met de slapende (slapend: null) 95.
    'Analyse.tegenwerkendePrikkels': 95,
    'Analyse.leeftijdsgrenzen': 5,
    'Analyse.leeftijdsgaten': 3,
    'Analyse.prikkelmatrix': 25, // hooguit 5 × 5 ministeries; gemeten 19 cellen
    'Matrixcel.prikkels': 17,
    // Hooguit alle groepen en alle indicatoren (de enums); een cel telt wat haar prikkels raken.
    'Matrixcel.aandachtsgroepen': 9,
    'Matrixcel.indicatoren': 22,
    // Hooguit één regel per waarde van de enum: 9 groepen, 22 indicatoren, 21 partijen.
    'Prikkeltelling.perAandachtsgroep': 9,
    'Prikkeltelling.perIndicator': 22,
    'Prikkeltelling.perPartij': 21,
    'Analyse.maatregelen': 37,
    'Maatregelprikkels.prikkels': 8,
    // watAls verdeelt de prikkels: elk van beide kan ze alle bevatten. De gekozen maatregelen
    // zijn hoogstens alle maatregelen: 133 codes (45 spoedpakket, 33 samenwerkingsagenda, 55 zonder
    // pakket; sinds issue 21), ook die zonder instrument.
    'WatAls.opgelost': 95,
    'WatAls.resterend': 95,
    'WatAls.maatregelen': 133,
    // 56 in werking; 58 met de slapende (slapend: null).
    'Aandachtsgroep.tegenwerkendePrikkels': 58,
    'Aandachtsgroep.leeftijdsgrenzen': 5,
    'Departementsbeleid.verantwoordelijkheden': 10,
    'Departementsbeleid.doelen': 11,
    'Departementsbeleid.edities': 1, // één editie per ministerie; elke publicatie voegt er één toe
    'Departementsbeleid.instrumenten': 12,
    // Gemeten op 2026-12-06 na issue 21 (BZK). Met deze vaste lengtes kost het overzicht cijfers
    // 30.762, boven de grens; met de gemeten gemiddelden (GET /lijstlengtes) 6.757.
    'Departementsbeleid.cijfers': 40,
    'Departementsbeleid.cijferreeksen': 34,
    'Cijferreeks.aandachtsgroepen': 9,
    'Cijferreeks.waarnemingen': 4,
    'Doel.aandachtsgroepen': 9,
    'Effect.aandachtsgroepen': 9,
    'Effect.gedragenDoor': 3,
    'Instrument.aandachtsgroepen': 9,
    'Instrument.effecten': 9,
    'Instrument.leeftijdsgrenzen': 1,
    'Instrument.maatregelen': 8,
    'Leeftijdsdrempel.aandachtsgroepen': 9,
    'Leeftijdsgat.alVolwassen': 4,
    'Leeftijdsgat.nogJongere': 4,
    'Leeftijdsgat.bronnen': 3,
    'Maatregel.indicatoren': 3,
    'TegenwerkendePrikkel.aandachtsgroepen': 9,
    'TegenwerkendePrikkel.bronnen': 3,
    // Gemeten op 2026-12-06: hoogstens 2 effecten per prikkel (een per groep); zelfde ruimte als bronnen.
    'TegenwerkendePrikkel.effecten': 3,
    // Welke velden van één record afgeleid zijn: gemeten op 2026-12-06 (de editiebestanden na
    // issue 21) hoogstens 3 (een doel van SZW). Zonder regel telde elk record als 100.
    'Afleiding.velden': 3,
    'TegenwerkendePrikkel.gedragenDoor': 3,
    'TegenwerkendePrikkel.maatregelen': 4,
    // Gemeten: hoogstens 1 (een maatregel 'tot 23 jaar' bij een prikkel voor iedereen); zelfde ruimte als maatregelen.
    'TegenwerkendePrikkel.deelmaatregelen': 4,
    'Verantwoordelijkheid.aandachtsgroepen': 9,
    // Gemeten op 2026-11-22 (partijen, register, monitoring, gebieden, indirecte prikkels);
    // opnieuw op 2026-12-06 met npx tsx bench/kosten.ts, na de gegevens van issue 21 (alleen
    // verhoogd waar de gegevens nu langer zijn).
    'Query.partijen': 20,
    'Analyse.partijen': 20,
    'BetrokkenPartij.rollen': 37,
    // De eisen uit de brief van de G4 en G40 staan sinds issue 21 onder beide partijen.
    'BetrokkenPartij.eisen': 11,
    'Partijrol.aandachtsgroepen': 9,
    'Eis.instrumenten': 2,
    'Aandachtsgroep.partijrollen': 73,
    'Departementsbeleid.maatregelen': 14,
    'Departementsbeleid.monitoring': 18,
    'Departementsbeleid.verbanden': 19,
    // Per groep leeg (een verwijzing noemt geen groepen); over het hele beleid heeft VWS er 3.
    'Departementsbeleid.cijferverwijzingen': 3,
    'Maatregel.instrumenten': 2,
    'Monitoringadvies.indicatoren': 3,
    'Monitoringadvies.aandachtsgroepen': 9,
    'Indicatorverband.aandachtsgroepen': 9,
    // Nog geen reeks in een groepering; de G4 heeft 4 leden, de G40 2 die de bronnen noemen (schema/gebieden.json).
    'Gebied.leden': 4,
    // Met ookAfgerond: true alle 133 maatregelen.
    'Analyse.toezeggingen': 133,
    'Analyse.lasten': 28,
    'Last.dragers': 2,
    'Last.effecten': 4,
    'Last.eisen': 2,
    'Analyse.monitoring': 22,
    'Indicatordekking.adviezen': 10,
    'Indicatordekking.cijferreeksen': 3,
    'Indicatordekking.doelen': 3,
    // Hooguit één gebied per code in schema/gebieden.json (16 sinds issue 21); gemeten 2 voor AANBOD_BETAALBARE_WOONPLEKKEN.
    'Analyse.gebiedsvergelijking': 16,
    'Gebiedscijfers.cijferreeksen': 3,
    // 133 ketens van instrumenten in werking; met de slapende (slapend: null) 137.
    'Analyse.indirectePrikkels': 137,
    'IndirectePrikkel.aandachtsgroepen': 9,
    'IndirectePrikkel.stappen': 2,
  },
  onbekendeLijst: 100,
  // Eén gewone waarde kostte 8,6 µs (alle-groepen: 1912 waarden in 19,1 ms, een kale query 2,6 ms).
  analysekosten: {
    'Analyse.tegenwerkendePrikkels': 2300, // 2,1 → 23,0 ms
    'Analyse.leeftijdsgrenzen': 1300, // 2,4 → 13,9 ms
    'Analyse.leeftijdsgaten': 1700, // 2,3 → 16,9 ms
    'Aandachtsgroep.tegenwerkendePrikkels': 1500, // 1,9 → 15,1 ms
    'Aandachtsgroep.leeftijdsgrenzen': 1000, // 1,7 → 10,4 ms
    // Niet apart gemeten: dezelfde berekening als Analyse.tegenwerkendePrikkels, daarna alleen groeperen.
    'Analyse.prikkelmatrix': 2300,
    'Analyse.maatregelen': 2300,
    // Niet apart gemeten: de prikkels van tegenwerkendePrikkels, daarna alleen verdelen.
    'Analyse.watAls': 2300,
    // Niet apart gemeten: de prikkels van tegenwerkendePrikkels, daarna alleen tellen.
    'Analyse.prikkeltelling': 2300,
    // Gemeten op 2026-11-22 met twee andere processen op de machine: alles kostte toen meer
    // (tegenwerkendePrikkels 2805 in plaats van 2300). Daarom in verhouding tot
    // tegenwerkendePrikkels in dezelfde meting: toezeggingen 3133, lasten 3168, monitoring
    // 3521, gebiedsvergelijking 3004, indirectePrikkels 3263 (watAls 2683).
    'Analyse.toezeggingen': 2600,
    'Analyse.lasten': 2600,
    'Analyse.monitoring': 2900,
    'Analyse.gebiedsvergelijking': 2500,
    'Analyse.indirectePrikkels': 2700,
  },
};

export function kostenschatter(tabel: Kostentabel): ComplexityEstimator {
  return ({ type, field, childComplexity }) => {
    // Introspectie beantwoordt de gateway uit zijn eigen schema, zonder subgraph; wie
    // het mag, bepaalt de rol. Met lijstlengtes zou de introspectiequery van elke tool te duur zijn.
    if (type.name.startsWith('__') || field.name.startsWith('__')) return 1 + childComplexity;
    const sleutel = `${type.name}.${field.name}`;
    // Aan de naam van het type, niet met isListType: het schema komt van @apollo/gateway,
    // en onder vitest is dat een andere kopie van graphql-js dan de onze (instanceof faalt).
    const lijst = String(field.type).startsWith('[');
    const lengte = tabel.lijstlengtes[sleutel] ?? (lijst ? tabel.onbekendeLijst : 1);
    return (tabel.analysekosten[sleutel] ?? 0) + lengte * (1 + childComplexity);
  };
}

/**
 * Zoveel knopen (velden na het invullen van fragmenten) telt de schatter hoogstens.
 * Fragmenten die elkaar elk tien keer invullen, groeien binnen de tokengrens tot
 * miljoenen knopen; wie de grens raakt, is te duur.
 */
const MAXIMALE_KNOPEN = 10_000;

/** De kosten van één operatie in het document; undefined als die niet te bepalen is (onbekende operatie, ontbrekende variabele). */
export function kostenVan(
  schema: GraphQLSchema,
  document: DocumentNode,
  operatie: OperationDefinitionNode,
  variabelen: Record<string, unknown> | undefined,
  tabel: Kostentabel = KOSTENTABEL,
): number | undefined {
  // Alleen deze operatie: een document met alleen zij als operatie. De bibliotheek
  // kiest anders op naam, en valt om over een naamloze operatie naast een andere.
  const alleenDeze: DocumentNode = { ...document, definitions: document.definitions.filter((d) => d.kind !== Kind.OPERATION_DEFINITION || d === operatie) };
  try {
    // Gemeten lijstlengtes zijn gemiddelden (2,17 effecten per instrument): hele eenheden naar boven.
    return Math.ceil(getComplexity({ schema, query: alleenDeze, variables: variabelen, estimators: [kostenschatter(tabel)], maxQueryNodes: MAXIMALE_KNOPEN }));
  } catch (fout) {
    if (fout instanceof Error && /maximum allowed number of nodes/.test(fout.message)) return Number.POSITIVE_INFINITY;
    // Een variabele die ontbreekt of niet past: graphql-js meldt dat straks zelf, vóór de uitvoering.
    return undefined;
  }
}

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

/**
 * Kostengrens en hoofdveldengrens: validatieregels (het schema is dan dat van de
 * gateway, de API uit de supergraph) en een plugin die de variabelen van het verzoek
 * aanreikt. De kostenregel staat vóór Armor's aliasgrens: wie zestien analyse-aliassen
 * stuurt, leest eerst dat het te duur is, niet alleen dat het aantal aliassen te hoog is. Apollo Server valideert een document één keer en bewaart het;
 * de plugin rekent bij een bewaard document opnieuw, met de variabelen van dát verzoek.
 */
/** Een context die de geschatte kosten van de operatie meedraagt, en wie vraagt (voor het budget). */
export interface MetKosten extends BaseContext {
  uitkomst: { kosten?: number };
  identiteit: Identiteit;
}

function kostenbewaking(kostentabel: () => Kostentabel, toelating?: Kostentoelating): { regels: ValidationRule[]; plugin: ApolloServerPlugin<MetKosten> } {
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
  const hoofdveldenregel: ValidationRule = (context) => ({
    OperationDefinition(operatie) {
      const aantal = hoofdveldenVan(context.getDocument(), operatie);
      if (aantal > LIMIETEN.hoofdvelden) {
        context.reportError(new GraphQLError(teVeelHoofdvelden(aantal), { nodes: [operatie] }));
      }
    },
  });
  const plugin: ApolloServerPlugin<MetKosten> = {
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
          contextValue.uitkomst.kosten = kosten;
          if (!verzoek.gerekend && kosten !== undefined && kosten > LIMIETEN.kosten) {
            // Code en status volgen uit de melding (LIMIETREGELS, verzoekfoutIs400), net als bij de validatieregel.
            throw new GraphQLError(teDuur(kosten));
          }
          // In deze ene hook, na de schatting: Apollo roept de hooks van alle plugins tegelijk aan.
          if (toelating && kosten !== undefined && kosten > 0) {
            toegelaten = toelating(kosten, contextValue.identiteit);
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

const teVeelHoofdvelden = (aantal: number) =>
  `De operatie vraagt ${aantal} velden op het hoogste niveau; de grens is ${LIMIETEN.hoofdvelden}. Stuur ze in aparte operaties.`;

/**
 * `kostentabel`: de lijstlengtes van nu (gateway/limieten/gemetenlengtes.ts); standaard de vaste
 * KOSTENTABEL. `toelating`: wat een operatie binnen de grens nog moet doorstaan (budget, zwaar werk).
 */
/**
 * Zo stelt ApolloArmor de regels van GraphQL Armor in: een overtreding wordt een
 * validatiefout (400) in plaats van een fout die de regel gooit (500). Van Armor gebruikt
 * de gateway alleen diepte, aliassen en directieven: de tokengrens legt graphql-js zelf op
 * bij het lezen (parseOptions.maxTokens), de kosten telt kostenbewaking hierboven met de
 * analysevelden en lijstlengtes, en suggesties ("Did you mean …") zijn er per rol.
 */
const ALS_VALIDATIEFOUT = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, fout: GraphQLError) => context?.reportError(new GraphQLError(fout.message, { extensions: { code: 'BAD_USER_INPUT' } }))],
};

/**
 * `kostentabel`: de lijstlengtes van nu (gateway/limieten/gemetenlengtes.ts); standaard de vaste
 * KOSTENTABEL. `toelating`: wat een operatie binnen de grens nog moet doorstaan (budget, zwaar werk).
 */
export function limietbescherming({ kostentabel = () => KOSTENTABEL, toelating }: { kostentabel?: () => Kostentabel; toelating?: Kostentoelating } = {}) {
  const kosten = kostenbewaking(kostentabel, toelating);
  return {
    // De volgorde legt die van de meldingen vast: te diep eerst (de kosten van een te diepe
    // operatie zijn daar een gevolg van), dan te duur, dan de rest.
    validationRules: [
      maxDepthRule({ n: LIMIETEN.diepte, flattenFragments: true, ...ALS_VALIDATIEFOUT }),
      ...kosten.regels,
      maxAliasesRule({ n: LIMIETEN.aliassen, ...ALS_VALIDATIEFOUT }),
      maxDirectivesRule({ n: LIMIETEN.directieven, ...ALS_VALIDATIEFOUT }),
    ],
    plugins: [kosten.plugin] as ApolloServerPlugin<BaseContext>[],
  };
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
export function metBundelgrens<C extends { uitkomst: { bewaarbaar: boolean } }>(
  bundels: Bundelopties | undefined,
  uitvoeren: (verzoek: HttpVerzoek, context: C) => Promise<HttpAntwoord>,
): (verzoek: HttpVerzoek, context: C) => Promise<HttpAntwoord> {
  if (!bundels) return uitvoeren;
  return async (verzoek, context) => {
    if (!verzoek.tekst.trimStart().startsWith('[')) return uitvoeren(verzoek, context);
    let aantal = 0;
    try {
      const inhoud: unknown = JSON.parse(verzoek.tekst);
      aantal = Array.isArray(inhoud) ? inhoud.length : 0;
    } catch {
      // Onleesbare JSON meldt de gewone weg, met de fout van de parser erbij.
      return uitvoeren(verzoek, context);
    }
    if (aantal > bundels.maximum) {
      return {
        status: 400,
        headers: [['content-type', 'application/json; charset=utf-8']],
        body: JSON.stringify({
          errors: [{ message: `De bundel bevat ${aantal} operaties; de grens is ${bundels.maximum}. Stuur minder operaties per verzoek.`, extensions: { code: 'BUNDEL_TE_GROOT' } }],
        }),
      };
    }
    const antwoord = await uitvoeren(verzoek, context);
    // Eén vlag voor de hele bundel: de laatste operatie zou een fout van een eerdere verbergen.
    context.uitkomst.bewaarbaar = false;
    return antwoord;
  };
}
