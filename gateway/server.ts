// De gateway: @apollo/gateway op de ingecheckte supergraph, met Apollo Server 5.
// Bouwt zonder te luisteren, zodat tests hem met subgraphs op poort 0 kunnen starten.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { readFileSync } from 'node:fs';
import { BREAK, GraphQLError, visit, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import { ANALYSE, SUBGRAFEN } from '../kern/config.js';
import type { Redisinstelling } from '../kern/wijzigingsbericht.js';
import { VALIDATIEREGELS, verrijkEnumfout, vertaal, VERZOEKREGELS, wijsVerhuisdVeld } from './fouten/meldingen.js';
import { LIMIETEN, LIMIETREGELS, limietbescherming, metBundelgrens, type Bundelopties } from './limieten/grenzen.js';
import { subgraafverbinding } from './verbinding/subgraafclient.js';
import type { Onderbrekeropties } from './verbinding/onderbreker.js';
import { gatewaymetingen } from './metingen.js';
import type { Logboek } from '../kern/logboek.js';
import { maakMetrieken, type Metrieken } from '../kern/metrieken.js';
import { antwoordlaag, bewaarbaarPlugin, Cachegeldigheid, type Gatewaycontext } from './cache/antwoordcache.js';
import { voerGraphQLUit, type HttpVerzoek, type Luisteropties } from '../kern/http.js';
import { KOPPEN, leestAlsAnalist, type Identiteit } from '../kern/identiteit.js';
import { ANONIEME_ANALIST, identificatie, Toegangsfout, voorIdentiteit, type Toegang } from './toegang/identificatie.js';
import { leesOverzichten, overzichtenregister, type Overzicht } from './overzichten/register.js';
import { toegelatenVerzoek } from './toegang/toelating.js';
import { voorcontrole } from './limieten/voorcontrole.js';
import { publicatieroutes } from './publiceren.js';
import { overzichtroutes } from './overzichten/routes.js';
import { dashboardroutes } from './dashboard.js';
import { warmOp } from './overzichten/opwarmen.js';
import { planopslag } from './verbinding/plannen/planopslag.js';
import { gemetenlengtes } from './limieten/gemetenlengtes.js';
import { kostenbudget, STANDAARD_KOSTENBUDGET, type Kostenbudgetopties } from './limieten/kostenbudget.js';
import { STANDAARD_ZWAARWERK, zwaarwerk, type Zwaarwerkopties } from './limieten/zwaarwerk.js';
import { kostentoelating } from './limieten/kostentoelating.js';
import { Redis } from 'ioredis';
import { enumsUit } from '../kern/vocabulaire.js';
import type { Route } from '../kern/http.js';

/**
 * Na een geslaagde publicatie via deze gateway vervalt zijn eigen cache meteen: wie net
 * publiceerde, krijgt bij de volgende vraag de nieuwe editie, ook als het Redis-bericht
 * nog onderweg is. Andere gateways horen het via Redis.
 */
function metEigenInvalidatie(routes: Route[], vervallen: () => void): Route[] {
  return routes.map((route) => ({
    ...route,
    async behandel(verzoek, delen) {
      const antwoord = await route.behandel(verzoek, delen);
      if (verzoek.method === 'POST' && antwoord.status >= 200 && antwoord.status < 300) vervallen();
      return antwoord;
    },
  }));
}

export interface Gatewayopties {
  supergraphSdl?: string;
  /** Subgraph-URL per naam (bzk, vws, …); ontbrekende komen uit de supergraph. */
  subgraafUrls?: Partial<Record<string, string>>;
  /** Met Redis cachet de gateway antwoorden tot een import de gegevens wijzigt. */
  redis?: Redisinstelling | null;
  /** Hoe lang de gateway op één subgraph wacht (SUBGRAAF_TERMIJN_MS); standaard 5000 ms. */
  subgraaftermijnMs?: number;
  /** Wanneer de gateway een falende subgraph een pauze geeft (gateway/verbinding/onderbreker.ts); `false` zet dat uit. */
  onderbreker?: Onderbrekeropties | false;
  /** JSON-lijsten van operaties in één verzoek; standaard uit (400 BUNDELS_NIET_TOEGESTAAN). */
  bundels?: Bundelopties;
  /** Wie mag wat (gateway/toegang/sleutels.ts leest het uit de omgeving); standaard de ontwikkelmodus zonder sleutels. */
  toegang?: Toegang;
  /** Het gedeelde geheim dat de subgraphs van de gateway verwachten (SUBGRAAF_GEHEIM). */
  subgraafgeheim?: string;
  /** De vastgelegde overzichten; standaard die in overzichten/. */
  overzichten?: Overzicht[];
  /** De metrieken van het gateway-proces (GET /metrics); standaard een eigen registry. */
  metrieken?: Metrieken;
  /** Het logboek voor de regel per verzoek; standaard stdout op LOG_LEVEL. */
  logboek?: Logboek;
  /** Elk vastgelegd overzicht één keer uitvoeren voordat /health/ready gereed zegt (gateway/overzichten/opwarmen.ts). */
  opwarmen?: boolean;
  /** Kosteneenheden per seconde per identiteit (gateway/limieten/kostenbudget.ts); `false` zet het budget uit. */
  kostenbudget?: Kostenbudgetopties | false;
  /** Hoeveel zware operaties tegelijk (gateway/limieten/zwaarwerk.ts); `false` zet de grens uit. */
  zwaarwerk?: Zwaarwerkopties | false;
}

/**
 * De geschatte grootte (JSON-lengte) van de cache van gevalideerde documenten en die van
 * queryplannen. De standaard van Apollo is 30 MiB per stuk, maar een geparst document of
 * plan kost in de heap een veelvoud van zijn JSON: onder een vloed van steeds andere
 * documenten groeide de gateway zo tot 880 MB RSS in drie minuten (README, "Voorbij één machine"). 8 MiB
 * houdt honderden verschillende operaties, ruim meer dan de overzichten en wat analisten
 * tegelijk gebruiken.
 */
const CACHEGROOTTE_MIB = 8;

/**
 * De supergraph die de gateway serveert: ingecheckt en geschreven door `npm run compose`
 * (schema/gereedschap/compositie.ts). De gateway leest alleen dit bestand; de compositie
 * zelf (met @apollo/composition en de SDL van elk ministerie) hoort bij het bouwen.
 */
export const SUPERGRAPH_PAD = new URL('../schema/supergraph.graphql', import.meta.url);

/** Wie de gateway is als hij zelf een overzicht uitvoert om op te warmen. */
const OPWARMER: Identiteit = { onderwerp: 'gateway (opwarmen)', rollen: ['analist'], bron: 'intern' };

/** Zonder configuratie: de ontwikkelmodus, waarin een verzoek zonder token analist is. */
export const ONTWIKKELTOEGANG: Toegang = {
  modus: 'ontwikkeling',
  apiSleutels: new Map(),
  anoniem: ANONIEME_ANALIST,
};

const SUGGESTIE = / Did you mean (.*)\?$/;

/**
 * "Did you mean …" verraadt velden van het schema. Wie mag introspecteren, krijgt de
 * suggestie in het Nederlands; wie dat niet mag (een partner), krijgt hem niet.
 */
const suggestiesPerRol: ApolloServerPlugin<Gatewaycontext> = {
  async requestDidStart({ contextValue }) {
    const mag = leestAlsAnalist(contextValue.identiteit);
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        response.body.singleResult.errors = response.body.singleResult.errors.map((fout) => {
          const treffer = SUGGESTIE.exec(fout.message);
          const { oorspronkelijkeMelding, ...extensions } = fout.extensions ?? {};
          // Ook de Engelse oorspronkelijke melding kan een suggestie dragen.
          const verraadt = treffer !== null || (typeof oorspronkelijkeMelding === 'string' && oorspronkelijkeMelding.includes('Did you mean'));
          if (!verraadt) return fout;
          const message = treffer ? fout.message.replace(SUGGESTIE, mag ? ` Bedoelde je ${treffer[1].replaceAll(' or ', ' of ')}?` : '') : fout.message;
          return { ...fout, message, extensions: mag && !treffer ? fout.extensions : extensions };
        });
      },
    };
  },
};

