// Stap van het verzoekpad: de uitvoering. @apollo/gateway plant de operatie op de
// supergraph (met plannen uit de werkthread, plannen/planopslag.ts) en vraagt de subgraphs
// via de subgraafclient (ontdubbeld, met termijn en onderbreker, subgraafclient.ts), die een
// deelverzoek afbreekt als niemand het antwoord meer wil (afbreken.ts).
import { ApolloGateway } from '@apollo/gateway';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { DocumentNode } from 'graphql';
import { ANALYSE, SUBGRAFEN } from '../../kern/config.js';
import { KOPPEN } from '../../kern/identiteit.js';
import type { Sporen } from '../../kern/sporen/aanbieder.js';
import { planspoor } from '../sporen/verbinding.js';
import type { Gatewaycontext, Stap } from '../stap.js';
import type { Planopslag } from './plannen/planopslag.js';
import type { Subgraafverbinding } from './subgraafclient.js';
import { Subgraafbron } from './afbreken.js';

/**
 * De geschatte grootte (JSON-lengte) van de cache van gevalideerde documenten en die van
 * queryplannen. De standaard van Apollo is 30 MiB per stuk, maar een geparst document of
 * plan kost in de heap een veelvoud van zijn JSON: onder een vloed van steeds andere
 * documenten groeide de gateway zo tot 880 MB RSS in drie minuten (docs/prestaties.md, "Geheugen"). 8 MiB
 * houdt honderden verschillende operaties, ruim meer dan de overzichten en wat analisten
 * tegelijk gebruiken.
 */
export const CACHEGROOTTE_MIB = 8;

/** Hoe een fout een subgraph noemt: het ministerie, of de analyselaag. */
const wieIs = (naam: string) => SUBGRAFEN.find((s) => s.naam === naam)?.departement ?? (naam === ANALYSE.naam ? 'De analyselaag' : `Subgraph ${naam}`);

export interface Federatieopties {
  supergraphSdl: string;
  /** Subgraph-URL per naam (bzk, vws, …); ontbrekende komen uit de supergraph. */
  subgraafUrls?: Partial<Record<string, string>>;
  /** Het gedeelde geheim dat de subgraphs van de gateway verwachten. */
  geheim?: string;
  client: Subgraafverbinding;
  plannen: Planopslag;
  /** Met sporen: het halen van een plan als span (sporen/verbinding.ts); de spans van @apollo/gateway zelf horen dan bij hetzelfde spoor. */
  sporen?: Sporen;
}

export interface Federatie extends Stap {
  /** De GraphQL-URL per subgraph zoals de gateway ze gebruikt (voor de lijstlengtes). */
  adressen: Map<string, string>;
  /** Of de gateway de supergraph geladen heeft. */
  geladen(): boolean;
}

export function federatie({ supergraphSdl, subgraafUrls = {}, geheim, client, plannen, sporen }: Federatieopties): Federatie {
  // @apollo/gateway start anders een meter die cloud-metadata-adressen (169.254.169.254)
  // aftast en gebruiksgegevens naar Apollo stuurt. Een overheidsgateway praat met niemand
  // buiten zijn eigen netwerk. De constructor leest alleen deze variabele, dus moet ze in
  // de omgeving staan; het is de enige plek waar de gateway de omgeving aanraakt na configuratie.ts.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const adressen = new Map<string, string>();
  const gateway = new ApolloGateway({
    supergraphSdl,
    queryPlannerConfig: { cache: planspoor(sporen, plannen.cache) },
    buildService: ({ name, url }) => {
      adressen.set(name, subgraafUrls[name] ?? url ?? '');
      // Subgraafbron geeft het signaal van het clientverzoek aan de fetcher (afbreken.ts).
      return new Subgraafbron({
        url: subgraafUrls[name] ?? url,
        // Subgraphs weigeren verzoeken zonder dit geheim: niemand slaat de gateway over.
        willSendRequest({ request, context }) {
          if (geheim) request.http?.headers.set(KOPPEN.geheim, geheim);
          // Zo vindt een beheerder de regels van de subgraphs bij dit clientverzoek.
          if (typeof context.verzoekId === 'string') request.http?.headers.set(KOPPEN.verzoekId, context.verzoekId);
        },
        fetcher: client.fetcher(name, wieIs(name)),
        // Subgraphs sturen geen Cache-Control; zonder deze instelling zou elk antwoord
        // daardoor oncachebaar worden. Wanneer iets veroudert, weet de gateway via Redis.
        honorSubgraphCacheControlHeader: false,
      });
    },
  });
  return {
    apollo: {
      gateway,
      documentStore: new InMemoryLRUCache<DocumentNode>({ maxSize: 2 ** 20 * CACHEGROOTTE_MIB, sizeCalculation: InMemoryLRUCache.sizeCalculation }),
    },
    adressen,
    geladen: () => gateway.schema !== undefined,
  };
}
