// De gateway: @apollo/gateway op de ingecheckte supergraph, met Apollo Server 5.
// Bouwt zonder te luisteren, zodat tests hem met subgraphs op poort 0 kunnen starten.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GraphQLFormattedError } from 'graphql';
import { ANALYSE, SUBGRAFEN } from '../kern/config.js';
import type { Redisinstelling } from '../kern/wijzigingsbericht.js';
import { ingecheckteSupergraph } from './compositie.js';
import { verrijkEnumfout, vertaal, VERZOEKREGELS, wijsVerhuisdVeld } from './foutmeldingen.js';
import { LIMIETEN, LIMIETREGELS, limietbescherming } from './limieten.js';
import { subgraafverbinding } from './ontdubbelen.js';
import { antwoordlaag, bewaarbaarPlugin, Cachegeldigheid, type Gatewaycontext } from './responscache.js';
import { voerGraphQLUit, type Luisteropties } from '../kern/http.js';

export interface Gatewayopties {
  supergraphSdl?: string;
  /** Subgraph-URL per naam (bzk, vws, …); ontbrekende komen uit de supergraph. */
  subgraafUrls?: Partial<Record<string, string>>;
  /** Met Redis cachet de gateway antwoorden tot een import de gegevens wijzigt. */
  redis?: Redisinstelling | null;
  /** Hoe lang de gateway op één subgraph wacht (SUBGRAAF_TERMIJN_MS); standaard 5000 ms. */
  subgraaftermijnMs?: number;
}

/** Vertalingen van Engelse meldingen die een client kan veroorzaken. */
const VERTAALREGELS = [...VERZOEKREGELS, ...LIMIETREGELS];

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
  /** Context per verzoek, voor wie de gateway zonder antwoordlaag aanroept. */
  context(): Promise<Gatewaycontext>;
  /** Wat luister() nodig heeft: de antwoordlaag (cache, samenvoegen), /health en /statistiek. */
  http: Pick<Luisteropties, 'verwerk' | 'gezondheid' | 'statistiek'>;
  /** Of de responscache aan staat (Redis bereikbaar en geabonneerd). */
  cacheActief(): boolean;
  stop(): Promise<void>;
}

export async function bouwGateway(opties: Gatewayopties = {}): Promise<Gateway> {
  const supergraphSdl = opties.supergraphSdl ?? ingecheckteSupergraph();
  const geldigheid = opties.redis ? new Cachegeldigheid(opties.redis) : null;
  await geldigheid?.start();
  // @apollo/gateway start anders een meter die cloud-metadata-adressen (169.254.169.254)
  // aftast en gebruiksgegevens naar Apollo stuurt. Een overheidsgateway praat met niemand
  // buiten zijn eigen netwerk; de constructor leest alleen deze variabele.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  // Eén verbinding voor alle subgraphs: de URL hoort bij de sleutel van het ontdubbelen.
  const verbinding = subgraafverbinding(opties.subgraaftermijnMs);
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource({
        url: opties.subgraafUrls?.[name] ?? url,
        fetcher: verbinding.fetcher(name, wieIs(name)),
        // Subgraphs sturen geen Cache-Control; zonder deze instelling zou elk antwoord
        // daardoor oncachebaar worden. Wanneer iets veroudert, weet de gateway via Redis.
        honorSubgraphCacheControlHeader: false,
      }),
  });
  const limieten = limietbescherming();
  const server = new ApolloServer<Gatewaycontext>({
    gateway,
    validationRules: limieten.validationRules,
    parseOptions: { maxTokens: LIMIETEN.tokens },
    // Stacktraces tonen interne paden; gebruikers hebben aan de melding genoeg.
    includeStacktraceInErrorResponses: false,
    formatError: (fout: GraphQLFormattedError) => vertaal(VERTAALREGELS, wijsVerhuisdVeld(verrijkEnumfout(fout, supergraphSdl))),
    // Geen Cache-Control-kop naar clients: alleen deze gateway weet (via Redis) wanneer iets veroudert.
    plugins: [...(limieten.plugins as ApolloServerPlugin<Gatewaycontext>[]), bewaarbaarPlugin, verzoekfoutIs400, ApolloServerPluginCacheControlDisabled()],
  });
  await server.start();
  const laag = antwoordlaag(geldigheid, (verzoek, context) => voerGraphQLUit(server, verzoek, context));
  return {
    server,
    context: async () => ({ uitkomst: { bewaarbaar: false } }),
    http: {
      verwerk: laag.verwerk,
      gezondheid: () => ({ responscache: geldigheid?.generatie != null, datageneratie: geldigheid?.generatie ?? null }),
      statistiek: () => ({ gedeeldeSubgraafverzoeken: verbinding.gedeeld, ...laag.statistiek() }),
    },
    cacheActief: () => geldigheid?.generatie != null,
    async stop() {
      await server.stop();
      await verbinding.sluit();
      await geldigheid?.stop();
    },
  };
}
