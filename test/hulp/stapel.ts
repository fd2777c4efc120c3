// De hele stapel in één testproces: vijf subgraphs, de analyselaag en de gateway,
// allemaal via HTTP op poort 0, zodat tests parallel kunnen draaien zonder poortconflicten.
import { bouwGateway } from '../../gateway/server.js';
import { ANALYSE, SUBGRAFEN } from '../../kern/config.js';
import { luister, MAXIMALE_SUBGRAAFBODY, type Luisteraar } from '../../kern/http.js';
import type { Subgraaf } from '../../kern/subgraaf.js';
import type { Redisinstelling } from '../../kern/wijzigingsbericht.js';
import { bouwAnalyse } from '../../subgraphs/analyse/server.js';
import { subgraafMetData, type Backend } from './subgraaf.js';

export interface Stapel {
  url: string;
  subgrafen: Subgraaf[];
  /** Hoeveel verzoeken de subgraphs (ministeries en analyse) samen kregen. */
  subgraafverzoeken(): number;
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<{ status: number; data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  stop(): Promise<void>;
}

export interface Stapelopties {
  redis?: Redisinstelling | null;
  /** Vervangt de URL van een subgraph, bijvoorbeeld door een die nooit antwoordt. */
  subgraafUrls?: Partial<Record<string, string>>;
  subgraaftermijnMs?: number;
}

export async function startStapel(backend: Backend = 'sqlite', opties: Stapelopties = {}): Promise<Stapel> {
  const subgrafen = await Promise.all(SUBGRAFEN.map((s) => subgraafMetData(s.departement, backend, { redis: opties.redis })));
  // De context wordt per verzoek gemaakt: zo telt de stapel wat de subgraphs te doen kregen.
  let verzoeken = 0;
  const luisteraars: Luisteraar[] = await Promise.all(
    subgrafen.map((s) =>
      luister(s.server, async () => (verzoeken++, s.context()), { poort: 0, maximaleBody: MAXIMALE_SUBGRAAFBODY }),
    ),
  );
  const analyse = await bouwAnalyse();
  const analyseHttp = await luister(analyse, async () => (verzoeken++, {}), { poort: 0, maximaleBody: MAXIMALE_SUBGRAAFBODY });
  const gateway = await bouwGateway({
    redis: opties.redis,
    subgraaftermijnMs: opties.subgraaftermijnMs,
    subgraafUrls: {
      ...Object.fromEntries(SUBGRAFEN.map((s, i) => [s.naam, luisteraars[i].url])),
      [ANALYSE.naam]: analyseHttp.url,
      ...opties.subgraafUrls,
    },
  });
  const http = await luister(gateway.server, gateway.context, { poort: 0, ...gateway.http });
  return {
    url: http.url,
    subgrafen,
    subgraafverzoeken: () => verzoeken,
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
      await Promise.all([...luisteraars, analyseHttp].map((l) => l.stop()));
      await analyse.stop();
      await Promise.all(subgrafen.map((s) => s.sluit()));
    },
  };
}
