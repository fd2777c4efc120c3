// De verbinding met de subgraphs als spans: het plannen (verbinding/plannen/planopslag.ts) en
// elke fetch naar een subgraph (verbinding/subgraafclient.ts), die ook het spoor meegeeft
// (traceparent, tracestate), zodat het ministerie en de analyselaag het spoor voortzetten.
//
// Een fetch-span hangt onder gateway.fetch van @apollo/gateway; dat span zegt welke stap van
// het queryplan het is, dit welk HTTP-verzoek eruit volgde: met de subgraph, de status, en of
// het aansloot bij een gelijk verzoek dat al liep (dan ziet de subgraph het spoor van dat
// eerste verzoek, niet dit).
import { SpanKind } from '@opentelemetry/api';
import type { FetcherRequestInit } from '@apollo/utils.fetcher';
import type { QueryPlanCache } from '@apollo/query-planner';
import { SUBGRAFEN } from '../../kern/config.js';
import type { Sporen } from '../../kern/sporen/aanbieder.js';
import { geefSpoorMee, inSpan, KENMERK } from '../../kern/sporen/spoor.js';
import { SPANVOORVOEGSEL } from './stappen.js';

/** Een plan halen: uit de opslag, of nieuw gemaakt in de werkthread. Geeft de opslag niets, dan plant @apollo/gateway zelf, in zijn eigen span gateway.plan. */
export function planspoor(sporen: Sporen | undefined, cache: QueryPlanCache): QueryPlanCache {
  if (!sporen) return cache;
  return {
    ...cache,
    get: (sleutel) =>
      inSpan(sporen, `${SPANVOORVOEGSEL}plannen`, async (span) => {
        const plan = await cache.get(sleutel);
        span.setAttribute('thuis.plan.gevonden', plan !== undefined);
        return plan;
      }),
  };
}

/**
 * Een deelverzoek aan subgraph `naam` (`gaan` van verbinding/subgraafclient.ts) in een span van
 * soort CLIENT, dat het spoor meegeeft. Een fout (termijn, onbereikbaar, gepauzeerd, geweigerd)
 * staat op het span met haar code, voordat de client er een storingsantwoord van maakt.
 */
export function fetchspoor<A extends { status: number }>(
  sporen: Sporen | undefined,
  naam: string,
  gaan: (url: string, init: FetcherRequestInit) => Promise<A>,
): (url: string, init: FetcherRequestInit) => Promise<A> {
  if (!sporen) return gaan;
  const departement = SUBGRAFEN.find((s) => s.naam === naam)?.departement;
  const kenmerken = { [KENMERK.subgraaf]: naam, ...(departement && { [KENMERK.departement]: departement }), 'http.request.method': 'POST' };
  return (url, init) =>
    inSpan(
      sporen,
      `${SPANVOORVOEGSEL}subgraaf ${naam}`,
      async (span) => {
        // Het spoor gaat niet mee in de sleutel waarop gelijke verzoeken samengaan (subgraafclient.ts, sleutelVan).
        const antwoord = await gaan(url, { ...init, headers: geefSpoorMee(sporen, { ...init.headers }) });
        span.setAttribute('http.response.status_code', antwoord.status);
        return antwoord;
      },
      kenmerken,
      SpanKind.CLIENT,
    );
}
