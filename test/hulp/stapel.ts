// De hele stapel in één testproces: vijf subgraphs en de gateway, allemaal via HTTP
// op poort 0, zodat tests parallel kunnen draaien zonder poortconflicten.
import { bouwGateway } from '../../gateway/server.js';
import { bouwAnalyse } from '../../subgraphs/analyse/server.js';
import { ANALYSE, SUBGRAFEN } from '../../kern/config.js';
import { luister, type Luisteraar } from '../../kern/http.js';
import type { Redisinstelling } from '../../kern/wijzigingsbericht.js';
import type { Subgraaf } from '../../kern/subgraaf.js';
import { subgraafMetData, type Backend } from './subgraaf.js';

export interface Stapel {
  url: string;
  subgrafen: Subgraaf[];
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<{ status: number; data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  stop(): Promise<void>;
}

export async function startStapel(backend: Backend = 'sqlite', opties: { redis?: Redisinstelling | null } = {}): Promise<Stapel> {
  const subgrafen = await Promise.all(SUBGRAFEN.map((s) => subgraafMetData(s.departement, backend)));
  const luisteraars: Luisteraar[] = await Promise.all(subgrafen.map((s) => luister(s.server, async () => s.context(), 0)));
  // De analyselaag kent de gateway-URL pas als die luistert.
  let gatewayUrl = '';
  const analyse = await bouwAnalyse({ gatewayUrl: () => gatewayUrl });
  const analyseHttp = await luister(analyse.server, async () => analyse.context(), 0);
  luisteraars.push(analyseHttp);
  const gateway = await bouwGateway({
    redis: opties.redis,
    subgraafUrls: { ...Object.fromEntries(SUBGRAFEN.map((s, i) => [s.naam, luisteraars[i].url])), [ANALYSE.naam]: analyseHttp.url },
  });
  const http = await luister(gateway.server, gateway.context, 0);
  gatewayUrl = http.url;
  return {
    url: http.url,
    subgrafen,
    async query(query, variables) {
      const antwoord = await fetch(http.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: antwoord.status, ...((await antwoord.json()) as object) };
    },
    async stop() {
      await http.stop();
      await gateway.stop();
      await Promise.all(luisteraars.map((l) => l.stop()));
      await analyse.server.stop();
      await Promise.all(subgrafen.map((s) => s.sluit()));
    },
  };
}