/** Of het document het schema opvraagt (__schema of __type); __typename is gewoon een veld. */
const vraagtSchema = (document: DocumentNode | undefined): boolean => {
  let gevonden = false;
  if (document) {
    visit(document, {
      Field(veld) {
        if (veld.name.value === '__schema' || veld.name.value === '__type') {
          gevonden = true;
          return BREAK;
        }
        return undefined;
      },
    });
  }
  return gevonden;
};

/**
 * Introspectie per rol, in elke modus: Apollo Server zet haar anders uit zodra
 * NODE_ENV=production, en dan heeft de Query-pagina van een analist geen schema en geen
 * aanvulling. Wie als analist leest (analist, beheer, redacteur), mag introspecteren; een
 * partner niet (die stuurt alleen vastgelegde overzichten).
 */
const introspectiePerRol: ApolloServerPlugin<Gatewaycontext> = {
  async requestDidStart({ contextValue }) {
    if (leestAlsAnalist(contextValue.identiteit)) return {};
    return {
      async didResolveOperation({ document }) {
        if (vraagtSchema(document)) {
          throw new GraphQLError('Introspectie (__schema, __type) is er voor analisten; als partner leest u de vastgelegde overzichten (GET /overzichten).', {
            extensions: { code: 'INTROSPECTIE_NIET_TOEGESTAAN', http: { status: 403 } },
          });
        }
      },
    };
  },
};

