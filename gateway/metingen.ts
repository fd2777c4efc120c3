// Metrieken die alleen de gateway heeft: hoe de subgraphs antwoorden, hoe vaak de
// responscache helpt, en welke operaties hij weigert. Alle labels komen uit vaste
// verzamelingen (subgraphs uit de supergraph, uitkomsten en foutcodes uit deze code).
import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { Counter, Histogram } from 'prom-client';
import { DUURGRENZEN_S, VOORVOEGSEL, type Metrieken } from '../kern/metrieken.js';
import { VERZOEKREGELS } from './fouten/meldingen.js';
import { LIMIETREGELS } from './limieten/grenzen.js';

/** Hoe een subgraph-verzoek afliep; de codes van de fouten staan in verbinding/subgraafclient.ts. */
export const SUBGRAAFUITKOMSTEN = ['ok', 'termijn_verlopen', 'onbereikbaar', 'geweigerd', 'gepauzeerd', 'afgebroken'] as const;
export type Subgraafuitkomst = (typeof SUBGRAAFUITKOMSTEN)[number];

export const CACHEUITKOMSTEN = ['treffer', 'mis', 'samengevoegd', 'uit'] as const;
export type Cacheuitkomst = (typeof CACHEUITKOMSTEN)[number];

/**
 * Codes van fouten die de client veroorzaakt: de grenzen (limieten/grenzen.ts), verzoeken
 * zonder uitvoerbare operatie (fouten/meldingen.ts) en wat graphql-js en Apollo Server
 * zelf weigeren. Een vaste lijst: een onbekende code krijgt geen eigen tijdreeks.
 */
export const CLIENTFOUTCODES: ReadonlySet<string> = new Set([
  ...LIMIETREGELS.map(([, code]) => code),
  ...VERZOEKREGELS.map(([, code]) => code),
  'INVALID_GRAPHQL',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export interface Subgraafmeter {
  meet(uitkomst: Subgraafuitkomst, seconden: number): void;
  /** Een verzoek dat zich bij een gelijk lopend verzoek voegde en niet zelf ging. */
  gedeeld(): void;
}

export interface Gatewaymetingen {
  /** Per subgraph één meter, één keer gemaakt (bij het bouwen van de fetcher). */
  subgraaf(naam: string): Subgraafmeter;
  cache(uitkomst: Cacheuitkomst): void;
  /** Telt de clientfouten van elk antwoord van Apollo Server, per code. */
  weigeringen: ApolloServerPlugin<BaseContext>;
}

export function gatewaymetingen(metrieken: Metrieken): Gatewaymetingen {
  const registers = [metrieken.register];
  const duur = new Histogram({
    name: `${VOORVOEGSEL}subgraaf_verzoekduur_seconden`,
    help: 'Duur van een verzoek van de gateway aan een subgraph, tot het laatste byte, per subgraph en uitkomst (ok, termijn_verlopen, onbereikbaar, geweigerd, gepauzeerd: niet verstuurd omdat de subgraph een pauze heeft, afgebroken: de gateway brak het af omdat geen client meer wachtte).',
    labelNames: ['subgraaf', 'uitkomst'] as const,
    buckets: DUURGRENZEN_S,
    registers,
  });
  /** Een teller in het register van dit proces, met het voorvoegsel van het project voor zijn naam. */
  const teller = <L extends string>(naam: string, help: string, labelNames: readonly L[]) => new Counter({ name: `${VOORVOEGSEL}${naam}`, help, labelNames, registers });
  const fouten = teller('subgraaf_fouten_totaal', 'Mislukte verzoeken van de gateway aan een subgraph, per subgraph en uitkomst.', ['subgraaf', 'uitkomst']);
  const gedeeld = teller('subgraaf_gedeelde_verzoeken_totaal', 'Subgraph-verzoeken die het antwoord van een gelijk lopend verzoek deelden in plaats van zelf te gaan.', ['subgraaf']);
  const cache = teller('responscache_totaal', 'GraphQL-verzoeken aan de gateway naar wat de responscache deed: treffer, mis, samengevoegd (wachtte op een gelijk lopend verzoek) of uit (geen Redis).', ['uitkomst']);
  const geweigerd = teller('geweigerde_operaties_totaal', 'Antwoorden met een fout van de client, per extensions.code (DIEPTE_TE_GROOT, TE_VEEL_ALIASSEN, TE_DUUR, GRAPHQL_VALIDATION_FAILED …).', ['code']);
  // Tellers staan vanaf de start op 0: een regel als rate(…[5m]) > 0 werkt dan ook
  // voor de eerste fout, en een beheerder ziet welke codes er kunnen komen.
  const opNul = <T extends string>(metriek: Counter<T>, ...labels: string[]) => {
    const kind = metriek.labels(...labels);
    kind.inc(0);
    return kind;
  };
  const cachetellers = new Map(CACHEUITKOMSTEN.map((u) => [u, opNul(cache, u)]));
  const weigertellers = new Map([...CLIENTFOUTCODES].map((code) => [code, opNul(geweigerd, code)]));
  // Eén luisteraar voor alle verzoeken: per verzoek geen nieuw object.
  const luisteraar: GraphQLRequestListener<BaseContext> = {
    async willSendResponse({ response }) {
      if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
      const gezien = new Set<string>();
      for (const fout of response.body.singleResult.errors) {
        const code = fout.extensions?.code;
        if (typeof code === 'string' && !gezien.has(code)) {
          gezien.add(code);
          weigertellers.get(code)?.inc();
        }
      }
    },
  };
  return {
    subgraaf(naam) {
      // Geen fout: een verzoek dat slaagde, of dat de gateway afbrak omdat de client wegging.
      const geenFout = (u: Subgraafuitkomst) => u === 'ok' || u === 'afgebroken';
      const perUitkomst = new Map(SUBGRAAFUITKOMSTEN.map((u) => [u, { duur: duur.labels(naam, u), fout: geenFout(u) ? null : opNul(fouten, naam, u) }]));
      const deler = opNul(gedeeld, naam);
      return {
        meet(uitkomst, seconden) {
          const meter = perUitkomst.get(uitkomst);
          meter?.duur.observe(seconden);
          meter?.fout?.inc();
        },
        gedeeld: () => deler.inc(),
      };
    },
    cache: (uitkomst) => cachetellers.get(uitkomst)?.inc(),
    weigeringen: { requestDidStart: async () => luisteraar },
  };
}
