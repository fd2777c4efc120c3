// Stap van het verzoekpad, in Apollo Server: queryplannen maken buiten de lus van de gateway. Een nieuw document met negen
// analysevelden kostte de planner 80-250 ms rekenwerk in één stuk; een client die steeds
// een ander document stuurde, hield zo de lus van de gateway seconden vast, en elke
// andere vraag (ook een uit de cache) wachtte mee.
//
// @apollo/gateway vraagt een plan eerst aan zijn plancache (`queryPlannerConfig.cache`,
// een KeyValueCache) en wacht op het antwoord. Deze cache maakt een plan dat hij niet
// heeft in een werkthread, met dezelfde planner, en geeft het terug: de gateway bewaart
// het daarna zelf met set(). De sleutel is die van de gateway (sha256 van het document,
// met de operatienaam); welk document daarbij hoort, vertelt de plugin `bronnen` hem
// vlak voordat de gateway plant. Kent hij het document niet, dan plant de gateway zelf,
// zoals zonder deze cache.
import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { QueryPlan, QueryPlanCache } from '@apollo/query-planner';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { GraphQLError } from 'graphql';
import { LRUCache } from 'lru-cache';
import { Termijnfout, werkthreads } from '../../../kern/werkthreads.js';
import type { Gatewaycontext, Stap } from '../../stap.js';
import type { Planopdracht, Plannercontroles } from './plannen.taak.js';

export interface Planopslagopties {
  /** De geschatte grootte van de bewaarde plannen (zoals experimental_approximateQueryPlanStoreMiB). */
  mib: number;
  /** Zo lang mag één plan duren; daarna is de operatie te ingewikkeld (PLAN_TE_INGEWIKKELD). */
  termijnMs?: number;
  /** Welke beveiligingscontroles van de planner uit staan, zoals @apollo/gateway ze uit de omgeving leest (configuratie.ts). */
  controles?: Plannercontroles;
}

export interface Planopslag extends Stap {
  /** Voor `queryPlannerConfig.cache` van ApolloGateway. */
  cache: QueryPlanCache;
  /** De plugin vertelt de opslag welk document bij welke plansleutel hoort (vóór de gateway plant). */
  plugins: [ApolloServerPlugin<Gatewaycontext>];
  /** Hoeveel plannen de werkthread maakte (voor /statistiek en de benchmark). */
  readonly geplandInThread: number;
  /** Of de werkthread de planner geladen heeft; tot dan plant de gateway zelf. */
  opgewarmd(): Promise<boolean>;
  sluit(): Promise<void>;
}

/** De sleutel waaronder @apollo/gateway een plan bewaart (gateway/dist/index.js, executor). */
const plansleutel = (queryHash: string, operatienaam: string | null | undefined) =>
  operatienaam ? createHash('sha256').update(queryHash).update(operatienaam).digest('hex') : queryHash;

export function planopslag(supergraph: string, { mib, termijnMs = 5000, controles = {} }: Planopslagopties): Planopslag {
  const plannen = new InMemoryLRUCache<QueryPlan>({ maxSize: 2 ** 20 * mib, sizeCalculation: InMemoryLRUCache.sizeCalculation });
  // Alleen zolang een verzoek loopt: een minuut is ruim, en een vergeten bron kost weinig.
  const bronnen = new LRUCache<string, Pick<Planopdracht, 'query' | 'operationName'>>({ max: 1000, ttl: 60_000 });
  const threads = werkthreads<Planopdracht, QueryPlan | null>(new URL(`./plannen.taak${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url), {
    termijnMs,
    // Eén thread naast de lus: op twee kernen rekent de lus door terwijl de planner werkt.
    threads: 1,
    // De planner laden kost een paar honderd ms; bij een gateway die plant, blijft hij warm.
    rustMs: 10 * 60_000,
  });
  let geplandInThread = 0;
  // Tot de thread de planner geladen heeft (onder tsx en bij een koude start seconden), plant
  // de gateway zelf: een eerste vraag wacht dan niet op het laden.
  let warm = false;
  let opwarmen: Promise<boolean> | undefined;
  const warmOp = () =>
    (opwarmen ??= threads.voer({ supergraph }).then(
      () => (warm = true),
      () => {
        // Te traag of mislukt (een machine onder volle last): bij de volgende vraag opnieuw.
        opwarmen = undefined;
        return false;
      },
    ));
  void warmOp();
  const cache: QueryPlanCache = {
    async get(sleutel) {
      const bewaard = await plannen.get(sleutel);
      if (bewaard) return bewaard;
      const bron = bronnen.get(sleutel);
      if (!warm) void warmOp();
      if (!bron || !warm) return undefined;
      try {
        const plan = await threads.voer({ supergraph, controles, ...bron });
        geplandInThread += 1;
        return plan ?? undefined;
      } catch (fout) {
        if (fout instanceof Termijnfout) {
          throw new GraphQLError(`De gateway kon binnen ${termijnMs / 1000} s geen plan maken voor deze operatie; ze is te ingewikkeld. Vraag minder velden tegelijk, of splits de vraag.`, {
            extensions: { code: 'PLAN_TE_INGEWIKKELD', http: { status: 422 } },
          });
        }
        // Een fout van de planner zelf (of een thread die niet start): laat de gateway het zelf doen, met zijn eigen melding.
        return undefined;
      }
    },
    set: (sleutel, plan) => plannen.set(sleutel, plan),
    delete: (sleutel) => plannen.delete(sleutel),
    // Een nieuwe supergraph: alle plannen vervallen.
    clear: () => plannen.clear(),
  };
  const plugin: ApolloServerPlugin<Gatewaycontext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ queryHash, request, source }) {
          bronnen.set(plansleutel(queryHash, request.operationName), { query: source, operationName: request.operationName });
        },
      };
    },
  };
  return {
    cache,
    plugins: [plugin],
    get geplandInThread() {
      return geplandInThread;
    },
    opgewarmd: () => (warm ? Promise.resolve(true) : warmOp()),
    sluit: () => threads.sluit(),
  };
}