/** Vertalingen van Engelse meldingen die een client kan veroorzaken. */
const VERTAALREGELS = [...VERZOEKREGELS, ...LIMIETREGELS, ...VALIDATIEREGELS];

/** Fouten van de client die Apollo Server anders als 500 teruggeeft. */
const CLIENTFOUTEN = new Set(['INVALID_GRAPHQL', ...VERTAALREGELS.map(([, code]) => code)]);

/**
 * Een onbekende operationName of een mutatie gooit de gateway als INVALID_GRAPHQL, en
 * de tokengrens gooit tijdens het lezen; Apollo Server maakt daar een 500 van. Het is
 * een fout van de client, dus 400.
 */
const verzoekfoutIs400: ApolloServerPlugin<Gatewaycontext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const { body } = response;
        const code = (e: { extensions?: Record<string, unknown> }) => String(e.extensions?.code);
        if (body.kind === 'single' && body.singleResult.data === undefined && body.singleResult.errors?.some((e) => CLIENTFOUTEN.has(code(e)))) {
          response.http.status = 400;
        }
      },
    };
  },
};

/** Hoe een fout een subgraph noemt: het ministerie, of de analyselaag. */
const wieIs = (naam: string) => SUBGRAFEN.find((s) => s.naam === naam)?.departement ?? (naam === ANALYSE.naam ? 'De analyselaag' : `Subgraph ${naam}`);

/** URL's uit de omgeving: BZK_URL, VWS_URL, …, ANALYSE_URL (docker-compose zet ze). */
export function subgraafUrlsUitOmgeving(omgeving: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return Object.fromEntries(
    [...SUBGRAFEN, ANALYSE].filter((s) => omgeving[s.urlVariabele]).map((s) => [s.naam, omgeving[s.urlVariabele] as string]),
  );
}

export interface Gateway {
  server: ApolloServer<Gatewaycontext>;
  /** Stelt vast wie een verzoek doet (voor eigen eindpunten zoals de publicaties). */
  identificeer(verzoek: Pick<HttpVerzoek, 'headers'>): Promise<Identiteit>;
  /** Context per verzoek, voor wie de gateway zonder antwoordlaag aanroept. */
  context(): Promise<Gatewaycontext>;
  /** Wat luister() nodig heeft: de antwoordlaag (cache, samenvoegen), /health en /statistiek. */
  http: Pick<Luisteropties, 'verwerk' | 'gezondheid' | 'statistiek' | 'metrieken' | 'logboek' | 'gereed' | 'routes' | 'beheertoegang'>;
  /** Of de responscache aan staat (Redis bereikbaar en geabonneerd). */
  cacheActief(): boolean;
  stop(): Promise<void>;
}

export async function bouwGateway(opties: Gatewayopties = {}): Promise<Gateway> {
  const supergraphSdl = opties.supergraphSdl ?? readFileSync(SUPERGRAPH_PAD, 'utf8');
  const geldigheid = opties.redis ? new Cachegeldigheid(opties.redis) : null;
  await geldigheid?.start();
  // @apollo/gateway start anders een meter die cloud-metadata-adressen (169.254.169.254)
  // aftast en gebruiksgegevens naar Apollo stuurt. Een overheidsgateway praat met niemand
  // buiten zijn eigen netwerk; de constructor leest alleen deze variabele.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  // Eén verbinding voor alle subgraphs: de URL hoort bij de sleutel van het ontdubbelen.
  const metrieken = opties.metrieken ?? maakMetrieken({ proces: 'gateway' });
  const metingen = gatewaymetingen(metrieken);
  const verbinding = subgraafverbinding({ termijnMs: opties.subgraaftermijnMs, metingen, onderbreker: opties.onderbreker, logboek: opties.logboek });
  // Plannen in een werkthread: een nieuw document plannen hield de lus tot 250 ms vast (verbinding/plannen/planopslag.ts).
  const plannen = planopslag(supergraphSdl, { mib: CACHEGROOTTE_MIB });
  // De lijstlengtes van nu, voor de kostenschatting (limieten/gemetenlengtes.ts); de adressen zoals de gateway ze bouwt.
  const adressen = new Map<string, string>();
  const lengtes = gemetenlengtes({ adressen: () => adressen, geheim: opties.subgraafgeheim, logboek: opties.logboek });
  const gateway = new ApolloGateway({
    supergraphSdl,
    queryPlannerConfig: { cache: plannen.cache },
    buildService: ({ name, url }) => {
      adressen.set(name, opties.subgraafUrls?.[name] ?? url ?? '');
      return new RemoteGraphQLDataSource<Gatewaycontext>({
        url: opties.subgraafUrls?.[name] ?? url,
        // Subgraphs weigeren verzoeken zonder dit geheim: niemand slaat de gateway over.
        willSendRequest({ request, context }) {
          if (opties.subgraafgeheim) request.http?.headers.set(KOPPEN.geheim, opties.subgraafgeheim);
          // Zo vindt een beheerder de regels van de subgraphs bij dit clientverzoek.
          if (typeof context.verzoekId === 'string') request.http?.headers.set(KOPPEN.verzoekId, context.verzoekId);
        },
        fetcher: verbinding.fetcher(name, wieIs(name)),
        // Subgraphs sturen geen Cache-Control; zonder deze instelling zou elk antwoord
        // daardoor oncachebaar worden. Wanneer iets veroudert, weet de gateway via Redis.
        honorSubgraphCacheControlHeader: false,
      });
    },
  });
  // Na de kostenschatting, vóór de uitvoering: eerst het budget van wie vraagt, dan een plek voor zwaar werk.
  const budgetredis = opties.redis ? new Redis(opties.redis.url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 }) : undefined;
  budgetredis?.on('error', () => undefined);
  const budget = opties.kostenbudget === false ? undefined : kostenbudget(opties.kostenbudget ?? STANDAARD_KOSTENBUDGET, budgetredis);
  const zwaar = opties.zwaarwerk === false ? undefined : zwaarwerk(opties.zwaarwerk ?? STANDAARD_ZWAARWERK);
  const limieten = limietbescherming({ kostentabel: () => lengtes.tabel(), toelating: kostentoelating(budget, zwaar) });
  const server = new ApolloServer<Gatewaycontext>({
    gateway,
    documentStore: new InMemoryLRUCache<DocumentNode>({ maxSize: 2 ** 20 * CACHEGROOTTE_MIB, sizeCalculation: InMemoryLRUCache.sizeCalculation }),
    validationRules: limieten.validationRules,
    allowBatchedHttpRequests: opties.bundels !== undefined,
    // Altijd aan; wie mag, beslist introspectiePerRol (Apollo's standaard hangt af van NODE_ENV).
    introspection: true,
    parseOptions: { maxTokens: LIMIETEN.tokens },
    // Stacktraces tonen interne paden; gebruikers hebben aan de melding genoeg.
    includeStacktraceInErrorResponses: false,
    formatError: (fout: GraphQLFormattedError) => vertaal(VERTAALREGELS, wijsVerhuisdVeld(verrijkEnumfout(fout, supergraphSdl))),
    // Geen Cache-Control-kop naar clients: alleen deze gateway weet (via Redis) wanneer iets veroudert.
    plugins: [
      ...(limieten.plugins as ApolloServerPlugin<Gatewaycontext>[]),
      plannen.plugin, bewaarbaarPlugin, verzoekfoutIs400, suggestiesPerRol, introspectiePerRol, metingen.weigeringen, ApolloServerPluginCacheControlDisabled()],
  });
  await server.start();
  // De eerste telling vóór het eerste verzoek: zonder rekent de gateway met de vaste, grootste
  // lengtes, en daarmee kost een vastgelegd overzicht als cijfers meer dan de grens. Hooguit 2 s
  // per subgraph; wie niet antwoordt, houdt de vaste lengtes tot de volgende telling.
  await lengtes.vernieuw();
  const laag = antwoordlaag(geldigheid, metBundelgrens(opties.bundels, (verzoek, context) => voerGraphQLUit(server, verzoek, context)), metingen);
  const toegang = opties.toegang ?? ONTWIKKELTOEGANG;
  const identificeer = identificatie(toegang);
  const vastgelegd = opties.overzichten ?? leesOverzichten();
  const overzichten = overzichtenregister(vastgelegd);
  // Eerst wie, dan wat: een geweigerd verzoek raakt de cache en Apollo Server niet.
  const verwerk = (verzoek: HttpVerzoek) =>
    voorIdentiteit(identificeer, verzoek, (wie) => voorcontrole(verzoek) ?? laag.verwerk(toegelatenVerzoek(verzoek, wie, overzichten), wie));
  const opwarming = opties.opwarmen
    ? warmOp(vastgelegd, enumsUit(supergraphSdl), (verzoek) => laag.verwerk(toegelatenVerzoek(verzoek, OPWARMER, overzichten), OPWARMER))
    : undefined;
  // Na het opwarmen heeft ook de analyse haar lijsten geteld.
  void opwarming?.klaar.then(() => lengtes.vernieuw());
  void opwarming?.klaar.then(({ overzichten: n, gelukt, mislukt, duurMs }) =>
    mislukt.length === 0
      ? opties.logboek?.info({ duurMs }, `opgewarmd: ${gelukt} van ${n} overzichten in ${duurMs} ms`)
      : opties.logboek?.warn({ duurMs, mislukt }, `opgewarmd: ${gelukt} van ${n} overzichten in ${duurMs} ms; zonder volledig antwoord: ${mislukt.map((m) => `${m.id} (${m.reden})`).join('; ')}`),
  );
  return {
    server,
    identificeer,
    context: async () => ({ uitkomst: { bewaarbaar: false }, identiteit: toegang.anoniem ?? ANONIEME_ANALIST }),
    http: {
      verwerk,
      gezondheid: () => ({
        responscache: geldigheid?.generatie != null,
        datageneratie: geldigheid?.generatie ?? null,
        // Geen reden om niet gereed te zijn: de gateway antwoordt, alleen zonder die subgraphs.
        gepauzeerdeSubgraphs: verbinding.gepauzeerd(),
      }),
      statistiek: () => {
        const z = zwaar?.stand();
        return {
          gedeeldeSubgraafverzoeken: verbinding.gedeeld,
          plannenInWerkthread: plannen.geplandInThread,
          gemetenLijsten: Object.keys(lengtes.gemeten()).length,
          zwaarBezig: z?.bezig ?? 0,
          zwaarWachtend: z?.wachtend ?? 0,
          zwaarGeweigerd: z?.geweigerd ?? 0,
          ...laag.statistiek(),
        };
      },
      metrieken,
      logboek: opties.logboek,
      gereed: () => [...(gateway.schema ? [] : ['De gateway heeft de supergraph nog niet geladen.']), ...(opwarming?.redenen() ?? [])],
      // De gateway is van buiten bereikbaar: in productie leest alleen beheer (Prometheus met een beheersleutel) de metrieken en tellers.
      beheertoegang: async (verzoek) =>
        toegang.modus === 'ontwikkeling'
          ? undefined
          : voorIdentiteit(identificeer, verzoek, (wie) => {
              if (wie.rollen.includes('beheer')) return undefined;
              throw new Toegangsfout(403, 'ALLEEN_BEHEER', 'De metrieken en tellers van de gateway (/metrics, /statistiek) zijn alleen voor de rol beheer (Prometheus met een API-sleutel of token van beheer).');
            }),
      routes: [
        ...overzichtroutes(vastgelegd, verwerk),
        ...dashboardroutes(),
        ...metEigenInvalidatie(publicatieroutes({ identificeer, subgraafUrls: opties.subgraafUrls, geheim: opties.subgraafgeheim }), () => {
          geldigheid?.vervallen();
          void lengtes.vernieuw();
        }),
      ],
    },
    cacheActief: () => geldigheid?.generatie != null,
    async stop() {
      lengtes.stop();
      budgetredis?.disconnect();
      await server.stop();
      await plannen.sluit();
      await verbinding.sluit();
      await geldigheid?.stop();
    },
  };
}
